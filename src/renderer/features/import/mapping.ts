import type { ImportOptions, MappedField } from '../../../shared/domain';
import { isAreaCode, normalizeAreaCode } from '../../../shared/area-code';

/** Fields a column can be mapped to in the dialog, in the order a person thinks of them. */
export const MAPPABLE: readonly MappedField[] = [
  'period',
  'code',
  'description',
  'value',
  'quantity',
  'unit',
  'reporter',
  'partner',
  'flow',
  'currency',
  'classification',
  'regime',
  'province',
];
/** What every record needs, from a column or from one value given for all rows. */
export const REQUIRED = ['period', 'code', 'value', 'reporter', 'partner', 'flow', 'currency'] as const;
/** Of those, the ones a constant can stand in for (a table always has its periods and values). */
export const CONSTANT_FIELDS = ['reporter', 'partner', 'flow', 'currency', 'code'] as const;
export type ConstantField = (typeof CONSTANT_FIELDS)[number];
/**
 * The flows one value for all rows may be: re-exports and re-imports too (Hong Kong's of Chinese goods), which
 * the mapped format stores as flows of their own, as the CLI's --flow re-export with --map does.
 */
export const CONSTANT_FLOWS = ['import', 'export', 're-export', 're-import'] as const;
/** 万 (10,000) and 亿 (100 million) are the units of Chinese statistical tables. */
export const SCALES = ['1', '1000', '10000', '1000000', '100000000'] as const;

/** The mapping step's form: each column's field ('' for none), the constants as typed, the unit, the sheets. */
export type Mapping = {
  columns: Record<string, MappedField | ''>;
  constants: Record<ConstantField, string>;
  scale: (typeof SCALES)[number];
  sheets: string[];
};

const ISO3 = /^[A-Z]{3}$/;
const CODE = /^[0-9A-Za-z]{1,16}$/;

/** Header words that say what a column holds, checked as whole lower-case names; a start, never applied unseen. */
const GUESSES: Record<string, MappedField> = {
  period: 'period',
  month: 'period',
  date: 'period',
  year: 'period',
  时间: 'period',
  数据年月: 'period',
  年月: 'period',
  기간: 'period',
  code: 'code',
  hs: 'code',
  'hs code': 'code',
  hscode: 'code',
  commodity: 'code',
  商品编码: 'code',
  description: 'description',
  goods: 'description',
  商品名称: 'description',
  value: 'value',
  'value (usd)': 'value',
  usd: 'value',
  value_usd: 'value',
  金额: 'value',
  quantity: 'quantity',
  qty: 'quantity',
  unit: 'unit',
  reporter: 'reporter',
  partner: 'partner',
  country: 'partner',
  国家: 'partner',
  贸易伙伴名称: 'partner',
  flow: 'flow',
  currency: 'currency',
};

/** Currencies a value column's header names: "Value USD", "Trade Value (US$)", 美元, 人民币 (RMB). */
const HEADER_CURRENCIES: [RegExp, string][] = [
  [/(^|[^a-z])usd([^a-z]|$)|us\$|美元/, 'USD'],
  [/(^|[^a-z])(cny|rmb)([^a-z]|$)|人民币/, 'CNY'],
  [/(^|[^a-z])eur([^a-z]|$)|€/, 'EUR'],
];
const VALUE_WORD = /(^|[^a-z])value([^a-z]|$)|金额|价值/;

/**
 * A header that is a value and names its currency ("Value USD", "Trade Value (US$)", 美元): the column is
 * the value and the currency is filled in, both shown in the form for the person to check.
 */
function valueWithCurrency(lower: string): string | null {
  const currency = HEADER_CURRENCIES.find(([re]) => re.test(lower))?.[1] ?? null;
  if (!currency) return null;
  const bare = lower.replace(/[\s()（）[\]_:-]/g, '');
  return VALUE_WORD.test(lower) || ['usd', 'us$', '美元', 'cny', 'rmb', '人民币', 'eur'].includes(bare)
    ? currency
    : null;
}

export function emptyMapping(header: string[], sheets: string[]): Mapping {
  const columns: Record<string, MappedField | ''> = {};
  const used = new Set<MappedField>();
  let currency = '';
  for (const h of header) {
    const name = h.trim();
    if (!name || name in columns) continue;
    const lower = name.toLowerCase();
    const named = valueWithCurrency(lower);
    const guess = GUESSES[lower] ?? (named ? 'value' : undefined);
    columns[name] = guess && !used.has(guess) ? guess : '';
    if (guess === 'value' && named && !used.has('value')) currency = named;
    if (guess) used.add(guess);
  }
  // A workbook whose sheets repeat one table (a national sheet, then one per province) must not be summed:
  // the first sheet only, until the person ticks more.
  return {
    columns,
    constants: { reporter: '', partner: '', flow: '', currency, code: '' },
    scale: '1',
    sheets: sheets.slice(0, 1),
  };
}

/** The column mapped to a field, if any. */
export function columnFor(m: Mapping, field: MappedField): string | null {
  return Object.entries(m.columns).find(([, f]) => f === field)?.[0] ?? null;
}

function constantOk(field: ConstantField, text: string): boolean {
  const v = text.trim();
  if (field === 'flow') return (CONSTANT_FLOWS as readonly string[]).includes(v);
  if (field === 'code') return CODE.test(v);
  // A reporter or partner may be any area (C490 Other Asia, nes), as in the import questions.
  if (field === 'reporter' || field === 'partner') return isAreaCode(normalizeAreaCode(v));
  return ISO3.test(v.toUpperCase());
}

/** Required fields that have neither a column nor a valid constant yet. */
export function missingFields(m: Mapping): (typeof REQUIRED)[number][] {
  return REQUIRED.filter((f) => {
    if (columnFor(m, f)) return false;
    return (
      !(CONSTANT_FIELDS as readonly string[]).includes(f) ||
      !constantOk(f as ConstantField, m.constants[f as ConstantField])
    );
  });
}

/** A field given to two columns: the core would refuse it, so the form says so first. */
export function doubledFields(m: Mapping): MappedField[] {
  const seen = new Map<MappedField, number>();
  for (const f of Object.values(m.columns)) if (f) seen.set(f, (seen.get(f) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([f]) => f);
}

export const isComplete = (m: Mapping, sheetsHeld: number) =>
  missingFields(m).length === 0 && doubledFields(m).length === 0 && (sheetsHeld === 0 || m.sheets.length > 0);

/**
 * The mapping as import options, the same `map` and `constants` the CLI's --map takes: codes always
 * as text (leading zeros are data), constants only for fields no column holds.
 */
export function toMappingOptions(m: Mapping, sheetsHeld: number): ImportOptions {
  const map: NonNullable<ImportOptions['map']> = {};
  for (const [column, field] of Object.entries(m.columns)) {
    if (!field) continue;
    map[column] = field === 'code' ? { field, type: 'text' } : field;
  }
  const constants: NonNullable<ImportOptions['constants']> = {};
  for (const f of CONSTANT_FIELDS) {
    if (columnFor(m, f)) continue;
    const v = m.constants[f].trim();
    if (v) constants[f] = f === 'code' || f === 'flow' ? v : f === 'currency' ? v.toUpperCase() : normalizeAreaCode(v);
  }
  return {
    map,
    ...(Object.keys(constants).length ? { constants } : {}),
    ...(m.scale !== '1' ? { scale: Number(m.scale) } : {}),
    ...(sheetsHeld > 1 ? { sheets: m.sheets } : {}),
  };
}
