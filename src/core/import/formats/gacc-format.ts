import { noteOf } from '../../../shared/error-text';
import { AppError } from '../../../shared/errors';
import { areaFromGacc } from '../../reference/areas';
import { DamageWatch } from './damaged-values';
import { gaccLayout, type GaccColumn } from './gacc-layout';
import { isMissing, parseGroupedMoney, parseQuantity } from './number-parse';
import { MissingOptionError } from './options-guess';
import { parsePeriod, type ParsedPeriod } from './period-parse';
import type { Format, FormatContext, RowMapper, RowOutcome } from './format-types';
import { castError, columnsNote } from './reject-notes';

/** GACC's query portal never returns more than this many rows: a file this long was cut off. */
export const GACC_ROW_CAP = 10_000;
/** Stored partner when the query was not broken down by partner: China's trade with the world. */
export const WORLD_PARTNER = 'WLD';

const CODE = /^[0-9A-Za-z]{1,12}$/;

/**
 * China customs (GACC) query downloads, in Chinese or English, any column order and any subset.
 * What the file never says comes from the options: the flow always (it is chosen in the query),
 * the period when the query had no date column. The reporter is China; the currency is the value
 * column's (人民币 → CNY, 美元 → USD). Regime and province are stored as GACC's codes where the
 * file has them (names where it has only names), so files in either language agree.
 */
export const gaccFormat: Format = {
  id: 'gacc',
  matches: (header) => gaccLayout(header) !== null,
  mapper: (header, ctx) => createMapper(header, ctx),
};

function createMapper(header: string[], ctx: FormatContext): RowMapper {
  const layout = gaccLayout(header)!;
  const { columns: col, currency } = layout;
  const { options } = ctx;
  const flow = options.flow;
  if (!flow)
    throw new MissingOptionError(
      'flow',
      'This China customs file does not say whether it holds imports or exports. Choose the flow (CLI: --flow import|export).',
    );
  if (options.reporter && options.reporter !== 'CHN') {
    throw new AppError('bad_input', { key: 'import.gaccReporter', params: { reporter: options.reporter } });
  }
  if (options.currency && options.currency !== currency) {
    throw new AppError('bad_input', { key: 'import.gaccCurrency', params: { currency, given: options.currency } });
  }
  let fixedPeriod: ParsedPeriod | null = null;
  if (col.period === undefined) {
    if (!options.period)
      throw new MissingOptionError(
        'period',
        'This China customs file has no date column (数据年月 / Date of data). Say which month or year it covers (CLI: --period 2024-01 or --period 2024).',
      );
    fixedPeriod = parsePeriod(options.period);
    if (!fixedPeriod) throw new AppError('bad_input', { key: 'import.badPeriod', params: { period: options.period } });
  }
  const need = header.reduce((n, h, i) => (h.trim() !== '' ? i + 1 : n), 0);
  const hasPartner = col.partnerCode !== undefined || col.partnerName !== undefined;
  const scale = options.scale ?? 1;

  const combined = new Set<string>();
  const unmapped = new Map<string, string>();
  let rows = 0;
  const damage = new DamageWatch();

  const map = (cells: string[]): RowOutcome => {
    if (cells.every((c) => c.trim() === '')) return { kind: 'skip' };
    rows++;
    const width = widthProblem(cells, need, header.length);
    if (width) return width;
    const get = (c: GaccColumn): string | undefined =>
      col[c] === undefined ? undefined : (cells[col[c]] ?? '').trim();

    const period = fixedPeriod ?? parsePeriod(get('period')!, { monthRanges: true });
    if (!period) return castError('reject.gaccDate', { text: get('period') ?? '' });
    if (period.freq === 'month' && period.periodMonths > 1) combined.add(`${get('period')} → ${period.period}`);

    const rawCode = get('code');
    if (rawCode !== undefined && !CODE.test(rawCode)) return castError('reject.commodityCode', { code: rawCode });
    // China's codes are HS (8 digits): one saved as a number (3079100) has lost its zero.
    const code = rawCode === undefined ? undefined : damage.code(rawCode, 'HS');
    const valueText = damage.value(get('value')!);
    if (isMissing(valueText)) return castError('reject.valueMissing');
    const money = parseGroupedMoney(valueText, scale);
    if (!money) return castError('reject.gaccValue', { value: valueText });
    const quantity = parseQuantity(get('quantity') ?? '');
    if (quantity === undefined) return castError('reject.quantity', { quantity: get('quantity') ?? '' });
    const quantity2 = parseQuantity(get('quantity2') ?? '');
    if (quantity2 === undefined) return castError('reject.quantity2', { quantity: get('quantity2') ?? '' });

    let partner = options.partner ?? WORLD_PARTNER;
    let partnerRaw: string | null = null;
    let groupRow = false;
    if (hasPartner) {
      const raw = present(get('partnerCode')) ?? present(get('partnerName'));
      if (!raw) return castError('reject.partnerMissing');
      // A GACC code with no ISO country of its own (199 other Asia, 701 unknown) is an area of its own: G199.
      const area = areaFromGacc(raw)!;
      partner = area.code;
      groupRow = area.kind !== 'leaf';
      if (!area.known) {
        partnerRaw = raw;
        if (unmapped.size < 50) unmapped.set(raw, present(get('partnerName')) ?? '');
      }
    }
    return {
      kind: 'record',
      record: {
        reporter: 'CHN',
        partner,
        partnerRaw,
        flow,
        period: period.period,
        freq: period.freq,
        periodMonths: period.freq === 'month' ? period.periodMonths : 1,
        classification: 'HS',
        code: code ?? 'TOTAL',
        description: get('description') ?? '',
        value: money.units,
        valueExp: money.exp,
        currency,
        quantity: measured(quantity, get('unit')),
        unit: present(get('unit')),
        quantity2: measured(quantity2, get('unit2')),
        unit2: present(get('unit2')),
        regime: present(get('regimeCode')) ?? present(get('regimeName')),
        province: present(get('provinceCode')) ?? present(get('provinceName')),
        sourceUrl: null,
        // Without a commodity column a row is every commodity; without a partner column, every partner.
        isAggregate: code === undefined || (!hasPartner && !options.partner) || groupRow,
      },
    };
  };

  const end = () => {
    damage.report(ctx);
    if (rows === GACC_ROW_CAP) {
      ctx.warn('gacc_row_cap', noteOf('warn.gaccRowCap'));
    }
    if (combined.size) {
      const list = [...combined].slice(0, 12).join(', ');
      ctx.warn('gacc_combined_months', noteOf('warn.gaccCombinedMonths', { list }));
    }
    if (unmapped.size) {
      const list = [...unmapped].map(([raw, name]) => (name && name !== raw ? `${raw} ${name}` : raw)).join(', ');
      ctx.warn('partner_unmapped', noteOf('warn.gaccPartnerUnmapped', { list }));
    }
  };
  const keyOf = (cells: string[]) => {
    const get = (c: GaccColumn): string | undefined =>
      col[c] === undefined ? undefined : (cells[col[c]] ?? '').trim();
    const raw = hasPartner ? (present(get('partnerCode')) ?? present(get('partnerName'))) : null;
    return {
      period: (fixedPeriod ?? parsePeriod(get('period') ?? '', { monthRanges: true }))?.period ?? null,
      reporter: 'CHN',
      flow,
      partner: hasPartner ? (raw ? (areaFromGacc(raw)?.code ?? null) : null) : (options.partner ?? WORLD_PARTNER),
    };
  };
  return { map, end, keyOf };
}

/**
 * A quantity in no unit: GACC writes "0" under the unit "?" where the goods have no such unit (soybeans
 * have no second unit; a chapter's rows mix units). That 0 was never counted, so it is no quantity.
 */
function measured(quantity: number | null, unit: string | undefined): number | null {
  return quantity === 0 && present(unit) === null ? null : quantity;
}

function present(text: string | undefined): string | null {
  return text === undefined || isMissing(text) ? null : text;
}

/**
 * Spreadsheet readers drop trailing empty cells and CSV rows carry the trailing comma's empty one:
 * a row may be shorter or longer than its header only by empty cells under empty headers.
 */
function widthProblem(cells: string[], need: number, width: number): RowOutcome | null {
  if (cells.length < need)
    return { kind: 'reject', reason: 'missing_columns', message: columnsNote(need, cells.length) };
  for (let i = need; i < cells.length; i++) {
    if (cells[i]!.trim() !== '')
      return {
        kind: 'reject',
        reason: 'too_many_columns',
        message: columnsNote(width, cells.length),
      };
  }
  return null;
}
