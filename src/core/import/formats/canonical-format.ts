import { isAreaCode } from '../../../shared/area-code';
import { CANONICAL_EXTRA, CANONICAL_HEADER, type CanonicalExtra } from '../../../shared/canonical-header';
import { parseDecimal, plainDecimalAt, type Money } from '../../../shared/money';
import { isPeriod } from '../../../shared/period';
import { unprotectCell } from '../../../shared/spreadsheet-safety';
import { DamageWatch, type DamageState } from './damaged-values';
import { partnerKind } from '../../reference/areas';
import { CellInterner, detached, isCleanVerbatim } from './field-reads';
import type { CodeCache, Format, MapperState, NewRecord, RowOutcome } from './format-types';
import type { FieldRow } from '../readers/reader-types';
import { castError, widthReject } from './reject-notes';

/** The columns past CANONICAL_HEADER that are not `source`: a row holding any goes the general way (map). */
type More = Pick<NewRecord, 'quantity2' | 'unit2' | 'regime' | 'province' | 'mot' | 'partner2'> & {
  periodMonths?: number;
  aggregate?: boolean;
};

const ISO3 = /^[A-Z]{3}$/;
/** Every flow Tidemark stores (Comtrade files carry re-exports and re-imports), so its own CSV export imports back. */
const CANONICAL_FLOWS = new Set(['import', 'export', 're-export', 're-import']);
/** An area code's kind (-1 not an area code, 0 a country or area, 1 the world or a group) and its first string. */
type Area = { kind: number; code: string };
const QUANTITY = /^-?\d+(\.\d+)?$/;

const isUpper = (c: number) => c >= 65 && c <= 90;
/** ISO3.test without the regex, which showed in the parser's profile (currency, every row). */
const isIso3 = (s: string) =>
  s.length === 3 && isUpper(s.charCodeAt(0)) && isUpper(s.charCodeAt(1)) && isUpper(s.charCodeAt(2));

/** A plain loop: this runs once per row, and every() with a closure showed in the profile. */
function isBlank(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

/**
 * Number(text) where QUANTITY matches it, else NaN. Up to 15 digits it divides the digits by a power
 * of ten instead: both exact, so the one rounding is the same as Number()'s and so is the result.
 */
function quantityOf(text: string): number {
  const q = plainQuantityAt(text, 0, text.length);
  return q === undefined ? generalQuantity(text) : q;
}

/** quantityOf's plain case, read in place from text[from, to); undefined for any other text. */
function plainQuantityAt(text: string, from: number, to: number): number | undefined {
  const start = from < to && text.charCodeAt(from) === 45 /* - */ ? from + 1 : from;
  let units = 0;
  let scale = 1;
  let point = -1;
  for (let i = start; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      units = units * 10 + (c - 48);
      if (point !== -1) scale *= 10;
    } else if (c === 46 /* . */ && point === -1 && i > start && i < to - 1) point = i;
    else return undefined;
  }
  if (to === start || to - start - (point === -1 ? 0 : 1) > 15) return undefined;
  return start > from ? -(units / scale) : units / scale;
}

const generalQuantity = (text: string): number => (QUANTITY.test(text) ? Number(text) : NaN);

/** c.trim() and unprotectCell, skipped when the first and last characters show neither has anything to do. */
function clean(c: string): string {
  const n = c.length;
  if (n === 0) return c;
  const first = c.charCodeAt(0);
  // Above space and not an apostrophe at the start, above space at the end: nothing to trim or unprotect.
  if (first > 32 && first !== 39 && first < 127 && c.charCodeAt(n - 1) > 32 && c.charCodeAt(n - 1) < 127) return c;
  return unprotectCell(c.trim());
}

/**
 * The CANONICAL_EXTRA columns a header holds after CANONICAL_HEADER, with their index; null where it
 * is not Tidemark's CSV (the base columns differ, or an extra is unknown, repeated or out of order).
 */
function extraColumns(header: string[]): Map<CanonicalExtra, number> | null {
  const name = (i: number) => header[i]!.trim().toLowerCase();
  if (header.length < CANONICAL_HEADER.length || !CANONICAL_HEADER.every((h, i) => name(i) === h)) return null;
  const at = new Map<CanonicalExtra, number>();
  let last = -1;
  for (let i = CANONICAL_HEADER.length; i < header.length; i++) {
    const k = CANONICAL_EXTRA.indexOf(name(i) as CanonicalExtra);
    if (k <= last) return null;
    at.set(CANONICAL_EXTRA[k]!, i);
    last = k;
  }
  return at;
}

/** A monthly figure's months, ending at its period: 1 to the period's month (an annual figure: 1 or 12). */
function monthsOf(text: string, period: string): number | null {
  if (text === '') return 1;
  if (!/^\d{1,2}$/.test(text)) return null;
  const n = Number(text);
  const most = period.length === 4 ? 12 : Number(period.slice(5, 7));
  return n >= 1 && n <= most && (period.length !== 4 || n === 1 || n === 12) ? n : null;
}

/**
 * The fast path's interners, one set per thread: pure caches (a value for its cell's text), so the
 * mappers a thread makes one after another (a parser worker's byte ranges, parse-ranges.ts) share them
 * warm, instead of each allocating 2 MB of tables and filling them again. Rows are mapped one at a
 * time, so no two mappers' reads interleave.
 */
let interners: {
  periods: CellInterner<boolean>;
  areas: CellInterner<Area>;
  words: CellInterner;
  codes: CellInterner;
} | null = null;

/** An area code's kind, a pure function of its text (so the thread's interner may keep it per value). */
const areaOfText = (code: string): Area => ({
  kind: !isAreaCode(code) ? -1 : partnerKind(code) === 'leaf' ? 0 : 1,
  code,
});

export const canonicalFormat: Format = {
  id: 'tidemark-csv',
  matches: (header) => extraColumns(header) !== null,
  mapper: (header, ctx) => {
    const width = header.length;
    const extras = extraColumns(header) ?? new Map<CanonicalExtra, number>();
    const sourceAt = extras.get('source');
    // Any column past the base but `source`: such a file's rows are read by map, which checks each.
    const more = [...extras.keys()].some((k) => k !== 'source');
    const damage = new DamageWatch();
    // Per code, once: -1 not an area code, 0 a country or area, 1 the world or a group (never added to its members).
    // A file holds few distinct codes; checking each row's two codes showed as +40% of this mapper's time.
    // The entry also holds the code's first string, which the row then uses instead of its own copy:
    // the batch's string table finds a string it has seen (hash kept) faster than a fresh one.
    const kinds = new Map<string, Area>();
    const areaOf = (code: string): Area => {
      let k = kinds.get(code);
      if (k === undefined) {
        k = areaOfText(code);
        if (kinds.size < 10_000) kinds.set(code, k);
      }
      return k;
    };
    const record = (
      period: string,
      reporterArea: Area,
      partnerArea: Area,
      flow: string,
      classification: string,
      code: string,
      description: string,
      money: Money,
      currency: string,
      quantity: number | null,
      unit: string,
      source: string | undefined,
      cache: CodeCache | undefined,
      extra?: More,
    ): RowOutcome => ({
      kind: 'record',
      cache,
      record: {
        period,
        freq: period.length === 4 ? 'year' : 'month',
        reporter: reporterArea.code,
        partner: partnerArea.code,
        flow,
        classification: classification || 'HS',
        code,
        description,
        value: money.units,
        valueExp: money.exp,
        currency,
        quantity,
        unit: unit || null,
        quantity2: null,
        unit2: null,
        regime: null,
        province: null,
        sourceUrl: source || null,
        isAggregate: code === 'TOTAL' || partnerArea.kind === 1,
        ...(extra && {
          quantity2: extra.quantity2,
          unit2: extra.unit2,
          regime: extra.regime,
          province: extra.province,
          mot: extra.mot,
          partner2: extra.partner2,
          periodMonths: extra.periodMonths,
          isAggregate: extra.aggregate ?? (code === 'TOTAL' || partnerArea.kind === 1),
        }),
      },
    });
    /** The extra columns of a row (or why one is refused). */
    const moreOf = (cells: string[], period: string): More | RowOutcome => {
      const get = (k: CanonicalExtra) => {
        const i = extras.get(k);
        return i === undefined ? '' : clean(cells[i]!);
      };
      const months = monthsOf(get('months'), period);
      if (months === null) return castError('reject.canonicalMonths', { months: get('months'), period });
      const q2 = get('quantity2');
      const quantity2 = q2 ? quantityOf(q2) : null;
      if (Number.isNaN(quantity2)) return castError('reject.quantity2', { quantity: q2 });
      const aggregate = get('aggregate');
      if (aggregate !== '' && aggregate !== '1' && aggregate !== '0')
        return castError('reject.canonicalAggregate', { aggregate });
      const text = (k: CanonicalExtra) => get(k) || null;
      return {
        quantity2,
        unit2: text('unit2'),
        regime: text('regime'),
        province: text('province'),
        mot: text('mode_of_transport'),
        partner2: text('partner2'),
        periodMonths: months,
        aggregate: aggregate === '' ? undefined : aggregate === '1',
      };
    };
    const map = (cells: string[]): RowOutcome => {
      if (isBlank(cells)) return { kind: 'skip' };
      if (cells.length !== width) return widthReject(width, cells.length);
      // By index, not cells.map(clean) and destructuring: that array per row showed in the profile.
      const period = clean(cells[0]!);
      const reporterArea = areaOf(clean(cells[1]!));
      const partnerArea = areaOf(clean(cells[2]!));
      const reporter = reporterArea.code;
      const partner = partnerArea.code;
      const flow = clean(cells[3]!);
      const classification = clean(cells[4]!);
      const rawCode = clean(cells[5]!);
      const description = clean(cells[6]!);
      const rawValue = clean(cells[7]!);
      const currency = clean(cells[8]!);
      const quantity = clean(cells[9]!);
      const unit = clean(cells[10]!);
      const source = sourceAt === undefined ? undefined : clean(cells[sourceAt]!);
      if (!isPeriod(period)) return castError('reject.canonicalPeriod', { period });
      const extra = more ? moreOf(cells, period) : undefined;
      if (extra && 'kind' in extra) return extra;
      if (reporterArea.kind < 0) return castError('reject.canonicalArea', { role: 'reporter', code: reporter });
      const partnerKindOf = partnerArea.kind;
      if (partnerKindOf < 0) return castError('reject.canonicalArea', { role: 'partner', code: partner });
      if (!CANONICAL_FLOWS.has(flow)) return castError('reject.canonicalFlow', { flow });
      if (!rawCode) return castError('reject.codeEmpty');
      const code = damage.code(rawCode, classification || 'HS');
      const value = damage.value(rawValue);
      const money = parseDecimal(value);
      if (!money) return castError('reject.decimalValue', { value });
      if (!isIso3(currency)) return castError('reject.currency', { currency });
      const quantityValue = quantity ? quantityOf(quantity) : null;
      if (Number.isNaN(quantityValue)) return castError('reject.quantity', { quantity });
      return record(
        period,
        reporterArea,
        partnerArea,
        flow,
        classification,
        code,
        description,
        money,
        currency,
        quantityValue,
        unit,
        source,
        undefined,
        extra,
      );
    };
    const keyOf = (cells: string[]) => {
      const [period, reporter, partner, flow] = cells.map(clean);
      return {
        period: period && isPeriod(period) ? period : null,
        reporter: reporter && ISO3.test(reporter) ? reporter : null,
        partner: partner && ISO3.test(partner) ? partner : null,
        flow: flow && CANONICAL_FLOWS.has(flow) ? flow : null,
      };
    };
    // The fast path (FieldRow): each column interned from the parser's text, a description made once
    // per change of its code's raw text. Any row it does not read as plainly valid goes to map, before
    // anything with a side effect (damage's counts), so rejects and warnings are map's own.
    const { periods, areas, words, codes } = (interners ??= {
      periods: new CellInterner(10, isPeriod),
      areas: new CellInterner(10, areaOfText),
      words: new CellInterner(10),
      codes: new CellInterner(16),
    });
    const describe = (cell: string) => detached(clean(cell));
    const at = (f: FieldRow, i: number, t: CellInterner<unknown>) => t.get(f, i);
    const areaAt = (f: FieldRow, i: number) => {
      areas.get(f, i);
      return areas.derived();
    };
    const mapFields = (f: FieldRow): RowOutcome | null => {
      // A first cell with a printable character: not blank.
      if (more || f.count !== width || f.starts[0] === f.ends[0]) return null;
      for (let i = 0; i < width; i++) if (i !== 6 && !isCleanVerbatim(f, i)) return null;
      const text = f.text;
      const period = at(f, 0, periods);
      if (!periods.derived()) return null;
      // The interner's Area per value, not areaOf's Map: a lookup per row less (and one cache miss).
      const reporterArea = areaAt(f, 1);
      const partnerArea = areaAt(f, 2);
      if (reporterArea.kind < 0 || partnerArea.kind < 0) return null;
      const flow = at(f, 3, words);
      if (flow !== 'import' && flow !== 'export') return null;
      const classification = at(f, 4, words);
      const rawCode = at(f, 5, codes);
      if (!rawCode) return null;
      const money = plainDecimalAt(text, f.starts[7]!, f.ends[7]!);
      if (!money) return null;
      const currency = at(f, 8, words);
      if (!isIso3(currency)) return null;
      const quantityValue = f.starts[9] === f.ends[9] ? null : plainQuantityAt(text, f.starts[9]!, f.ends[9]!);
      if (quantityValue === undefined) return null;
      const unit = at(f, 10, words);
      const source = sourceAt === undefined ? undefined : text.slice(f.starts[sourceAt], f.ends[sourceAt]);
      const code = damage.code(rawCode, classification || 'HS');
      const description = codes.companion(f, 6, describe);
      const cache = codes.cacheOfLast();
      return record(
        period,
        reporterArea,
        partnerArea,
        flow,
        classification,
        code,
        description,
        money,
        currency,
        quantityValue,
        unit,
        source,
        cache,
      );
    };
    const split = { state: () => damage.state(), absorb: (s: MapperState) => damage.absorb(s as DamageState) };
    return { map, mapFields, keyOf, end: () => damage.report(ctx), split };
  },
};
