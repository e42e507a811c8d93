import { describe, expect, it } from 'vitest';
import { axisShortfall, withAxisGaps } from './axis-gaps';
import type { PlotSeries } from './chart-model';

const point = (period: string, value: number) => ({ period, value, mom: null, yoy: null, ytd: null, ytdYoy: null });
const months = (from: number, to: number, year: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);

const early: PlotSeries = {
  key: 'prk',
  label: 'North Korea',
  currency: 'USD',
  points: months(1, 12, 2018).map((p) => point(p, 1000)),
};
const later: PlotSeries = {
  key: 'mng',
  label: 'Mongolia',
  currency: 'USD',
  points: months(1, 6, 2020).map((p) => point(p, 500)),
  missing: ['2020-07'],
  reasons: { '2020-07': 'No file held covers Mongolia in July 2020.' },
};

describe('a second series that starts later, on a shared axis', () => {
  it('finds the series that hold less of the axis than the others, at either end', () => {
    const { span, short } = axisShortfall([early, later]);
    expect(span).toEqual({ from: '2018-01', to: '2020-07' });
    expect(short).toEqual([true, true]);
    expect(axisShortfall([early]).short).toEqual([false]);
  });

  it("marks the periods before its first as not covered, each with the core's own reason", () => {
    const wide = [
      { period: '2018-01', reason: 'No file held covers Mongolia in January 2018: later.csv lists only North Korea.' },
      { period: '2019-12', reason: 'No file held covers Mongolia in December 2019: later.csv lists only North Korea.' },
      // Inside its own span: what it already said stands.
      { period: '2020-07', reason: 'other words' },
    ];
    const s = withAxisGaps(later, wide);
    expect(s.missing).toEqual(['2018-01', '2019-12', '2020-07']);
    expect(s.reasons).toEqual({
      '2018-01': wide[0]!.reason,
      '2019-12': wide[1]!.reason,
      '2020-07': 'No file held covers Mongolia in July 2020.',
    });
    expect(s.points).toBe(later.points);
  });
});
