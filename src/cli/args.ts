import { parseArgs } from 'node:util';
import { ColumnType, MappedField, type ColumnMapping, type ImportOptions } from '../shared/domain';
import { isPeriod } from '../shared/period';
import { isAreaCode, normalizeAreaCode } from '../shared/area-code';

export class UsageError extends Error {}

export const USAGE = `Usage:
  tidemark import <file...> --db PATH [--flow import|export] [--reporter ISO3] [--partner ISO3]
                  [--currency XXX] [--scale N] [--period YYYY-MM|YYYY] [--encoding E] [--json]
                  [--goods all|listed] [--partners all|listed] [--classification HS|H5|S4|…]
                  [--map 'Column A=period,Column B=value,Column C=code:text,…']
  tidemark batches --db PATH [--json]
  tidemark series --db PATH [--reporter ISO3] [--partner ISO3] [--flow import|export|total]
                  [--hs CODE...] [--exclude-hs CODE...] [--classification C] [--def NAME]
                  [--subject partner] [--from P] [--to P] [--annual] [--json]
  tidemark brief --db PATH --reporter ISO3 --partner ISO3 --period YYYY-MM [--exclude-hs CODE... | --def NAME]
                  [--subject partner] [--lang en|ko] [--json]
  tidemark top --db PATH --period P [--reporter ISO3] [--partner ISO3] [--flow F] [--subject partner]
                  [--level 1-10] [--by code|partner|regime|province] [--top N] [--def NAME]
                  [--classification HS|H0…H6|S1…S4|BEC] [--lang en|ko|zh] [--json]
  tidemark watchlist --db PATH [--reporter ISO3] [--from P] [--to P] [--list] [--json]
  tidemark revisions --db PATH [--batch N] [--json]
  tidemark definitions --db PATH [--json | --import FILE.json]
  tidemark define NAME --db PATH [--reporter ISO3] [--partner ISO3] [--flow F] [--subject partner]
                  [--hs CODE...] [--exclude-hs CODE...] [--label TEXT] | --delete
  tidemark export --db PATH --out FILE.csv
ISO3 is a country's ISO 3166 alpha-3 code (CHN) or an area's: WLD, SCG, C490 (Comtrade's Other Asia, nes),
G199 (China customs' other Asia); a partner in no list keeps its own text: '?Atlantis'.`;

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  reporter: { type: 'string' },
  partner: { type: 'string' },
  flow: { type: 'string' },
  hs: { type: 'string', multiple: true },
  'exclude-hs': { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  annual: { type: 'boolean', default: false },
  out: { type: 'string' },
  currency: { type: 'string' },
  scale: { type: 'string' },
  period: { type: 'string' },
  encoding: { type: 'string' },
  map: { type: 'string', multiple: true },
  help: { type: 'boolean', default: false },
  def: { type: 'string' },
  subject: { type: 'string' },
  lang: { type: 'string' },
  level: { type: 'string' },
  by: { type: 'string' },
  top: { type: 'string' },
  list: { type: 'boolean', default: false },
  batch: { type: 'string' },
  import: { type: 'string' },
  label: { type: 'string' },
  delete: { type: 'boolean', default: false },
  goods: { type: 'string' },
  partners: { type: 'string' },
  classification: { type: 'string' },
} as const;

export type Parsed = { command: string; files: string[]; db: string; importOptions: ImportOptions; values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'] };

/** `--hs 27 --hs 2716` and `--hs 27,2716` both work. */
export function list(v: string[] | undefined): string[] {
  return (v ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

export function parse(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || !command) throw new UsageError('');
  if (!['import', 'series', 'export', 'brief', 'top', 'watchlist', 'revisions', 'definitions', 'define', 'batches'].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  if (parsed.values.classification !== undefined && !CLASSIFICATION.test(parsed.values.classification)) throw new UsageError('--classification is a classification such as HS, H5, SITC or S4.');
  if (!parsed.values.db) throw new UsageError('--db PATH is required: the SQLite database to use (created if missing).');
  if (command === 'import' && files.length === 0) throw new UsageError('import needs at least one file.');
  if (command === 'export' && !parsed.values.out) throw new UsageError('export needs --out FILE.csv.');
  const importOptions = command === 'import' ? toImportOptions(parsed.values) : {};
  return { command, files, db: parsed.values.db, importOptions, values: parsed.values };
}

const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'] as const;
const CLASSIFICATION = /^[A-Za-z][A-Za-z0-9]{0,9}$/;

/** --reporter/--partner: a country or area code as typed (deu → DEU, c490 → C490, '?Atlantis' as is). */
export function areaFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const code = normalizeAreaCode(value);
  if (!isAreaCode(code)) throw new UsageError(`--${flag} takes a country or area code such as CHN, C490 (Comtrade's Other Asia, nes) or G199.`);
  return code;
}

/** What a file does not say, from the import flags; a malformed flag is a usage error naming it. */
function toImportOptions(v: Parsed['values']): ImportOptions {
  const o: ImportOptions = {};
  if (v.flow !== undefined) {
    if (v.flow !== 'import' && v.flow !== 'export') throw new UsageError('--flow is import or export.');
    o.flow = v.flow;
  }
  for (const key of ['reporter', 'partner'] as const) {
    const value = areaFlag(v[key], key);
    if (value !== undefined) o[key] = value;
  }
  const currency = v.currency?.trim().toUpperCase();
  if (currency !== undefined) {
    if (!/^[A-Z]{3}$/.test(currency)) throw new UsageError('--currency takes a three-letter code such as USD.');
    o.currency = currency;
  }
  if (v.scale !== undefined) {
    if (!/^[1-9]\d{0,8}$/.test(v.scale)) throw new UsageError('--scale is a whole multiplier such as 1000 (for "US$ thousand").');
    o.scale = Number(v.scale);
  }
  if (v.period !== undefined) {
    if (!isPeriod(v.period)) throw new UsageError('--period is a month such as 2024-01 or a year such as 2024.');
    o.period = v.period;
  }
  if (v.encoding !== undefined) {
    const e = v.encoding.toLowerCase() as (typeof ENCODINGS)[number];
    if (!ENCODINGS.includes(e)) throw new UsageError(`--encoding is one of ${ENCODINGS.join(', ')}.`);
    o.encoding = e;
  }
  if (v.map !== undefined) o.map = parseMap(v.map);
  for (const key of ['goods', 'partners'] as const) {
    const value = v[key];
    if (value === undefined) continue;
    if (value !== 'all' && value !== 'listed') throw new UsageError(`--${key} is all or listed: whether the file holds every ${key === 'goods' ? 'good' : 'partner'}, or only those it lists.`);
    o[key] = value;
  }
  if (v.classification !== undefined) o.classification = v.classification.toUpperCase();
  return o;
}

/**
 * `--map 'Date=period,HS code=code:text,Value=value'`: source column = Tidemark field, with an
 * optional `:type` (text, number, date). Repeat --map for column names that contain commas.
 */
export function parseMap(values: string[]): Record<string, ColumnMapping> {
  const map: Record<string, ColumnMapping> = Object.create(null) as Record<string, ColumnMapping>;
  for (const pair of values.flatMap((v) => (v.includes('=') && v.split('=').length > 2 ? v.split(',') : [v]))) {
    if (!pair.trim()) continue;
    const eq = pair.lastIndexOf('=');
    const column = pair.slice(0, eq).trim();
    const [fieldText, typeText] = pair.slice(eq + 1).trim().split(':');
    const field = MappedField.safeParse(fieldText?.trim());
    if (eq <= 0 || !column || !field.success) throw new UsageError(`--map takes Column=field pairs; "${pair.trim()}" is not one. Fields: ${MappedField.options.join(', ')}.`);
    if (typeText === undefined) map[column] = field.data;
    else {
      const type = ColumnType.safeParse(typeText.trim());
      if (!type.success) throw new UsageError(`--map: "${typeText}" is not a column type (${ColumnType.options.join(', ')}).`);
      map[column] = { field: field.data, type: type.data };
    }
  }
  if (Object.keys(map).length > 50) throw new UsageError('--map maps at most 50 columns.');
  return { ...map };
}
