import type { z } from 'zod';
import type { Series, SeriesQuery } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { SeriesRepo } from '../db/series-repo';
import { yearOf } from '../../shared/period';
import { withChanges } from './changes';

/**
 * A monthly or annual series. A period counts only where every flow asked for has data; a covered
 * period where the commodity filter matches nothing is a true zero.
 */
export function buildSeries(repo: SeriesRepo, q: z.output<typeof SeriesQuery>): Series {
  const flows = q.flow === 'total' ? ['import', 'export'] : [q.flow];
  // Changes need history before `from`: read back to January of the prior year, show from `from`.
  const readFrom = q.from && (q.frequency === 'year' ? String(Number(yearOf(q.from)) - 1) : `${Number(yearOf(q.from)) - 1}-01`);
  const filter = { reporter: q.reporter, partner: q.partner, flows, hs: q.hs, excludeHs: q.excludeHs, from: readFrom, to: q.to, freq: q.frequency };
  const sums = repo.sums(filter);
  const currencies = [...new Set(sums.map((s) => s.currency))].sort();
  if (currencies.length > 1) {
    throw new AppError('mixed_currencies', `This series mixes currencies (${currencies.join(', ')}). Narrow it to one reporter or currency; Tidemark never adds different currencies together.`);
  }
  const flowsByPeriod = new Map<string, Set<string>>();
  for (const c of repo.coverage(filter)) {
    let s = flowsByPeriod.get(c.period);
    if (!s) flowsByPeriod.set(c.period, (s = new Set()));
    s.add(c.flow);
  }
  const values = new Map<string, number>();
  for (const [period, got] of flowsByPeriod) if (flows.every((f) => got.has(f))) values.set(period, 0);
  for (const s of sums) if (values.has(s.period)) values.set(s.period, values.get(s.period)! + s.milli);
  const points = withChanges(values, q.frequency).filter((p) => !q.from || p.period >= q.from);
  return { currency: currencies[0] ?? null, points };
}
