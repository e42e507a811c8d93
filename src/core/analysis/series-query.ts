import type { AnalysisSeries } from '../../shared/analysis-types';
import type { RejectedRepo } from '../db/rejected-repo';
import { annualSeries } from './annual';
import { buildSeries, type SeriesDeps, type SeriesQueryParsed } from './series';
import { emptyReason } from './series-empty';
import { markRejected } from './series-rejects';
import { checkSpan } from './series-span';

export type SeriesQueryDeps = SeriesDeps & { rejected: RejectedRepo };

/**
 * The `series` method: the span checked, an annual series built from annual figures or summed
 * months, periods with unread rows marked incomplete, and an empty series told why it is empty.
 */
export function seriesFor(deps: SeriesQueryDeps, input: SeriesQueryParsed): AnalysisSeries {
  const q = checkSpan(input);
  const mark = (s: AnalysisSeries) => markRejected(deps, q, s);
  const s = q.frequency === 'year' ? mark(annualSeries(deps, q, mark)) : mark(buildSeries(deps, q));
  const why = emptyReason(deps, q, s);
  if (!why) return s;
  return { ...s, emptyReason: why.reason, ...(why.annualYears ? { annualYears: why.annualYears } : {}) };
}
