import type { Breakdown } from '../../shared/analysis-types';
import { frequencyOf } from '../../shared/period';
import type { BreakdownRepo } from '../db/breakdown-repo';
import { say } from '../messages';
import { buildBreakdown, type BreakdownQueryParsed } from './breakdown';
import { monthRanges } from './month-ranges';
import { buildSeries, type SeriesDeps } from './series';

/**
 * The `breakdown` method. A year asked for where no annual figure is held but months are (a GACC
 * monthly download): the year is the sum of the months held, and the breakdown says how many, so
 * "top --period 2024" on January–November data reads as what it is, not as the year.
 */
export function breakdownFor(deps: SeriesDeps & { breakdown: BreakdownRepo }, q: BreakdownQueryParsed): Breakdown {
  const annual = buildBreakdown(deps.breakdown, deps.defs, q);
  const to = q.to ?? q.from;
  if (annual.items.length || frequencyOf(q.from) !== 'year' || frequencyOf(to) !== 'year') return annual;
  const span = { from: `${q.from}-01`, to: `${to}-12` };
  const monthly = buildBreakdown(deps.breakdown, deps.defs, { ...q, ...span });
  if (!monthly.items.length) return annual;
  const held = buildSeries(deps, {
    reporter: q.reporter, partner: q.partner, flow: q.flow, subject: q.subject, hs: q.hs, excludeHs: q.excludeHs, def: q.def,
    ...span, frequency: 'month', rates: [], currency: undefined,
  }).points;
  const count = held.reduce((n, p) => n + p.months, 0);
  const year = q.from === to ? q.from : `${q.from}–${to}`;
  const whole = count === 12 * (Number(to) - Number(q.from) + 1);
  const note = whole ? say('en', 'breakdown.allMonths', { year }) : say('en', 'breakdown.months', { year, count, months: monthRanges(held.map((p) => p.period)) });
  return { ...monthly, note };
}
