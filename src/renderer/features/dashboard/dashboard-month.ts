import { lastMonths, type Span } from '../../lib/chart/chart-model';

/** The watchlist's and the chart's window: the months (or, of annual files only, the years) up to the latest held. */
export const WINDOW = { month: 24, year: 10 } as const;
export type Frequency = keyof typeof WINDOW;

/** What the month choice reads of a flow's series: the months (or years) it covers and those no file covers. */
type Held = { points: { period: string }[]; missing: { period: string }[] };

export type DashboardMonth = {
  /** The month every card shows: the latest the pair's files cover in any flow, else the latest held at all. */
  latest: string | null;
  /** The reporter's latest month in these flows, whatever the partner: later than `latest` where the pair's files end first. */
  reporterLatest: string | null;
};

const last = (periods: string[]) => periods.reduce<string | null>((a, p) => (a === null || p > a ? p : a), null);

/**
 * The month the dashboard's cards show, one for all of them: the latest month the chosen pair's own
 * files cover. The reporter's latest month (another partner's, in a file listing only some partners)
 * would open every card on "Not covered" although the pair's own latest month holds its trade; a card
 * whose flow that month lacks says "Not covered" for that same month, with the reason. Where the pair's
 * files cover no month, the reporter's latest month is shown, not covered, so the reason is read.
 */
export function dashboardMonth(series: Record<string, Held>): DashboardMonth {
  const all = Object.values(series);
  const covered = last(all.flatMap((s) => s.points.map((p) => p.period)));
  const reporterLatest = last(all.flatMap((s) => [...s.points, ...s.missing].map((p) => p.period)));
  return { latest: covered ?? reporterLatest, reporterLatest };
}

/** The chart's window: the 24 months, or the 10 years, up to and including `latest`. */
export function dashboardWindow(latest: string | null, frequency: Frequency): Span | null {
  if (frequency === 'month') return lastMonths(latest, WINDOW.month);
  return latest && /^\d{4}$/.test(latest) ? { from: String(Number(latest) - WINDOW.year + 1), to: latest } : null;
}
