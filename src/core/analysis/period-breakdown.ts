import type { Breakdown } from '../../shared/analysis-types';
import { frequencyOf } from '../../shared/period';
import { proseLang, say } from '../messages';
import { buildBreakdown, type BreakdownDeps, type BreakdownQueryParsed } from './breakdown';
import { monthRanges } from './month-ranges';
import { periodIn } from './records';
import { storedFlows } from './perspective';
import { applyDefinition, buildSeries, type SeriesDeps } from './series';

/**
 * The `breakdown` method. A year asked for where no annual figure is held but months are (a GACC
 * monthly download): the year is the sum of the months held, and the breakdown says how many, so
 * "top --period 2024" on January–November data reads as what it is, not as the year. Where the year's
 * reported total is held, it wins: the months' items are not the year's, and none is listed as such.
 */
export function breakdownFor(deps: SeriesDeps & BreakdownDeps, q: BreakdownQueryParsed): Breakdown {
  const annual = buildBreakdown(deps, q);
  const lang = proseLang(q.lang);
  const by = say(lang, 'breakdown.by', { by: q.by });
  // Said as prose says a period: "March 2024", "2024년 3월"; a year as itself.
  const when = (p: string) => periodIn(p, lang);
  const spanOf = (from: string, upTo: string) =>
    from === upTo ? when(from) : say(lang, 'breakdown.span', { from: when(from), to: when(upTo) });
  if (annual.items.length) return annual;
  // Codes held in the range asked, but none of them listed in every cell of it (breakdown-parts.ts,
  // hideUnlisted): the breakdown's own note says so, not "only totals are held".
  const ownFreq = frequencyOf(q.from) === 'year' ? 'year' : 'month';
  const codesHeld = deps.breakdown
    .cells({
      reporter: q.reporter,
      partner: q.partner,
      flows: storedFlows(q.flow, q.subject),
      freq: ownFreq,
      from: q.from,
      to: q.to ?? q.from,
    })
    .some((c) => c.level !== 0);
  if (codesHeld && annual.total !== null && annual.unallocated !== null) {
    // Codes held only for some partners (Brazil's soybeans) beside the World's total: for all partners the total
    // is all there is, and "unallocated 100%" alone said nothing of why; --partner WLD said it.
    const totalsOnly =
      !annual.items.length && !annual.note && !annual.footnotes.length && annual.unallocated.share === 1;
    if (!totalsOnly) return annual;
    return { ...annual, note: say(lang, 'breakdown.totalsOnly', { period: spanOf(q.from, q.to ?? q.from), by }) };
  }
  const to = q.to ?? q.from;
  const years = frequencyOf(q.from) === 'year' && frequencyOf(to) === 'year';
  const span = years ? { from: `${q.from}-01`, to: `${to}-12` } : { from: q.from, to };
  const monthly = years ? buildBreakdown(deps, { ...q, ...span }) : annual;
  const selection = {
    reporter: q.reporter,
    partner: q.partner,
    flow: q.flow,
    subject: q.subject,
    hs: q.hs,
    excludeHs: q.excludeHs,
    def: q.def,
    ...span,
    frequency: 'month' as const,
    rates: [],
    currency: undefined,
    lang: 'en' as const,
  };
  // The months whose cells hold items (not only totals).
  const itemMonths = () =>
    [
      ...new Set(
        deps.breakdown
          .cells({
            reporter: q.reporter,
            partner: q.partner,
            flows: storedFlows(q.flow, q.subject),
            freq: 'month',
            ...span,
          })
          .filter((c) => c.level !== 0)
          .map((c) => c.period),
      ),
    ].sort();
  if (years && annual.total !== null) {
    const period = spanOf(q.from, to);
    // Items held in some months, listed or not (one month's codes are hidden by the others' totals alone).
    const months = itemMonths();
    const note = months.length
      ? say(lang, 'breakdown.annualTotal', { period, count: months.length, months: monthRanges(months, lang), by })
      : say(lang, 'breakdown.totalsOnly', { period, by });
    return { ...annual, note };
  }
  // A year of months that hold only their totals (China's summary workbook): the months' sum, all unallocated,
  // saying so. "No file held covers 2024" was the annual figure's reason, of a year whose 12 months are held.
  const monthsOnlyTotals = years && !monthly.items.length && monthly.total !== null && monthly.unallocated !== null;
  if (!monthly.items.length && !monthsOnlyTotals) {
    // Nothing to rank: say whether anything is held there at all, or only totals.
    const d = applyDefinition(selection, q.def ? deps.defs.get(q.def) : null);
    const held = buildSeries(deps, { ...d, def: undefined, hs: [], excludeHs: [] }).points.length > 0;
    // A year no annual file covers, where monthly files are held: their reason ("lists only partners Brazil,
    // the United States"), not "No file held covers 2024" of files that are there.
    const monthsHeld =
      years &&
      deps.scopes.rows({ reporter: q.reporter, flows: storedFlows(q.flow, q.subject), freq: 'month', ...span }).length >
        0;
    const base = monthsHeld && monthly.notCovered ? { ...annual, notCovered: monthly.notCovered } : annual;
    // Where no file covers the period, notCovered says so; "nothing is held" beside it would say it twice.
    if (!held && base.notCovered) return base;
    return {
      ...base,
      note: say(lang, held ? 'breakdown.totalsOnly' : 'breakdown.nothing', { period: spanOf(q.from, to), by }),
    };
  }
  // The months summed: those the selection's figure covers; where it covers none (a file of a few codes,
  // no total), those the items come from. It said "sums the 0 months held ()" beside a year of items.
  // Where it covers none, the months the listed codes cover, zeros and all: a GACC query download covers its codes
  // in every month of its span, and "sums the 9 months held (Jan–Feb, Jun–Dec)" said Argentina's March to May
  // soybeans were missing, where the file says they were none.
  const codes = q.by === 'code' ? monthly.items.map((i) => i.key) : [];
  let points = buildSeries(deps, selection).points;
  if (!points.length && codes.length) {
    const d = applyDefinition(selection, q.def ? deps.defs.get(q.def) : null);
    points = buildSeries(deps, { ...d, def: undefined, hs: codes, excludeHs: [] }).points;
  }
  const held = points.length ? points.map((p) => p.period) : itemMonths();
  const count = points.length ? points.reduce((n, p) => n + p.months, 0) : held.length;
  const year = q.from === to ? q.from : `${q.from}–${to}`;
  const whole = count === 12 * (Number(to) - Number(q.from) + 1);
  const note = whole
    ? say(lang, 'breakdown.allMonths', { year })
    : say(lang, 'breakdown.months', { year, count, months: monthRanges(held, lang) });
  if (!monthsOnlyTotals) return { ...monthly, note };
  const totalsOnly = say(lang, 'breakdown.totalsOnly', { period: spanOf(q.from, to), by });
  return { ...monthly, note, footnotes: [...monthly.footnotes, totalsOnly] };
}
