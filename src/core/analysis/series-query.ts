import type { AnalysisSeries } from '../../shared/analysis-types';
import type { RejectedRepo } from '../db/rejected-repo';
import { annualSeries } from './annual';
import { buildSeries, type SeriesDeps, type SeriesQueryParsed } from './series';
import { emptyReason } from './series-empty';
import { markRejected } from './series-rejects';
import { checkSpan } from './series-span';
import { familyOf } from '../../shared/classification';
import { normalizeSelection } from './code-tree';
import { createCoverage } from './coverage';
import { storedFlows } from './perspective';
import { applyDefinition } from './definition-query';

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
  return {
    ...s,
    missing: pairSpan(deps, q, s.missing),
    emptyReason: why.reason,
    ...(why.annualYears ? { annualYears: why.annualYears } : {}),
  };
}

/**
 * A series with no figure has no span of its own: its periods "not covered" are those of its pair's files, from
 * the first period a file covers the pair to the last. A definition of HS 2701 for China and North Korea, whose
 * files end in August 2021, listed 63 months to October 2025 as not covered, the months of China's soybean files
 * of other partners; a chart drew them all. Where no file covers the pair at all, every period stays.
 */
function pairSpan(deps: SeriesDeps, input: SeriesQueryParsed, missing: AnalysisSeries['missing']) {
  const q = applyDefinition(input, input.def ? deps.defs.get(input.def) : null);
  if (!q.partner) return missing;
  const flows = storedFlows(q.flow, q.subject);
  const rows = deps.scopes.rows({ reporter: q.reporter, flows, freq: q.frequency });
  const coverage = createCoverage(deps.scopes, rows);
  const family = q.classification ? familyOf(q.classification) : undefined;
  const need = {
    reporter: q.reporter,
    partner: q.partner,
    family: family ?? 'HS',
    selection: normalizeSelection([], []),
  };
  const covered = rows
    .filter((r) => (family ? r.family === family : true))
    .filter((r) => coverage.coversPartner({ ...need, family: r.family }, r.flow, r.period))
    .map((r) => r.period)
    .sort();
  if (!covered.length) return missing;
  const [first, last] = [covered[0]!, covered[covered.length - 1]!];
  return missing.filter((m) => m.period >= first && m.period <= last);
}
