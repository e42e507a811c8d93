import { AppError } from '../../shared/errors';
import { frequencyOf } from '../../shared/period';
import { say } from '../messages';
import type { SeriesQueryParsed } from './series';

/**
 * A series' span, made unambiguous before anything is read. A monthly series bounded by years runs
 * over those years' months (from 2010 is 2010-01, to 2010 is 2010-12). An annual series bounded by
 * a month is refused: reading "2010-01" as a year bound would silently drop 2010. A span that ends
 * before it starts is refused, never an empty series.
 */
export function checkSpan(q: SeriesQueryParsed): SeriesQueryParsed {
  const { from, to } = q;
  if (q.frequency === 'year') {
    const month = [from, to].find((p) => p !== undefined && frequencyOf(p) === 'month');
    if (month) throw new AppError('bad_input', say('en', 'span.annualMonths', { year: month.slice(0, 4), month }));
  }
  const start = from && frequencyOf(from) === 'year' ? `${from}-01` : from;
  const end = to && frequencyOf(to) === 'year' ? `${to}-12` : to;
  if (start && end && start > end)
    throw new AppError('bad_input', say('en', 'span.backwards', { from: from!, to: to! }));
  return q.frequency === 'month' ? { ...q, from: start, to: end } : q;
}
