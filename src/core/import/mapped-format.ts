import type { ColumnType, MappedField } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { areaFromText } from '../reference/areas';
import { DamageWatch } from './damaged-values';
import { isMissing, parseGroupedMoney, parseQuantity } from './number-parse';
import { parsePeriod } from './period-parse';
import { MissingOptionError } from './options-guess';
import type { Format, FormatContext, RowMapper, RowOutcome } from './types';

/**
 * Any other table, mapped to Tidemark's fields by the user (`options.map`: column name → field).
 * Used only when a mapping is given, and then it wins over detection: the user has said what the
 * columns mean. Codes are text, so leading zeros survive; values follow the thousands-separator
 * rule of number-parse.ts; periods take every form period-parse.ts knows (and Excel serials when
 * the column's type is `date`).
 */
export const mappedFormat: Format = {
  id: 'mapped',
  matches: () => false,
  mapper: (header, ctx) => createMapper(header, ctx),
};

const FLOWS: Record<string, string> = { import: 'import', imports: 'import', m: 'import', '1': 'import', 进口: 'import', 수입: 'import', export: 'export', exports: 'export', x: 'export', '2': 'export', 出口: 'export', 수출: 'export' };

type Column = { index: number; type: ColumnType };

function createMapper(header: string[], ctx: FormatContext): RowMapper {
  const cols = resolveColumns(header, ctx);
  const width = header.length;
  const { options } = ctx;
  for (const [field, flag] of [['period', '--map "<column>=period"'], ['value', '--map "<column>=value"'], ['code', '--map "<column>=code"']] as const) {
    if (!cols.has(field)) throw new AppError('missing_option', `The column mapping for ${ctx.fileName} has no ${field} column: add one with ${flag}.`);
  }
  for (const [field, flag] of [['reporter', '--reporter ISO3'], ['flow', '--flow import|export'], ['currency', '--currency USD']] as const) {
    if (!cols.has(field) && !options[field]) throw new MissingOptionError(field, `${ctx.fileName} has no ${field} column: map one with --map, or give ${flag}.`);
  }
  if (!cols.has('partner') && !options.partner) throw new MissingOptionError('partner', `${ctx.fileName} has no partner column: map one with --map, or give --partner ISO3.`);
  const scale = options.scale ?? 1;
  const unknown = new Set<string>();
  const damage = new DamageWatch();

  const map = (cells: string[]): RowOutcome => {
    if (cells.every((c) => c.trim() === '')) return { kind: 'skip' };
    if (cells.length < width) return { kind: 'reject', reason: 'missing_columns', message: `Expected ${width} columns, found ${cells.length}.` };
    if (cells.length > width) return { kind: 'reject', reason: 'too_many_columns', message: `Expected ${width} columns, found ${cells.length}.` };
    const get = (f: MappedField) => {
      const c = cols.get(f);
      return c ? (cells[c.index] ?? '').trim() : '';
    };
    const bad = (message: string): RowOutcome => ({ kind: 'reject', reason: 'cast_error', message });

    const periodText = get('period');
    const period = parsePeriod(periodText, { excelSerials: cols.get('period')!.type === 'date' ? 1900 : undefined });
    if (!period) return bad(`period "${periodText}" is not a month or year (202011, 2020-11, 2020年11月, 2020-11-01 or 2020).`);
    const classification = get('classification') || options.classification || 'HS';
    // A code column is text (leading zeros are data); cells a spreadsheet saved as numbers lost them.
    const rawCode = get('code');
    if (!rawCode) return bad('code is empty.');
    const code = rawCode.toUpperCase() === 'TOTAL' ? rawCode : damage.code(rawCode, classification);
    const valueText = damage.value(get('value'));
    const money = parseGroupedMoney(valueText, scale);
    if (!money) return bad(`value "${valueText}" is not a number (thousands separators must group three digits; at most 3 decimals).`);
    const flowText = get('flow');
    const flow = cols.has('flow') ? FLOWS[flowText.toLowerCase()] : options.flow;
    if (!flow) return bad(`flow "${flowText}" is neither import nor export.`);
    const currency = cols.has('currency') ? get('currency').toUpperCase() : options.currency!;
    if (!/^[A-Z]{3}$/.test(currency)) return bad(`currency "${currency}" is not an ISO 4217 code.`);
    let reporter = options.reporter!;
    if (cols.has('reporter')) {
      const m = areaFromText(get('reporter'));
      if (!m?.known) return bad(`reporter "${get('reporter')}" is not a country or area Tidemark knows (ISO 3166 code, M49 or Comtrade code, or name).`);
      reporter = m.code;
    }
    let partner = options.partner ?? '';
    let partnerRaw: string | null = null;
    let isAggregate = code.toUpperCase() === 'TOTAL';
    if (cols.has('partner')) {
      const m = areaFromText(get('partner'));
      if (!m) return bad('partner is empty.');
      partner = m.code;
      isAggregate ||= m.kind !== 'leaf';
      if (!m.known) {
        partnerRaw = get('partner');
        if (unknown.size < 100 && !unknown.has(partnerRaw)) {
          unknown.add(partnerRaw);
          ctx.warn('unknown_area', `Partner "${partnerRaw}" is in no list Tidemark knows; stored as ${m.code}, a partner of its own.`);
        }
      }
    }
    const quantity = cols.has('quantity') ? parseQuantity(get('quantity')) : null;
    if (quantity === undefined) return bad(`quantity "${get('quantity')}" is not a number.`);
    const text = (f: MappedField) => (cols.has(f) && !isMissing(get(f)) ? get(f) : null);
    return {
      kind: 'record',
      record: {
        reporter, partner, flow, code, isAggregate, partnerRaw,
        period: period.period,
        freq: period.freq,
        periodMonths: period.periodMonths === 12 && period.freq === 'year' ? undefined : period.periodMonths,
        classification,
        description: get('description'),
        value: money.units,
        valueExp: money.exp,
        currency,
        quantity,
        unit: quantity === null ? null : text('unit'),
        quantity2: null,
        unit2: null,
        regime: text('regime'),
        province: text('province'),
        sourceUrl: null,
      },
    };
  };
  return { map, end: () => damage.report(ctx) };
}

const DEFAULT_TYPE: Partial<Record<MappedField, ColumnType>> = { value: 'number', quantity: 'number' };

function resolveColumns(header: string[], ctx: FormatContext): Map<MappedField, Column> {
  const byName = new Map<string, number>();
  header.forEach((h, i) => byName.has(h.trim()) || byName.set(h.trim(), i));
  const cols = new Map<MappedField, Column>();
  const missing: string[] = [];
  // Own keys only: a column called "__proto__" is a name, never the object's prototype.
  for (const [name, mapping] of Object.entries(ctx.options.map ?? {})) {
    const index = byName.get(name.trim());
    if (index === undefined) {
      missing.push(name);
      continue;
    }
    const field = typeof mapping === 'string' ? mapping : mapping.field;
    const type = typeof mapping === 'string' ? (DEFAULT_TYPE[field] ?? 'text') : mapping.type;
    if (cols.has(field)) throw new AppError('bad_input', `The column mapping gives ${field} twice; map one column to it.`);
    cols.set(field, { index, type });
  }
  if (missing.length > 0) {
    const have = header.slice(0, 12).map((h) => `"${h}"`).join(', ');
    throw new AppError('header_mismatch', `${ctx.fileName} has no column ${missing.map((m) => `"${m}"`).join(', ')}. Its columns are: ${have}${header.length > 12 ? ', …' : ''}.`);
  }
  return cols;
}
