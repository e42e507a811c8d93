import type { ImportOptions } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';

/** Pieces a file may not state, which the user supplies (CLI flags, or the import dialog). */
export type MissingOptionName = 'flow' | 'reporter' | 'partner' | 'currency' | 'period';

/** An AppError('missing_option') that also says which option, so a preview can ask for each one. */
export class MissingOptionError extends AppError {
  constructor(
    readonly option: MissingOptionName,
    message: string,
  ) {
    super('missing_option', message);
  }
}

/**
 * Stand-ins that let the real mapper run while the user has not yet answered: the rows come back
 * with the field blank, so the preview shows exactly what the file says and nothing invented.
 */
export const PLACEHOLDERS: Record<MissingOptionName, Partial<ImportOptions>> = {
  flow: { flow: 'import' },
  reporter: { reporter: 'ZZZ' },
  partner: { partner: 'ZZZ' },
  currency: { currency: 'XXX' },
  period: { period: '1900' },
};

const FLAGS: Record<MissingOptionName, string> = {
  flow: '--flow import|export',
  reporter: '--reporter ISO3',
  partner: '--partner ISO3',
  currency: '--currency USD',
  period: '--period YYYY-MM',
};

/**
 * Builds a format's mapper. When the file leaves more than one thing unsaid, the error names them all
 * at once (each found by standing in for the ones before), so a person fixes the command in one go.
 */
export function createNamingAllMissing<T>(
  create: (options: ImportOptions) => T,
  options: ImportOptions,
  fileName: string,
): T {
  try {
    return create(options);
  } catch (err) {
    if (!(err instanceof MissingOptionError)) throw err;
    const missing: MissingOptionName[] = [err.option];
    let stand = { ...options, ...PLACEHOLDERS[err.option] };
    for (let i = 0; i < 5; i++) {
      try {
        create(stand);
        break;
      } catch (next) {
        if (!(next instanceof MissingOptionError) || missing.includes(next.option)) break;
        missing.push(next.option);
        stand = { ...stand, ...PLACEHOLDERS[next.option] };
      }
    }
    if (missing.length === 1) throw err;
    const list = (items: string[]) => `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
    throw new MissingOptionError(
      err.option,
      `${fileName} does not say its ${list(missing)}: give ${list(missing.map((m) => FLAGS[m]))}.`,
    );
  }
}

export type OptionSuggestions = { flow?: 'import' | 'export' };

const IMPORT_WORDS = new Set(['import', 'imports', 'imported', 'imp', 'in', 'inbound']);
const EXPORT_WORDS = new Set(['export', 'exports', 'exported', 'exp', 'out', 'outbound']);

/** Re-exports and re-imports: flows of their own, never the exports or imports an import's flow names. */
const RE_FLOW = /复出口|复进口|再出口|再进口|재수출|재수입/;
const RE_WORDS = new Set(['reexport', 'reexports', 'reimport', 'reimports']);

/**
 * What a file's name hints at. Only ever a suggestion shown to the user, never applied silently.
 * English words count only as whole tokens ("2024in" → in, but not "inside" or "china"); 进出口
 * (imports and exports together) suggests nothing, nor does a re-export or re-import ("hk_re_exports",
 * 复出口): accepted as exports, its figures would be taken for the exports held.
 */
export function suggestFromFileName(fileName: string): OptionSuggestions {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const words = tokens(base);
  const reFlow = words.some(
    (t, i) => RE_WORDS.has(t) || (t === 're' && (IMPORT_WORDS.has(words[i + 1]!) || EXPORT_WORDS.has(words[i + 1]!))),
  );
  if (RE_FLOW.test(base) || reFlow) return {};
  let imp = false;
  let exp = false;
  const zh = base.replace(/进出口/g, ' ');
  if (/进口/.test(zh)) imp = true;
  if (/出口/.test(zh)) exp = true;
  if (/进出口/.test(base) && !imp && !exp) return {};
  for (const token of words) {
    if (IMPORT_WORDS.has(token)) imp = true;
    if (EXPORT_WORDS.has(token)) exp = true;
  }
  if (imp === exp) return {};
  return { flow: imp ? 'import' : 'export' };
}

/**
 * The name's hint, offered only where the file leaves its flow unsaid and names its reporter. A flow is a
 * reporter's direction: where the file states flows (Comtrade's flowCode, flowDesc) the file's own word
 * wins; and where it names no reporter, the name's word has no side to hang on
 * ("comtrade_china_dprk_exports.json" holds North Korea's exports, which China reports as imports).
 */
export function suggestFor(fileName: string, missing: readonly MissingOptionName[]): OptionSuggestions {
  if (!missing.includes('flow') || missing.includes('reporter')) return {};
  return suggestFromFileName(fileName);
}

/** Splits at anything not a Latin letter, at digit/letter changes and at camelCase humps (HKReExports: hk re exports). */
function tokens(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}
