import { frequencyOf, monthOf, yearOf } from '../../../shared/period';

/**
 * How a batch's periods read: one period, an unbroken run ("2020-01–2020-12"), or a few periods between two
 * ends. A batch's scope gives only its first and last period and how many it holds: where that count is
 * less than the run between them, or the two ends are a year and a month, a dash would claim the periods
 * between (comtrade_sample.json holds 2020, 2022 and 2024-12, and read "2020–2024-12").
 */
export type HeldSpan =
  | { kind: 'one'; period: string }
  | { kind: 'run'; first: string; last: string }
  | { kind: 'some'; first: string; last: string; count: number };

export function heldSpan(first: string | null, last: string | null, count: number): HeldSpan | null {
  if (first === null || last === null) return null;
  if (first === last) return { kind: 'one', period: first };
  return count === runLength(first, last) ? { kind: 'run', first, last } : { kind: 'some', first, last, count };
}

/** Periods from first to last inclusive, or NaN where the two are not of one frequency. */
function runLength(first: string, last: string): number {
  const f = frequencyOf(first);
  if (f !== frequencyOf(last)) return NaN;
  const years = Number(yearOf(last)) - Number(yearOf(first));
  return f === 'year' ? years + 1 : years * 12 + monthOf(last) - monthOf(first) + 1;
}
