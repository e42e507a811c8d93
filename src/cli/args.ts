import { parseArgs } from 'node:util';
import { ClassificationName } from '../shared/analysis-types';
import { ColumnType, MappedField, type ColumnMapping, type ImportOptions } from '../shared/domain';
import { nearest } from '../shared/nearest';
import { isAreaCode, normalizeAreaCode } from '../shared/area-code';
import { isPeriod } from '../shared/period';
import { COMMANDS, FLAGS, flagsOf, type FlagName } from './commands';
import { UsageError } from './errors';

export { UsageError };

type Options = {
  [K in FlagName]: (typeof FLAGS)[K] extends { value: string }
    ? { type: 'string'; multiple?: boolean; short?: string }
    : { type: 'boolean'; short?: string };
};
const OPTIONS = Object.fromEntries(
  Object.entries(FLAGS).map(([name, f]) => [
    name,
    {
      type: 'value' in f ? 'string' : 'boolean',
      ...('multiple' in f ? { multiple: true } : {}),
      ...(name === 'help' ? { short: 'h' } : {}),
    },
  ]),
) as Options;

type Values = {
  [K in FlagName]?: (typeof FLAGS)[K] extends { multiple: true }
    ? string[]
    : (typeof FLAGS)[K] extends { value: string }
      ? string
      : boolean;
};
export type Parsed = { command: string; files: string[]; db: string; importOptions: ImportOptions; values: Values };

/** `--hs 27 --hs 2716` and `--hs 27,2716` both work. */
export function list(v: string[] | undefined): string[] {
  return (v ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "a, b and c" */
export function andList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The command line as one command and its flags. Every mistake is a UsageError naming all of what
 * to change at once: an unknown command (with the nearest one), a flag the command does not take,
 * every missing required flag, a malformed value.
 */
export function parse(argv: string[]): Parsed {
  // `tidemark open DIR --parquet`: a bare --parquet (last, or before another flag) says what DIR is.
  const args =
    argv[0] === 'open'
      ? argv.filter((a, i) => a !== '--parquet' || (i + 1 < argv.length && !argv[i + 1]!.startsWith('-')))
      : argv;
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    throw new UsageError(
      `${(err as Error).message.replace(/^Unknown option '(--?[^']+)'.*$/s, 'there is no option $1')} (see tidemark help).`,
    );
  }
  const [command = '', ...files] = parsed.positionals;
  if (!COMMANDS[command]) {
    const near = nearest(command, Object.keys(COMMANDS), 2);
    throw new UsageError(
      `there is no command "${command}"${near.length ? `; did you mean ${near.join(' or ')}?` : ''} (see tidemark help)`,
    );
  }
  const allowed = flagsOf(command);
  const given = new Set(parsed.tokens.flatMap((t) => (t.kind === 'option' ? [t.name as FlagName] : [])));
  const foreign = [...given].filter((f) => !allowed.has(f));
  if (foreign.length)
    throw new UsageError(
      `${command} does not take ${andList(foreign.map((f) => `--${f}`))} (see tidemark help ${command})`,
    );
  const values = parsed.values as Values;

  // `open` names its dataset by --parquet DIR or as its argument; it is the database the command reads.
  if (command === 'open') {
    if (values.db !== undefined)
      throw new UsageError('open takes the dataset folder as DIR or --parquet DIR, not --db (see tidemark help open)');
    if (files.length + (values.parquet === undefined ? 0 : 1) !== 1)
      throw new UsageError('open takes one dataset folder: tidemark open DIR, or tidemark open --parquet DIR');
    values.db = values.parquet ?? files.pop();
  }
  // `compact` and `check` name their database as their argument, or by --db as every other command does.
  if ((command === 'compact' || command === 'check') && values.db === undefined && files.length === 1)
    values.db = files.pop();
  // A brief's --def fills the reporter and partner the definition names (brief.ts checks it names them).
  const filled = (f: FlagName) =>
    command === 'brief' && values.def !== undefined && (f === 'reporter' || f === 'partner');
  const missing = [
    ...(values.db ? [] : ['--db PATH']),
    ...(COMMANDS[command]!.required ?? []).filter((f) => values[f] === undefined && !filled(f)).map((f) => `--${f}`),
  ];
  if (command === 'import' && files.length === 0) missing.unshift('a file to import');
  if (command === 'define' && files.length === 0) missing.unshift('a NAME');
  if (command === 'export' && values.out === undefined && values.parquet === undefined)
    missing.push('--out FILE.csv or --parquet DIR');
  if (command === 'export' && values.out !== undefined && values.parquet !== undefined)
    throw new UsageError(
      'export writes one thing at a time: give --out FILE.csv or --parquet DIR, not both (see tidemark help export)',
    );
  if (missing.length) throw new UsageError(`${command} is missing ${andList(missing)} (see tidemark help ${command})`);
  if (command !== 'import' && command !== 'define' && files.length)
    throw new UsageError(
      `${command} takes no ${files.length === 1 ? 'argument' : 'arguments'} besides its flags; "${files[0]}" is one (see tidemark help ${command})`,
    );

  normalise(values, command);
  const importOptions = command === 'import' ? toImportOptions(values) : {};
  return { command, files, db: values.db!, importOptions, values };
}

const CHOICES: Partial<Record<FlagName, string[]>> = {
  subject: ['reporter', 'partner'],
  lang: ['en', 'ko'],
  by: ['code', 'partner', 'regime', 'province'],
  goods: ['all', 'listed'],
  partners: ['all', 'listed'],
};

/** Codes and choices are case-insensitive, as ISO codes are: --flow Import, --reporter chn, --partner c490. */
function normalise(v: Values, command: string): void {
  for (const key of ['reporter', 'partner'] as const) {
    const value = v[key];
    if (value === undefined) continue;
    const code = normalizeAreaCode(value);
    if (!isAreaCode(code))
      throw new UsageError(
        `--${key} takes a country or area code such as CHN, C490 (Comtrade's Other Asia, nes) or G199, not "${value}"`,
      );
    v[key] = code;
  }
  if (v.currency !== undefined) {
    const value = v.currency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(value))
      throw new UsageError(`--currency takes a three-letter code such as USD, not "${v.currency}"`);
    v.currency = value;
  }
  if (v.classification !== undefined) {
    const value = v.classification.trim().toUpperCase();
    if (!ClassificationName.safeParse(value).success)
      throw new UsageError(
        `--classification is a classification such as HS, H5, SITC or S4, not "${v.classification}"`,
      );
    v.classification = value;
  }
  if (v.flow !== undefined) v.flow = v.flow.trim().toLowerCase();
  for (const [key, choices] of Object.entries({ ...CHOICES, ...COMMANDS[command]!.choices }) as [
    FlagName,
    string[],
  ][]) {
    const value = v[key];
    if (typeof value !== 'string') continue;
    const lower = value.trim().toLowerCase();
    if (!choices.includes(lower))
      throw new UsageError(`--${key} is ${andList(choices).replace(/ and /, ' or ')}, not "${value}"`);
    (v as Record<string, unknown>)[key] = lower;
  }
  for (const key of ['period', 'from', 'to'] as const) {
    const value = v[key];
    if (value !== undefined && !isPeriod(value.trim()))
      throw new UsageError(`--${key} is a month such as 2020-11 or a year such as 2020, not "${value}"`);
    if (value !== undefined) v[key] = value.trim();
  }
}

/** The flows a reading command takes: re-exports and re-imports (UN Comtrade's) are their own, never in total. */
export const READ_FLOWS = ['import', 'export', 'total', 're-export', 're-import'];

/** The Korean words for a flow, as the app's Flow column says them: --flow 재수출 is --flow re-export. */
const KOREAN_FLOWS: Record<string, string> = {
  수입: 'import',
  수출: 'export',
  총교역: 'total',
  재수출: 're-export',
  재수입: 're-import',
};

/** --flow, in English or Korean, checked against what this command allows. */
export function flowOf(v: Values, allowed: string[], fallback: string, hint = ''): string {
  const given = v.flow?.trim().toLowerCase();
  const flow = given === undefined ? fallback : (KOREAN_FLOWS[given] ?? given);
  if (!allowed.includes(flow))
    throw new UsageError(`--flow is ${andList(allowed).replace(/ and (?!.* and )/, ' or ')}, not "${v.flow}"${hint}`);
  return flow;
}

/** A whole number flag such as --batch 3. */
export function wholeNumber(v: Values, key: 'batch' | 'top' | 'level', what: string): number | undefined {
  const text = v[key];
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--${key} is ${what}, not "${text}"`);
  return n;
}

const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'] as const;

/** What a file does not say, from the import flags; a malformed flag is a usage error naming it. */
function toImportOptions(v: Values): ImportOptions {
  const o: ImportOptions = {};
  // Re-exports and re-imports are flows of their own only where a mapping says them: the mapped format's
  // flow constant (the same as --map flow=re-export). A China customs download is imports or exports.
  const flow = v.flow === undefined ? undefined : flowOf(v, ['import', 'export', 're-export', 're-import'], 'import');
  if (flow === 'import' || flow === 'export') o.flow = flow;
  else if (flow !== undefined && v.map === undefined)
    throw new UsageError(
      `--flow ${flow} is for a table read with --map, which stores ${flow}s as a flow of their own; a China customs download is import or export, and a UN Comtrade file names its ${flow}s in its own flow column`,
    );
  if (v.reporter) o.reporter = v.reporter;
  if (v.partner) o.partner = v.partner;
  if (v.currency) o.currency = v.currency;
  if (v.scale !== undefined) {
    if (!/^[1-9]\d{0,8}$/.test(v.scale))
      throw new UsageError('--scale is a whole multiplier such as 1000 (for "US$ thousand")');
    o.scale = Number(v.scale);
  }
  if (v.period !== undefined) o.period = v.period;
  if (v.encoding !== undefined) {
    const e = v.encoding.toLowerCase() as (typeof ENCODINGS)[number];
    if (!ENCODINGS.includes(e)) throw new UsageError(`--encoding is one of ${ENCODINGS.join(', ')}`);
    o.encoding = e;
  }
  if (v.map !== undefined) {
    const { map, constants } = parseMapping(v.map);
    o.map = map;
    if (flow && flow !== o.flow) {
      if (constants.flow !== undefined && constants.flow !== flow)
        throw new UsageError(`--flow ${flow} and --map flow=${constants.flow} say two flows: give one`);
      constants.flow = flow;
    }
    if (Object.keys(constants).length) o.constants = constants;
  }
  if (v.sheet !== undefined) o.sheets = v.sheet.map((s) => s.trim()).filter(Boolean);
  if (v.replace) o.replace = true;
  if (v.goods) o.goods = v.goods as 'all' | 'listed';
  if (v.partners) o.partners = v.partners as 'all' | 'listed';
  if (v.classification) o.classification = v.classification;
  return o;
}

type Constants = NonNullable<ImportOptions['constants']>;

/**
 * `--map 'Date=period,HS code=code:text,Value=value'`: source column = Tidemark field, with an
 * optional `:type` (text, number, date). A Tidemark field on the left with something that is not a
 * field on the right is a constant for a field the table does not hold: `code=TOTAL`,
 * `partner=WLD`, `flow=import`. Repeat --map for column names that contain commas.
 */
export function parseMapping(values: string[]): { map: Record<string, ColumnMapping>; constants: Constants } {
  const map: Record<string, ColumnMapping> = Object.create(null) as Record<string, ColumnMapping>;
  const constants: Constants = {};
  for (const pair of values.flatMap((v) => (v.includes('=') && v.split('=').length > 2 ? v.split(',') : [v]))) {
    if (!pair.trim()) continue;
    const eq = pair.lastIndexOf('=');
    const left = pair.slice(0, eq).trim();
    const right = pair.slice(eq + 1).trim();
    const [fieldText, typeText] = right.split(':');
    const field = MappedField.safeParse(fieldText?.trim());
    const asField = MappedField.safeParse(left);
    if (eq > 0 && right && !field.success && asField.success) {
      if (asField.data === 'value')
        throw new UsageError('--map: value comes from a column; a constant value is not a table');
      constants[asField.data] = right;
      continue;
    }
    if (eq <= 0 || !left || !field.success)
      throw new UsageError(
        `--map takes Column=field pairs, or field=constant; "${pair.trim()}" is neither. Fields: ${MappedField.options.join(', ')}`,
      );
    if (typeText === undefined) map[left] = field.data;
    else {
      const type = ColumnType.safeParse(typeText.trim());
      if (!type.success)
        throw new UsageError(`--map: "${typeText}" is not a column type (${ColumnType.options.join(', ')})`);
      map[left] = { field: field.data, type: type.data };
    }
  }
  if (Object.keys(map).length > 50) throw new UsageError('--map maps at most 50 columns');
  return { map: { ...map }, constants };
}

/** The column mapping alone (no constants), as a table's columns map to fields. */
export function parseMap(values: string[]): Record<string, ColumnMapping> {
  return parseMapping(values).map;
}
