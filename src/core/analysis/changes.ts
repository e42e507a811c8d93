import type { SeriesPoint } from '../../shared/domain';
import { milliToNumber } from '../../shared/money';
import { monthOf, shiftPeriod, yearOf } from '../../shared/period';

/** A fraction such as -0.42, or null when the base is missing or zero. */
export function change(now: number | undefined, base: number | undefined): number | null {
  if (now === undefined || base === undefined || base === 0) return null;
  return now / base - 1;
}

/** Year-to-date in milli-units, or undefined if any month from January is not held. */
function ytd(values: Map<string, number>, period: string): number | undefined {
  const months = monthOf(period);
  let sum = 0;
  for (let m = 1; m <= months; m++) {
    const v = values.get(`${yearOf(period)}-${String(m).padStart(2, '0')}`);
    if (v === undefined) return undefined;
    sum += v;
  }
  return sum;
}

/** Builds points with MoM, YoY, YTD and YTD-on-prior-YTD from milli-unit values by period. */
export function withChanges(values: Map<string, number>, freq: 'month' | 'year'): SeriesPoint[] {
  const periods = [...values.keys()].sort();
  return periods.map((period) => {
    const v = values.get(period)!;
    if (freq === 'year') {
      const yoy = change(v, values.get(String(Number(period) - 1)));
      return { period, value: milliToNumber(v), mom: null, yoy, ytd: milliToNumber(v), ytdYoy: yoy };
    }
    const now = ytd(values, period);
    const before = ytd(values, shiftPeriod(period, -12));
    return {
      period,
      value: milliToNumber(v),
      mom: change(v, values.get(shiftPeriod(period, -1))),
      yoy: change(v, values.get(shiftPeriod(period, -12))),
      ytd: now === undefined ? null : milliToNumber(now),
      ytdYoy: change(now, before),
    };
  });
}
