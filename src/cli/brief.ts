import { conventionalExclusions } from '../shared/brief-convention';
import { proseLang, say } from '../core/messages';
import { flowOf, list, UsageError } from './args';
import type { Ctx } from './context';
import { requireHeld } from './held';

/**
 * The codes a brief leaves out: those --exclude-hs names, none for `--exclude-hs none`, else the pair's
 * reporting convention (HS 2716 for China and North Korea), as the app's brief does, so the two give the
 * same figures. A definition carries its own codes, so no convention is added to it.
 */
export function briefExclusions(given: string[] | undefined, reporter: string, partner: string, def?: string) {
  const codes = list(given);
  if (codes.some((c) => c.toLowerCase() === 'none')) {
    if (codes.length > 1)
      throw new UsageError(`--exclude-hs none leaves nothing out, so it takes no codes beside it, not "${codes}"`);
    return { excludeHs: [], conventional: false };
  }
  if (given !== undefined || def) return { excludeHs: codes, conventional: false };
  const excludeHs = conventionalExclusions(reporter, partner);
  return { excludeHs, conventional: excludeHs.length > 0 };
}

/** `tidemark brief`: the news-style brief, its footnotes, or the stable JSON with every figure's query. */
export async function briefCommand({ args, call, out }: Ctx): Promise<number> {
  const v = args.values;
  const flow = flowOf(
    v,
    ['import', 'export'],
    'export',
    /re-?(ex|im)port|재수/.test(v.flow ?? '')
      ? ' (a brief tells imports and exports; series and top read re-exports and re-imports)'
      : '',
  ) as 'import' | 'export';
  // A definition fills the reporter and partner it names, as --def's help says; a flag given wins.
  const def = v.def ? (await call('listDefinitions', {})).find((d) => d.name === v.def) : undefined;
  if (v.def && !def) throw new UsageError(`there is no definition called "${v.def}" (tidemark definitions lists them)`);
  const reporter = v.reporter ?? def?.reporter ?? undefined;
  const partner = v.partner ?? def?.partner ?? undefined;
  const lacking = [reporter ? '' : 'reporter', partner ? '' : 'partner'].filter(Boolean);
  if (!reporter || !partner)
    throw new UsageError(
      `brief is missing ${lacking.map((f) => `--${f}`).join(' and ')}: the definition "${v.def}" names no ${lacking.join(' and no ')} (see tidemark help brief)`,
    );
  const { excludeHs, conventional } = briefExclusions(v['exclude-hs'], reporter, partner, v.def);
  // Only codes the person named must be held: a convention's code no file holds leaves nothing out.
  await requireHeld(call, { reporter, partner, codes: conventional ? [] : excludeHs, lang: v.lang });
  const lang = (v.lang ?? 'en') as 'en' | 'ko';
  const b = await call('brief', {
    reporter,
    partner,
    period: v.period!,
    // The app's brief is told from the partner's side (North Korea's exports to China), so the command's is too.
    subject: (v.subject ?? 'partner') as 'reporter' | 'partner',
    excludeHs,
    conventional,
    def: v.def,
    currency: v.currency,
    lang,
    flow,
  });
  // The app says above its brief when a convention left codes out; the command says it under the footnotes.
  // Where the month's files could not leave them out, the brief's own footnote says they are included.
  const convention =
    conventional && b.unexcluded.length === 0
      ? say(proseLang(lang), 'cli.briefConvention', { codes: excludeHs.join(', ') })
      : null;
  const text = [b.text, '', ...b.footnotes.map((f) => `* ${f}`), ...(convention ? ['', convention] : [])];
  out(
    v.json ? JSON.stringify(convention ? { ...b, convention: { excludeHs, note: convention } } : b) : text.join('\n'),
  );
  return 0;
}
