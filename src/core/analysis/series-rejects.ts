import type { AnalysisSeries } from '../../shared/analysis-types';
import type { RejectedRepo } from '../db/rejected-repo';
import { say } from '../messages';
import { storedFlows } from './perspective';
import { applyDefinition, type SeriesDeps, type SeriesQueryParsed } from './series';

/**
 * A period some of whose rows could not be read is marked incomplete, naming the file and batch:
 * its figure is what was read, not necessarily what the file holds. Rows that could not be dated
 * qualify the whole series in a footnote.
 */
export function markRejected(
  deps: SeriesDeps & { rejected: RejectedRepo },
  input: SeriesQueryParsed,
  s: AnalysisSeries,
): AnalysisSeries {
  if (s.points.length === 0) return s;
  const q = applyDefinition(input, input.def ? deps.defs.get(input.def) : null);
  const selection = {
    reporter: q.reporter,
    partner: q.partner,
    flows: storedFlows(q.flow, q.subject),
    from: s.points[0]!.period,
    to: s.points[s.points.length - 1]!.period,
  };
  const byPeriod = new Map<string, string>();
  for (const r of deps.rejected.dated(selection)) {
    if (!byPeriod.has(r.period))
      byPeriod.set(r.period, say(q.lang, 'rejects.month', { count: r.rows, file: r.file, batch: r.batchId }));
  }
  const undated = deps.rejected
    .undated(selection)
    .map((b) => say(q.lang, 'rejects.undated', { count: b.rows, file: b.file, batch: b.batchId }));
  if (byPeriod.size === 0 && undated.length === 0) return s;
  let marked = 0;
  const points = s.points.map((p) => {
    const why = byPeriod.get(p.period);
    if (!why || p.incomplete) return p;
    marked++;
    return { ...p, incomplete: why };
  });
  return {
    ...s,
    points,
    footnotes: [...s.footnotes, ...(marked ? [say(q.lang, 'rejects.footnote', { count: marked })] : []), ...undated],
  };
}
