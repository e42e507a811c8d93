import type { AnalysisSeries } from '../../shared/analysis-types';
import { yearOf } from '../../shared/period';
import { say } from '../messages';
import { applyDefinition, buildSeries, type SeriesDeps, type SeriesQueryParsed } from './series';

/**
 * Why a series has no points, so an empty result is never silent: only annual figures are held
 * (ask for an annual series), only totals are held (a commodity filter cannot apply), the data held
 * lie outside the span asked for, or no file covers the series at all. Each answer re-reads the
 * series with one condition relaxed; this runs only for an empty series.
 */
export function emptyReason(deps: SeriesDeps, q: SeriesQueryParsed, s: AnalysisSeries): string | undefined {
  if (s.points.length) return undefined;
  const label = s.label || 'this series';
  const span = spanText(q.from, q.to);
  if (q.frequency === 'month') {
    const annual = buildSeries(deps, {
      ...q,
      frequency: 'year',
      from: q.from && yearOf(q.from),
      to: q.to && yearOf(q.to),
    });
    if (annual.points.length)
      return say('en', 'empty.frequency', { label, span, years: annual.points.map((p) => p.period).join(', ') });
  }
  const d = applyDefinition(q, q.def ? deps.defs.get(q.def) : null);
  if (d.hs.length || d.excludeHs.length) {
    const allGoods = buildSeries(deps, { ...d, def: undefined, hs: [], excludeHs: [] });
    if (allGoods.points.length) {
      const filter = [
        ...(d.hs.length ? [`only HS ${d.hs.join(', ')}`] : []),
        ...(d.excludeHs.length ? [`excluding HS ${d.excludeHs.join(', ')}`] : []),
      ].join(', ');
      return say('en', 'empty.totalsOnly', { label, span, filter });
    }
  }
  if (q.from || q.to) {
    const ever = buildSeries(deps, { ...q, from: undefined, to: undefined });
    const held = ever.points.map((p) => p.period);
    if (held.length) return say('en', 'empty.outside', { label, first: held[0]!, last: held[held.length - 1]!, span });
  }
  // The core's own reason where it gives one (what no file covers), else ours.
  return s.missing[0]?.reason ?? say('en', 'empty.notCovered', { label });
}

function spanText(from: string | undefined, to: string | undefined): string {
  if (from && to) return say('en', 'empty.spanFromTo', { from, to });
  if (from) return say('en', 'empty.spanFrom', { from });
  if (to) return say('en', 'empty.spanTo', { to });
  return '';
}
