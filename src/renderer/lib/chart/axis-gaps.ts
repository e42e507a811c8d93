import type { PlotSeries } from './chart-model';

/** The first and last period a series holds, a figure or a period no file covers; null where it holds none. */
export function heldRange(s: Pick<PlotSeries, 'points' | 'missing'>): { from: string; to: string } | null {
  const periods = [...s.points.map((p) => p.period), ...(s.missing ?? [])].sort();
  return periods.length ? { from: periods[0]!, to: periods[periods.length - 1]! } : null;
}

/**
 * The span every series of a chart shares on its axis, and which series hold less of it: a series that
 * starts years after another has cells on the axis before its own first period, which the core must be
 * asked about (not covered, and why), never left to read as a bare "no data".
 */
export function axisShortfall(series: Pick<PlotSeries, 'points' | 'missing'>[]): {
  span: { from: string; to: string } | null;
  short: boolean[];
} {
  const ranges = series.map(heldRange);
  const held = ranges.filter((r): r is { from: string; to: string } => r !== null);
  if (!held.length) return { span: null, short: series.map(() => false) };
  const span = {
    from: held.map((r) => r.from).sort()[0]!,
    to: held
      .map((r) => r.to)
      .sort()
      .pop()!,
  };
  return { span, short: ranges.map((r) => !r || r.from > span.from || r.to < span.to) };
}

/**
 * A series with the periods of `span` it did not hold added as not covered, each with the core's reason
 * (`wide`: the core's missing periods over the whole span). Periods it held keep what they were.
 */
export function withAxisGaps(s: PlotSeries, wide: { period: string; reason: string }[]): PlotSeries {
  const own = heldRange(s);
  const outside = wide.filter((m) => !own || m.period < own.from || m.period > own.to);
  if (!outside.length) return s;
  return {
    ...s,
    missing: [...(s.missing ?? []), ...outside.map((m) => m.period)].sort(),
    reasons: { ...s.reasons, ...Object.fromEntries(outside.map((m) => [m.period, m.reason])) },
  };
}
