import type { SeriesPoint } from '../../../shared/domain';
import { shiftMonth } from '../../../shared/period';
import type { FigureSource } from '../../../shared/series-label';

export type ChartKind = 'line' | 'bar' | 'stacked-bar' | 'stacked-area' | 'share';
/** Named in the UI under chartText.kind. */
export const CHART_KINDS: ChartKind[] = ['line', 'bar', 'stacked-bar', 'stacked-area', 'share'];

/**
 * One plotted series: its points as the core returned them, and the words that say what it is.
 * `missing`: periods of its span no file covers (not zero): they take their place on the axis as gaps;
 * `notCovered` says why: for a series with no points the core's reason for it, else the first such period's.
 */
export type PlotSeries = {
  key: string;
  label: string;
  points: SeriesPoint[];
  currency: string | null;
  missing?: string[];
  notCovered?: string | null;
  /** Why each period of `missing` is not covered, in the core's words: the table says each cell's own reason. */
  reasons?: Record<string, string>;
  /** Periods whose figure may be less than the period (a year of 10 months, a month that lost rows). */
  incomplete?: string[];
  /** The other currencies the files hold this series in (the same trade, not added): a reader may choose one. */
  otherCurrencies?: string[];
  /** A monthly series with no points whose files hold annual figures: those years (the core's `annualYears`). */
  annualYears?: string[];
  /**
   * Where the series was drawn to its pair's latest period (`last`, toPairLatest) while its reporter's files run
   * further (`heldTo`): the chart says so, as the dashboard does.
   */
  pairEnds?: { last: string; heldTo: string; reporter: string; partner: string };
  /** What the files its figures were read from are (the core's `sources`): the caption cites these. */
  sources?: FigureSource[];
};

/** A period on the axis and, per series, its value there (null = no figure, drawn as a gap). */
export type Aligned = { labels: string[]; values: (number | null)[][] };

const MONTH = /^\d{4}-\d{2}$/;

/**
 * Puts several series on one axis. Monthly axes run through every month from the first to the last
 * point so that a missing year takes a year's width and shows as a gap, never as zero or a straight line.
 */
export function alignSeries(series: { points: SeriesPoint[]; missing?: string[] }[], span?: Span | null): Aligned {
  const periods = new Set<string>();
  for (const s of series) for (const p of s.points) periods.add(p.period);
  for (const s of series) for (const p of s.missing ?? []) periods.add(p);
  // A chart of a fixed window (the dashboard's last 24 months) runs through all of it, gaps at either end included.
  if (span && MONTH.test(span.from) && MONTH.test(span.to) && [...periods].every((p) => MONTH.test(p))) {
    periods.add(span.from);
    periods.add(span.to);
  }
  const sorted = [...periods].sort();
  let labels = sorted;
  if (sorted.length > 0 && sorted.every((p) => MONTH.test(p))) {
    labels = [];
    const last = sorted[sorted.length - 1]!;
    for (let m = sorted[0]!; m <= last; m = shiftMonth(m, 1)) labels.push(m);
  }
  const values = series.map((s) => {
    const byPeriod = new Map(s.points.map((p) => [p.period, p.value]));
    return labels.map((l) => byPeriod.get(l) ?? null);
  });
  return { labels, values };
}

/** Each series as a share (0–100) of the sum at each period; a period any series lacks stays a gap. */
export function toShares(values: (number | null)[][]): (number | null)[][] {
  const width = values[0]?.length ?? 0;
  const totals: (number | null)[] = [];
  for (let i = 0; i < width; i++) {
    let sum: number | null = 0;
    for (const row of values) {
      const v = row[i];
      if (v === null || v === undefined || sum === null) sum = null;
      else sum += v;
    }
    totals.push(sum);
  }
  return values.map((row) =>
    row.map((v, i) => {
      const t = totals[i];
      return v === null || t === null || t === undefined || t === 0 ? null : (v / t) * 100;
    }),
  );
}

export type Span = { from: string; to: string };

/**
 * The periods a series draws: from its first figure to its last period held, a figure or a period no file
 * covers ("the latest months are not covered" is news; the months before the pair's first figure are not).
 * Null where it has no figure at all: then every uncovered period it holds is shown.
 */
export function drawnSpan(points: { period: string }[], missing: { period: string }[]): Span | null {
  const figures = points.map((p) => p.period).sort();
  if (!figures.length) return null;
  const last = [figures[figures.length - 1]!, ...missing.map((m) => m.period)].sort().pop()!;
  return { from: figures[0]!, to: last };
}

/**
 * `drawn` (drawnSpan) ended at the pair's own latest covered period, `pairLatest` (the latest any flow of the
 * pair's files covers, as on the dashboard), never before the series' own last figure `ownLast`. The months
 * after it are the reporter's, held for other partners (China's soybean files of 2025 beside China–North Korea
 * files ending in 2021): years of "not covered" there said nothing of the pair. Uncovered months up to the
 * pair's latest (exports a month behind imports) stay: that is news. Null `pairLatest`: up to `ownLast`.
 */
export function toPairLatest(drawn: Span, ownLast: string, pairLatest: string | null): Span {
  const end = pairLatest && pairLatest > ownLast ? (pairLatest < drawn.to ? pairLatest : drawn.to) : ownLast;
  return { from: drawn.from, to: end };
}

/** The `n` months up to and including `latest`: the dashboard's "last 24 months" are months, not the last 24 figures. */
export function lastMonths(latest: string | null, n: number): Span | null {
  return latest && MONTH.test(latest) ? { from: shiftMonth(latest, 1 - n), to: latest } : null;
}

/**
 * Which points of a line stand alone between gaps: a line needs two neighbours to show, so these are
 * drawn as dots (Nov 2020 between two uncovered months would otherwise vanish).
 */
export function isolated(values: (number | null)[]): boolean[] {
  return values.map((v, i) => v !== null && (values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null);
}

/**
 * The period of the lowest (or highest) value in a series and the last earlier period that went below
 * (or above) it: "the lowest since March 2018". With no such period the claim is "since the series began".
 * `uncovered`: months from there to the record that no file covers. The record is only among the months
 * held, so the claim says how many it could not weigh, as the brief does.
 */
export type RecordMark = {
  period: string;
  value: number;
  kind: 'lowest' | 'highest';
  since: string | null;
  first: string;
  uncovered: number;
};

/** Months after `from` and before `to` that hold no point: 0 where the periods are not months. */
function monthsWithout(points: SeriesPoint[], from: string, to: string): number {
  if (!MONTH.test(from) || !MONTH.test(to)) return 0;
  let months = 0;
  for (let m = shiftMonth(from, 1); m < to; m = shiftMonth(m, 1)) months++;
  const held = points.filter((p) => p.period > from && p.period < to).length;
  return Math.max(0, months - held);
}

export function latestRecord(points: SeriesPoint[]): RecordMark | null {
  const last = points[points.length - 1];
  if (!last || points.length < 3) return null;
  const earlier = points.slice(0, -1);
  for (const kind of ['lowest', 'highest'] as const) {
    const beats = (v: number) => (kind === 'lowest' ? v < last.value : v > last.value);
    let since: string | null = null;
    for (let i = earlier.length - 1; i >= 0; i--) {
      if (beats(earlier[i]!.value)) {
        since = earlier[i]!.period;
        break;
      }
    }
    // A record worth marking: nothing beat it for at least a year back (or ever).
    const index = since === null ? -1 : earlier.findIndex((p) => p.period === since);
    if (since === null || earlier.length - index > 12) {
      const first = points[0]!.period;
      return {
        period: last.period,
        value: last.value,
        kind,
        since,
        first,
        uncovered: monthsWithout(points, since ?? first, last.period),
      };
    }
  }
  return null;
}
