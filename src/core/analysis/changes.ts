import type { AnalysisPoint } from '../../shared/analysis-types';
import { milliToNumber } from '../../shared/money';
import { monthOf, periodLabel, shiftPeriod, yearOf } from '../../shared/period';

/** A value held for a period: milli-units, and how many months it covers (2 for a Jan+Feb release). */
export type Cell = { milli: number; months: number; status: AnalysisPoint['status'] };
type Change = { value: number | null; reason?: string };

/** A fraction such as -0.42, or null when the base is missing or zero. */
export function change(now: number | undefined, base: number | undefined): number | null {
  if (now === undefined || base === undefined || base === 0) return null;
  return now / base - 1;
}

function compare(now: Cell, base: Cell | undefined, basePeriod: string, combinedWhy: string): Change {
  if (now.months > 1)
    return { value: null, reason: `${combinedWhy}: this figure covers ${now.months} months (a combined release).` };
  if (!base) return { value: null, reason: `No figure for ${periodLabel(basePeriod)}.` };
  if (base.months > 1)
    return {
      value: null,
      reason: `${periodLabel(basePeriod)} is a combined ${base.months}-month release, not one month.`,
    };
  if (base.milli === 0)
    return { value: null, reason: `${periodLabel(basePeriod)} is zero, so there is no percentage change.` };
  return { value: now.milli / base.milli - 1 };
}

/** Year-to-date in milli-units, walking back from `period` to January; a combined cell covers its months. */
export function ytdOf(cells: Map<string, Cell>, period: string): { milli: number | null; reason?: string } {
  let m = monthOf(period);
  let sum = 0;
  while (m >= 1) {
    const p = `${yearOf(period)}-${String(m).padStart(2, '0')}`;
    const cell = cells.get(p);
    if (!cell) return { milli: null, reason: `No figure for ${periodLabel(p)}, so the year to date is unknown.` };
    sum += cell.milli;
    m -= cell.months;
  }
  return { milli: sum };
}

/** Points with MoM, YoY, YTD and YTD-on-prior-YTD; every null change carries its reason. */
export function withChanges(cells: Map<string, Cell>, freq: 'month' | 'year'): AnalysisPoint[] {
  const periods = [...cells.keys()].sort();
  return periods.map((period) => {
    const cell = cells.get(period)!;
    const base = { period, value: milliToNumber(cell.milli), status: cell.status, months: cell.months };
    if (freq === 'year') {
      const prior = String(Number(period) - 1);
      const yoy = compare(cell, cells.get(prior), prior, 'Annual');
      const reasons = {
        mom: 'Annual series have no month-on-month change.',
        ...(yoy.reason ? { yoy: yoy.reason, ytdYoy: yoy.reason } : {}),
      };
      return { ...base, mom: null, yoy: yoy.value, ytd: milliToNumber(cell.milli), ytdYoy: yoy.value, reasons };
    }
    const mom = compare(cell, cells.get(shiftPeriod(period, -1)), shiftPeriod(period, -1), 'No month-on-month change');
    const yoy = compare(cell, cells.get(shiftPeriod(period, -12)), shiftPeriod(period, -12), 'No year-on-year change');
    const now = ytdOf(cells, period);
    const before = ytdOf(cells, shiftPeriod(period, -12));
    let ytdYoy: Change;
    if (now.milli === null) ytdYoy = { value: null, reason: now.reason };
    else if (before.milli === null) ytdYoy = { value: null, reason: before.reason };
    else if (before.milli === 0) ytdYoy = { value: null, reason: 'The same months of the prior year sum to zero.' };
    else ytdYoy = { value: now.milli / before.milli - 1 };
    const reasons = {
      ...(mom.reason ? { mom: mom.reason } : {}),
      ...(yoy.reason ? { yoy: yoy.reason } : {}),
      ...(now.reason ? { ytd: now.reason } : {}),
      ...(ytdYoy.reason ? { ytdYoy: ytdYoy.reason } : {}),
    };
    return {
      ...base,
      mom: mom.value,
      yoy: yoy.value,
      ytd: now.milli === null ? null : milliToNumber(now.milli),
      ytdYoy: ytdYoy.value,
      reasons,
    };
  });
}
