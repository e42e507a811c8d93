import { noteOf, type StoredNote } from '../../../shared/error-text';
import { parseDecimal } from '../../../shared/money';
import { areaFromComtrade, type PartnerKind } from '../../reference/areas';
import { comtradeFlow, comtradeLayout, comtradeVariant, type ComtradeLayout } from './comtrade-columns';
import { DamageWatch, type DamageState } from './damaged-values';
import { MissingOptionError } from './options-guess';
import type { Format, FormatContext, MapperState, RowMapper, RowOutcome } from './format-types';
import { castError, widthReject } from './reject-notes';

type ComtradeState = [
  damage: DamageState,
  breakdowns: number,
  warned: [code: string, key: string, message: StoredNote][],
];

/**
 * UN Comtrade data in every shape researchers download it: Comtrade+ portal CSV, bulk TSV and API
 * JSON, legacy web CSV (35 and 12 columns) and legacy API JSON. Values are US dollars. World rows
 * (partner 0 / W00) and TOTAL rows are aggregates; so is any code with more detailed codes under it
 * in the same file (`nestedCodes`), whatever aggregate level the file says.
 */
export const comtradeFormat: Format = {
  id: 'comtrade',
  matches: (header) => comtradeVariant(header) !== null,
  mapper: (header, ctx) => createMapper(header, ctx),
};

const NO_UNIT = new Set(['', 'n/a', 'no quantity', 'na']);
/** Comtrade's values for "all modes of transport / customs procedures / second partners". */
const ALL = new Set(['', '0', 'c00', '-1', 'w00']);

type Place = { code: string; kind: PartnerKind; raw: string | null };

function createMapper(header: string[], ctx: FormatContext): RowMapper {
  const col = comtradeLayout(header);
  const width = header.length;
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
  const fromOptions = requireOption(col, ctx);

  // Each warning given once, by its key; in order with its message, for a file parsed in ranges.
  const warned = new Map<string, [code: string, key: string, message: StoredNote]>();
  const warnOnce = (code: string, key: string, message: StoredNote) => {
    if (warned.has(`${code}:${key}`)) return;
    warned.set(`${code}:${key}`, [code, key, message]);
    ctx.warn(code, message);
  };
  let breakdowns = 0;
  const damage = new DamageWatch();
  const places = new Map<string, Place>();
  const place = (code: string, iso: string, name: string, role: 'reporter' | 'partner'): Place => {
    const key = `${role}\u0000${code}\u0000${iso}\u0000${name}`;
    let p = places.get(key);
    if (p) return p;
    const m = areaFromComtrade(code, iso, name) ?? { code: '?', kind: 'leaf', known: false };
    p = { code: m.code, kind: m.kind, raw: m.known ? null : code || iso || name };
    if (!m.known) {
      warnOnce(
        'unknown_area',
        key,
        noteOf('warn.unknownArea', { role, name: [code, iso, name].filter(Boolean).join(' '), code: m.code }),
      );
    }
    if (places.size < 10_000) places.set(key, p);
    return p;
  };

  const map = (cells: string[]): RowOutcome => {
    if (cells.every((c) => c.trim() === '')) return { kind: 'skip' };
    if (cells.length !== width) return widthReject(width, cells.length);
    const get = (field: keyof ComtradeLayout) => cell(cells, col[field]);

    // Breakdowns by second partner, customs procedure or transport mode restate part of a total row
    // (C00, mode 0, partner2 0). Each split is kept with its code (regime, mot, partner2), so a figure
    // reads the total where one is held and one split's parts only where none is: never both.
    const customs = get('customsCode');
    const mot = get('motCode');
    const partner2 = get('partner2Code');
    const breakdown =
      !ALL.has(partner2.toLowerCase()) || !ALL.has(customs.toLowerCase()) || !ALL.has(mot.toLowerCase());
    if (breakdown) breakdowns++;
    const period = periodOf(get('period'), get('year'), get('month'), get('freq'));
    if (!period) return castError('reject.comtradePeriod', { period: get('period') || get('year') });

    const flowText = get('flowCode');
    const flow =
      comtradeFlow(flowText) ??
      comtradeFlow(get('flowDesc')) ??
      (col.flowCode < 0 && col.flowDesc < 0 ? (ctx.options.flow ?? null) : null);
    if (!flow) return castError('reject.comtradeFlow', { flow: flowText || get('flowDesc') });

    const reporter =
      col.reporterCode < 0 && col.reporterIso < 0 && col.reporterName < 0
        ? { code: ctx.options.reporter!, kind: 'leaf', raw: null }
        : place(get('reporterCode'), get('reporterIso'), get('reporterName'), 'reporter');
    const partner =
      col.partnerCode < 0 && col.partnerIso < 0 && col.partnerName < 0
        ? { code: ctx.options.partner!, kind: 'leaf', raw: null }
        : place(get('partnerCode'), get('partnerIso'), get('partnerName'), 'partner');

    const valueText = damage.value(get('value'));
    const money = parseDecimal(valueText);
    if (!money)
      return valueText ? castError('reject.decimalValue', { value: valueText }) : castError('reject.valueEmpty');

    const classification = get('classification') || 'HS';
    const rawCode = col.code < 0 ? 'TOTAL' : get('code');
    if (!rawCode) return castError('reject.commodityCodeEmpty');
    const code = damage.code(rawCode, classification);
    const quantity = numberOrNull(get('qty'));
    const unit = NO_UNIT.has(get('qtyUnit').toLowerCase()) ? null : get('qtyUnit');
    const altQty = numberOrNull(get('altQty'));
    const altUnit = NO_UNIT.has(get('altQtyUnit').toLowerCase()) ? null : get('altQtyUnit');
    const netWeight = numberOrNull(get('netWeight'));
    const second =
      altQty !== null && altUnit ? { q: altQty, u: altUnit } : netWeight !== null ? { q: netWeight, u: 'kg' } : null;

    return {
      kind: 'record',
      record: {
        reporter: reporter.code,
        partner: partner.code,
        flow,
        period: period.period,
        freq: period.freq,
        classification,
        code,
        description: get('description'),
        value: money.units,
        valueExp: money.exp,
        currency: 'USD',
        quantity,
        unit: quantity === null ? null : unit,
        quantity2: second?.q ?? null,
        unit2: second?.u ?? null,
        regime: breakdown && !ALL.has(customs.toLowerCase()) ? customs : null,
        province: null,
        mot: ALL.has(mot.toLowerCase()) ? null : mot,
        partner2: ALL.has(partner2.toLowerCase()) ? null : partner2,
        sourceUrl: null,
        // The world and groups (EU, ASEAN) as partners restate their members' trade: never added to them.
        // A group as reporter (EU-28) reports its own trade; only a "World" reporter sums others.
        isAggregate:
          breakdown || partner.kind !== 'leaf' || reporter.kind === 'world' || code.toUpperCase() === 'TOTAL',
        partnerRaw: partner.raw,
      },
    };
  };
  const keyOf = (cells: string[]) => {
    const get = (field: keyof ComtradeLayout) => cell(cells, col[field]);
    // As the row would store it: the area's code, known or not.
    const iso = (code: string, alpha: string, name: string, given: string | undefined) => {
      if (!code && !alpha && !name) return given ?? null;
      return areaFromComtrade(code, alpha, name)?.code ?? null;
    };
    return {
      period: periodOf(get('period'), get('year'), get('month'), get('freq'))?.period ?? null,
      flow:
        comtradeFlow(get('flowCode')) ??
        comtradeFlow(get('flowDesc')) ??
        (col.flowCode < 0 && col.flowDesc < 0 ? (ctx.options.flow ?? null) : null),
      reporter: iso(get('reporterCode'), get('reporterIso'), get('reporterName'), ctx.options.reporter),
      partner: iso(get('partnerCode'), get('partnerIso'), get('partnerName'), ctx.options.partner),
    };
  };
  return {
    map,
    keyOf,
    nestedCodes: true,
    split: {
      state: (): ComtradeState => [damage.state(), breakdowns, [...warned.values()]],
      absorb: (s: MapperState) => {
        const [d, b, once] = s as ComtradeState;
        for (const [code, key, message] of once) warnOnce(code, key, message);
        breakdowns += b;
        damage.absorb(d);
      },
    },
    end: () => {
      damage.report(ctx);
      if (breakdowns > 0) ctx.warn('breakdowns_kept_as_aggregates', noteOf('warn.breakdowns', { count: breakdowns }));
      if (fromOptions.length > 0)
        ctx.warn('from_options', noteOf('warn.fromOptions', { file: ctx.fileName, fields: fromOptions.join('-') }));
    },
  };
}

/** What the file does not say must come from the user, never from a guess. */
function requireOption(col: ComtradeLayout, ctx: FormatContext): string[] {
  const need: [boolean, 'reporter' | 'partner' | 'flow', string][] = [
    [
      col.reporterCode < 0 && col.reporterIso < 0 && col.reporterName < 0,
      'reporter',
      '--reporter ISO3 (e.g. --reporter CHN)',
    ],
    [
      col.partnerCode < 0 && col.partnerIso < 0 && col.partnerName < 0,
      'partner',
      '--partner ISO3 (e.g. --partner PRK)',
    ],
    [col.flowCode < 0 && col.flowDesc < 0, 'flow', '--flow import|export'],
  ];
  for (const [missing, option, flag] of need) {
    if (missing && !ctx.options[option]) {
      throw new MissingOptionError(
        option,
        `${ctx.fileName} does not say its ${option}: give it with ${flag}, or in the import dialog.`,
      );
    }
  }
  return need.filter(([missing]) => missing).map(([, option]) => option);
}

function numberOrNull(text: string): number | null {
  if (!text) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Comtrade's periods: "2020" or "202011"; or refYear with refMonth (52 means the whole year). */
export function periodOf(
  period: string,
  year: string,
  month: string,
  freq: string,
): { period: string; freq: 'month' | 'year' } | null {
  const p = period || year;
  let m = /^(\d{4})$/.exec(p);
  if (m && (freq.toUpperCase() !== 'M' || !month)) return { period: m[1]!, freq: 'year' };
  m = /^(\d{4})-?(0[1-9]|1[0-2])$/.exec(p);
  if (m) return { period: `${m[1]}-${m[2]}`, freq: 'month' };
  if (/^\d{4}$/.test(year) && /^([1-9]|0[1-9]|1[0-2])$/.test(month))
    return { period: `${year}-${month.padStart(2, '0')}`, freq: 'month' };
  return null;
}
