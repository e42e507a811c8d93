import type { ColumnType, ImportOptions, MappedField } from '../../../shared/domain';
import { noteOf } from '../../../shared/error-text';
import { AppError } from '../../../shared/errors';
import { areaFromText } from '../../reference/areas';
import { DamageWatch, type DamageState } from './damaged-values';
import { isMissing, parseGroupedMoney, parseQuantity } from './number-parse';
import { parsePeriod } from './period-parse';
import { MissingOptionError } from './options-guess';
import type { Format, FormatContext, MapperState, RowMapper, RowOutcome } from './format-types';
import { castError, widthReject } from './reject-notes';

type MappedState = [damage: DamageState, unknownPartners: [raw: string, code: string][]];

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

/**
 * A flow's exact words. Re-exports and re-imports are flows of their own (UN Comtrade's RX and RM, Trade
 * Flow Code 3 and 4), never exports or imports: read as exports, a file of re-exports superseded the
 * exports held for the same figures as if it were their revision.
 */
const FLOWS: Record<string, string> = {
  import: 'import',
  imports: 'import',
  m: 'import',
  '1': 'import',
  进口: 'import',
  수입: 'import',
  export: 'export',
  exports: 'export',
  x: 'export',
  '2': 'export',
  出口: 'export',
  수출: 'export',
  're-export': 're-export',
  're-exports': 're-export',
  reexport: 're-export',
  reexports: 're-export',
  rx: 're-export',
  '3': 're-export',
  复出口: 're-export',
  재수출: 're-export',
  're-import': 're-import',
  're-imports': 're-import',
  reimport: 're-import',
  reimports: 're-import',
  rm: 're-import',
  '4': 're-import',
  复进口: 're-import',
  재수입: 're-import',
};

/**
 * A flow column's text: an exact word (import, 出口, M, Re-export…), else a label that names one flow
 * and no other as a word of its own ("china_exports_to_dprk", "hk_re_exports_to_china"); anything
 * else (total_trade, exports_incl_re_exports) is no flow. "re" before export or import makes it a
 * re-export or re-import.
 */
function flowOf(text: string): string | undefined {
  const exact = FLOWS[text.trim().toLowerCase()];
  if (exact) return exact;
  const words = text.toLowerCase().split(/[^a-z]+/);
  const named = new Set<string>();
  words.forEach((w, i) => {
    const flow = FLOWS[w];
    if (!flow || !/^[a-z]{6,}$/.test(w)) return;
    named.add(words[i - 1] === 're' && !flow.startsWith('re-') ? `re-${flow}` : flow);
  });
  return named.size === 1 ? [...named][0] : undefined;
}

type Column = { index: number; type: ColumnType };

function createMapper(header: string[], ctx: FormatContext): RowMapper {
  const cols = resolveColumns(header, ctx);
  const width = header.length;
  const { options } = ctx;
  const constants = checkConstants(cols, ctx);
  /** A field the table gives: a column, or a constant every row shares. */
  const has = (f: MappedField) => cols.has(f) || constants[f] !== undefined;
  for (const [field, flag] of [
    ['period', '--map "<column>=period"'],
    ['value', '--map "<column>=value"'],
    ['code', '--map "<column>=code" (or --map code=TOTAL)'],
  ] as const) {
    if (!has(field) && !(field === 'period' && options.period))
      throw new AppError('missing_option', { key: 'import.mapNoColumn', params: { file: ctx.fileName, field, flag } });
  }
  for (const [field, flag] of [
    ['reporter', '--reporter ISO3'],
    ['flow', '--flow import|export'],
    ['currency', '--currency USD'],
  ] as const) {
    if (!has(field) && !options[field])
      throw new MissingOptionError(
        field,
        `${ctx.fileName} has no ${field} column: map one with --map, or give ${flag}.`,
      );
  }
  if (!has('partner') && !options.partner)
    throw new MissingOptionError(
      'partner',
      `${ctx.fileName} has no partner column: map one with --map, or give --partner ISO3.`,
    );
  const scale = options.scale ?? 1;
  // Partners warned about, in order, with the code each was stored as.
  const unknown = new Map<string, string>();
  const warnUnknown = (raw: string, code: string) => {
    if (unknown.size >= 100 || unknown.has(raw)) return;
    unknown.set(raw, code);
    ctx.warn('unknown_area', noteOf('warn.unknownPartner', { name: raw, code }));
  };
  const damage = new DamageWatch();

  const map = (cells: string[]): RowOutcome => {
    if (cells.every((c) => c.trim() === '')) return { kind: 'skip' };
    if (cells.length !== width) return widthReject(width, cells.length);
    const get = (f: MappedField) => cellOf(cells, f);

    const periodText = has('period') ? get('period') : options.period!;
    const period = parsePeriod(periodText, { excelSerials: cols.get('period')?.type === 'date' ? 1900 : undefined });
    if (!period) return castError('reject.mappedPeriod', { period: periodText });
    const classification = get('classification') || options.classification || 'HS';
    // A code column is text (leading zeros are data); cells a spreadsheet saved as numbers lost them.
    const rawCode = get('code');
    if (!rawCode) return castError('reject.codeEmpty');
    const code = rawCode.toUpperCase() === 'TOTAL' ? rawCode : damage.code(rawCode, classification);
    const valueText = damage.value(get('value'));
    const money = parseGroupedMoney(valueText, scale);
    if (!money) return castError('reject.groupedValue', { value: valueText });
    const flowText = get('flow');
    const flow = has('flow') ? flowOf(flowText) : options.flow;
    if (!flow) return castError('reject.mappedFlow', { flow: flowText });
    const currency = has('currency') ? get('currency').toUpperCase() : options.currency!;
    if (!/^[A-Z]{3}$/.test(currency)) return castError('reject.currency', { currency });
    let reporter = options.reporter!;
    if (has('reporter')) {
      const m = areaFromText(get('reporter'));
      if (!m?.known) return castError('reject.mappedReporter', { reporter: get('reporter') });
      reporter = m.code;
    }
    let partner = options.partner ?? '';
    let partnerRaw: string | null = null;
    let isAggregate = code.toUpperCase() === 'TOTAL';
    if (has('partner')) {
      const m = areaFromText(get('partner'));
      if (!m) return castError('reject.partnerEmpty');
      partner = m.code;
      isAggregate ||= m.kind !== 'leaf';
      if (!m.known) {
        partnerRaw = get('partner');
        warnUnknown(partnerRaw, m.code);
      }
    }
    const quantity = has('quantity') ? parseQuantity(get('quantity')) : null;
    if (quantity === undefined) return castError('reject.quantity', { quantity: get('quantity') });
    const text = (f: MappedField) => (has(f) && !isMissing(get(f)) ? get(f) : null);
    return {
      kind: 'record',
      record: {
        reporter,
        partner,
        flow,
        code,
        isAggregate,
        partnerRaw,
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
  /** A cell of the field's column, or the field's constant. */
  function cellOf(cells: string[], f: MappedField): string {
    const c = cols.get(f);
    return c ? (cells[c.index] ?? '').trim() : (constants[f] ?? '');
  }

  const keyOf = (cells: string[]) => {
    const place = (f: 'reporter' | 'partner') => {
      if (!has(f)) return options[f] ?? null;
      const m = areaFromText(cellOf(cells, f));
      return m?.known ? m.code : null;
    };
    return {
      period:
        parsePeriod(has('period') ? cellOf(cells, 'period') : (options.period ?? ''), {
          excelSerials: cols.get('period')?.type === 'date' ? 1900 : undefined,
        })?.period ?? null,
      flow: has('flow') ? (flowOf(cellOf(cells, 'flow')) ?? null) : (options.flow ?? null),
      reporter: place('reporter'),
      partner: place('partner'),
    };
  };
  const split = {
    state: (): MappedState => [damage.state(), [...unknown]],
    absorb: (s: MapperState) => {
      const [d, partners] = s as MappedState;
      for (const [raw, code] of partners) warnUnknown(raw, code);
      damage.absorb(d);
    },
  };
  return { map, keyOf, end: () => damage.report(ctx), split };
}

type Constants = NonNullable<ImportOptions['constants']>;

/**
 * Constants stand for a column the table does not have: one given as well as a column, or beside
 * the import option that says the same thing, is a contradiction; one that no row could read
 * (flow=sideways) is refused before any row is read, naming it.
 */
function checkConstants(cols: Map<MappedField, Column>, ctx: FormatContext): Partial<Record<MappedField, string>> {
  const constants: Constants = { ...ctx.options.constants };
  for (const [field, value] of Object.entries(constants) as [keyof Constants, string][]) {
    const option = (ctx.options as Record<string, unknown>)[field];
    // `why` picks the catalog's reason (import.mapConstant).
    const fail = (why: 'column' | 'option' | 'flow' | 'area' | 'period' | 'currency') => {
      throw new AppError('bad_input', {
        key: 'import.mapConstant',
        params: { field, value, file: ctx.fileName, why, option: option === undefined ? '' : String(option) },
      });
    };
    if (cols.has(field)) fail('column');
    if (option !== undefined && option !== value) fail('option');
    if (field === 'flow' && !flowOf(value)) fail('flow');
    if ((field === 'reporter' || field === 'partner') && !areaFromText(value)?.known) fail('area');
    if (field === 'period' && !parsePeriod(value)) fail('period');
    if (field === 'currency' && !/^[A-Z]{3}$/i.test(value)) fail('currency');
  }
  return constants;
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
    if (cols.has(field)) throw new AppError('bad_input', { key: 'import.mapTwice', params: { field } });
    cols.set(field, { index, type });
  }
  if (missing.length > 0) {
    // The mapping's own names are echoed; the file's header is not (no preview has shown it).
    throw new AppError('header_mismatch', {
      key: 'import.mapHeaderMismatch',
      params: { file: ctx.fileName, missing: missing.map((m) => `"${m}"`).join(', '), count: String(header.length) },
    });
  }
  return cols;
}
