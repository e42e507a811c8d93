import { isAreaCode } from '../../../shared/area-code';
import { CANONICAL_HEADER } from '../../../shared/canonical-header';
import { parseDecimal } from '../../../shared/money';
import { frequencyOf, isPeriod } from '../../../shared/period';
import { unprotectCell } from '../../../shared/spreadsheet-safety';
import { DamageWatch } from './damaged-values';
import { partnerKind } from '../../reference/areas';
import type { Format, RowOutcome } from './format-types';

/** Tidemark's own CSV. The header is exact; an optional `source` column carries a URL per row. */
const WITH_SOURCE = [...CANONICAL_HEADER, 'source'];

const ISO3 = /^[A-Z]{3}$/;
const QUANTITY = /^-?\d+(\.\d+)?$/;

/** A plain loop: this runs once per row, and every() with a closure showed in the profile. */
function isBlank(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

/** Module level, not a closure made per row: that allocation (and tsx's name helper on it) showed in the parser's profile. */
const bad = (message: string): RowOutcome => ({ kind: 'reject', reason: 'cast_error', message });
const clean = (c: string): string => unprotectCell(c.trim());

function sameHeader(header: string[], want: readonly string[]): boolean {
  return header.length === want.length && want.every((h, i) => header[i]!.trim().toLowerCase() === h);
}

export const canonicalFormat: Format = {
  id: 'tidemark-csv',
  matches: (header) => sameHeader(header, CANONICAL_HEADER) || sameHeader(header, WITH_SOURCE),
  mapper: (header, ctx) => {
    const width = header.length;
    const damage = new DamageWatch();
    // Per code, once: -1 not an area code, 0 a country or area, 1 the world or a group (never added to its members).
    // A file holds few distinct codes; checking each row's two codes showed as +40% of this mapper's time.
    const kinds = new Map<string, number>();
    const kindOf = (code: string): number => {
      let k = kinds.get(code);
      if (k === undefined) {
        k = !isAreaCode(code) ? -1 : partnerKind(code) === 'leaf' ? 0 : 1;
        if (kinds.size < 10_000) kinds.set(code, k);
      }
      return k;
    };
    const map = (cells: string[]): RowOutcome => {
      if (isBlank(cells)) return { kind: 'skip' };
      if (cells.length < width)
        return {
          kind: 'reject',
          reason: 'missing_columns',
          message: `Expected ${width} columns, found ${cells.length}.`,
        };
      if (cells.length > width)
        return {
          kind: 'reject',
          reason: 'too_many_columns',
          message: `Expected ${width} columns, found ${cells.length}.`,
        };
      const [
        period,
        reporter,
        partner,
        flow,
        classification,
        rawCode,
        description,
        rawValue,
        currency,
        quantity,
        unit,
        source,
      ] = cells.map(clean) as string[];
      if (!isPeriod(period!)) return bad(`period "${period}" is not YYYY-MM or YYYY.`);
      if (kindOf(reporter!) < 0)
        return bad(
          `reporter "${reporter}" is not an area code (ISO 3166 alpha-3 such as CHN, or Tidemark's own such as C490).`,
        );
      const partnerKindOf = kindOf(partner!);
      if (partnerKindOf < 0)
        return bad(
          `partner "${partner}" is not an area code (ISO 3166 alpha-3 such as PRK, or Tidemark's own such as C490).`,
        );
      if (flow !== 'import' && flow !== 'export') return bad(`flow "${flow}" is neither import nor export.`);
      if (!rawCode) return bad('code is empty.');
      const code = damage.code(rawCode, classification || 'HS');
      const value = damage.value(rawValue!);
      const money = parseDecimal(value);
      if (!money) return bad(`value "${value}" is not a number with at most 3 decimals.`);
      if (!ISO3.test(currency!)) return bad(`currency "${currency}" is not an ISO 4217 code.`);
      if (quantity && !QUANTITY.test(quantity)) return bad(`quantity "${quantity}" is not a number.`);
      return {
        kind: 'record',
        record: {
          period: period!,
          freq: frequencyOf(period!),
          reporter: reporter!,
          partner: partner!,
          flow,
          classification: classification || 'HS',
          code,
          description: description ?? '',
          value: money.units,
          valueExp: money.exp,
          currency: currency!,
          quantity: quantity ? Number(quantity) : null,
          unit: unit || null,
          quantity2: null,
          unit2: null,
          regime: null,
          province: null,
          sourceUrl: source || null,
          isAggregate: code === 'TOTAL' || partnerKindOf === 1,
        },
      };
    };
    const keyOf = (cells: string[]) => {
      const [period, reporter, partner, flow] = cells.map(clean);
      return {
        period: period && isPeriod(period) ? period : null,
        reporter: reporter && ISO3.test(reporter) ? reporter : null,
        partner: partner && ISO3.test(partner) ? partner : null,
        flow: flow === 'import' || flow === 'export' ? flow : null,
      };
    };
    return { map, keyOf, end: () => damage.report(ctx) };
  },
};
