import type { SeriesPoint } from '../../../shared/domain';
import { shiftMonth } from '../../../shared/period';

const MONTH = /^\d{4}-\d{2}$/;

/**
 * Every month from the first point to the last, with null where there is no figure, so that a year
 * without data takes a year's width on the axis and shows as a gap instead of a straight line.
 */
export function monthAxis(points: SeriesPoint[]): { labels: string[]; values: (number | null)[] } {
  if (points.length === 0 || !points.every((p) => MONTH.test(p.period))) {
    return { labels: points.map((p) => p.period), values: points.map((p) => p.value) };
  }
  const byPeriod = new Map(points.map((p) => [p.period, p.value]));
  const sorted = [...byPeriod.keys()].sort();
  const last = sorted[sorted.length - 1]!;
  const labels: string[] = [];
  for (let m = sorted[0]!; m <= last; m = shiftMonth(m, 1)) labels.push(m);
  return { labels, values: labels.map((l) => byPeriod.get(l) ?? null) };
}
