import { shiftMonth, shiftPeriod } from '../../../shared/period';

export type ChangeGaps = { mom: string | null; yoy: string | null; ytd: string | null; ytdYoy: string | null };

/**
 * Why each change of a card's latest figure is not given where a period it is measured over is not covered by
 * any file held: the core's reason for the first such period, or null where every period it needs is covered
 * (a change that is still not given then is "n/a": measured against a zero, or a part year). MoM needs the
 * month before; YoY the same period a year before; YTD January to the month; YTD YoY both years' months.
 */
export function changeGaps(
  period: string,
  frequency: 'month' | 'year',
  missing: readonly { period: string; reason: string }[],
): ChangeGaps {
  const why = new Map(missing.map((m) => [m.period, m.reason]));
  const first = (periods: string[]) => periods.map((p) => why.get(p)).find((r) => r !== undefined) ?? null;
  if (frequency === 'year') return { mom: null, yoy: first([shiftPeriod(period, -12)]), ytd: null, ytdYoy: null };
  const toDate = Array.from(
    { length: Number(period.slice(5, 7)) },
    (_, i) => `${period.slice(0, 4)}-${String(i + 1).padStart(2, '0')}`,
  );
  return {
    mom: first([shiftMonth(period, -1)]),
    yoy: first([shiftMonth(period, -12)]),
    ytd: first(toDate),
    ytdYoy: first([...toDate, ...toDate.map((p) => shiftMonth(p, -12))]),
  };
}
