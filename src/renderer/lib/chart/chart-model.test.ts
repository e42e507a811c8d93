import { describe, expect, it } from 'vitest';
import { gapRuns } from './annotations';
import { chartConfig } from './chart-config';
import { alignSeries, drawnSpan, isolated, lastMonths, latestRecord, toPairLatest, toShares } from './chart-model';

const point = (period: string, value: number) => ({ period, value, mom: null, yoy: null, ytd: null, ytdYoy: null });

describe('alignSeries', () => {
  it('puts series on one month axis with gaps (null), never zeros, where a series has no figure', () => {
    const a = alignSeries([{ points: [point('2020-01', 1), point('2020-03', 3)] }, { points: [point('2020-02', 20)] }]);
    expect(a.labels).toEqual(['2020-01', '2020-02', '2020-03']);
    expect(a.values).toEqual([
      [1, null, 3],
      [null, 20, null],
    ]);
  });

  it('marks months no series has as a "not covered" band', () => {
    const a = alignSeries([{ points: [point('2019-11', 1), point('2020-03', 3)] }]);
    expect(gapRuns(a)).toEqual([['2019-12', '2020-02']]);
  });

  it('gives months no file covers their place on the axis, even before the first figure or with none at all', () => {
    const a = alignSeries([{ points: [point('2020-11', 2382)], missing: ['2020-09', '2020-10', '2020-12'] }]);
    expect(a.labels).toEqual(['2020-09', '2020-10', '2020-11', '2020-12']);
    expect(a.values).toEqual([[null, null, 2382, null]]);
    expect(alignSeries([{ points: [], missing: ['2024-01', '2024-03'] }]).labels).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
  });

  it('draws a figure alone between gaps as a point: Nov 2020 = 2,382 between two uncovered months', () => {
    expect(isolated([null, 2382, null, 5, 6])).toEqual([false, true, false, false, false]);
    const many = Array.from({ length: 80 }, (_, i) =>
      point(`${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1),
    ).filter((_, i) => i < 40 || i === 60);
    const config = chartConfig([{ key: 'a', label: 'a', points: many, currency: 'USD' }], {
      kind: 'line',
      logScale: false,
      record: null,
      events: [],
    });
    const radius = (config.data.datasets[0] as { pointRadius?: number[] }).pointRadius!;
    // 61 months on the axis: too many for dots, except the lone one.
    expect(radius.filter((r) => r > 0)).toHaveLength(1);
    expect(radius[60]).toBeGreaterThan(0);
  });

  it('gives a long series with no lone figure one radius, not one per point (Chart.js then shares the options)', () => {
    const months = Array.from({ length: 80 }, (_, i) =>
      point(`${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, i + 1),
    );
    const config = chartConfig([{ key: 'a', label: 'a', points: months, currency: 'USD' }], {
      kind: 'line',
      logScale: false,
      record: null,
      events: [],
    });
    expect((config.data.datasets[0] as { pointRadius?: unknown }).pointRadius).toBe(0);
  });
});

describe("the dashboard's last 24 months", () => {
  it('are the 24 months up to the latest month held, not the last 24 figures', () => {
    expect(lastMonths('2021-08', 24)).toEqual({ from: '2019-09', to: '2021-08' });
    expect(lastMonths(null, 24)).toBeNull();
  });

  it('draw the whole window, with the months before the first figure as a gap', () => {
    const a = alignSeries([{ points: [point('2021-07', 1), point('2021-08', 2)] }], { from: '2021-05', to: '2021-08' });
    expect(a.labels).toEqual(['2021-05', '2021-06', '2021-07', '2021-08']);
    expect(a.values).toEqual([[null, null, 1, 2]]);
    expect(gapRuns(a)).toEqual([['2021-05', '2021-06']]);
  });
});

describe('the span a chart draws', () => {
  const at = (...periods: string[]) => periods.map((period) => ({ period }));
  it('runs from the first figure to the latest month held, so months no file covers after it stay on the axis', () => {
    // China–North Korea total trade: December 2023 held, 2024 only in a soybean file that does not cover it.
    expect(drawnSpan(at('2023-12'), at('2024-01', '2024-03', '2024-12'))).toEqual({ from: '2023-12', to: '2024-12' });
  });
  it('leaves out months before the first figure (one flow alone reaching further back), and draws every gap where nothing is covered', () => {
    expect(drawnSpan(at('2020-08', '2021-08'), at('2014-01', '2020-09'))).toEqual({ from: '2020-08', to: '2021-08' });
    expect(drawnSpan([], at('2024-01'))).toBeNull();
  });
});

describe('toPairLatest', () => {
  // China–North Korea total trade held to 2021-10 (exports) and 2021-12 (imports); China's soybean files to 2025-12.
  const drawn = { from: '2020-08', to: '2025-12' };
  it("ends at the pair's latest covered month, not the reporter's: the soybean years are not the pair's", () => {
    expect(toPairLatest(drawn, '2021-10', '2021-12')).toEqual({ from: '2020-08', to: '2021-12' });
  });
  it("never ends before the series' own last figure, nor after the months held", () => {
    expect(toPairLatest(drawn, '2021-10', '2021-06')).toEqual({ from: '2020-08', to: '2021-10' });
    expect(toPairLatest(drawn, '2021-10', null)).toEqual({ from: '2020-08', to: '2021-10' });
    expect(toPairLatest({ from: '2020-08', to: '2021-11' }, '2021-10', '2021-12')).toEqual({
      from: '2020-08',
      to: '2021-11',
    });
  });
  it('reads years as well as months', () => {
    expect(toPairLatest({ from: '2016', to: '2024' }, '2019', '2021')).toEqual({ from: '2016', to: '2021' });
  });
});

describe('toShares', () => {
  it('gives each series its percent of the period total, and a gap where any series is missing', () => {
    expect(
      toShares([
        [1, 3, null],
        [3, 1, 5],
      ]),
    ).toEqual([
      [25, 75, null],
      [75, 25, null],
    ]);
  });
});

describe('latestRecord', () => {
  it('says "since the series began" when no earlier month was lower', () => {
    const r = latestRecord([point('1998-01', 5), point('1998-02', 4), point('1998-03', 3)]);
    expect(r).toMatchObject({ kind: 'lowest', since: null, first: '1998-01', period: '1998-03' });
  });

  it('names the last earlier month that was lower, when that is more than a year back', () => {
    // 2018-03 was lower; 2019-01 .. 2020-02 were all higher than 2020-03's figure.
    const ordered = [
      point('2018-03', 1),
      ...Array.from({ length: 14 }, (_, i) => {
        const m = i + 1;
        return point(
          m <= 12 ? `2019-${String(m).padStart(2, '0')}` : `2020-${String(m - 12).padStart(2, '0')}`,
          10 + i,
        );
      }),
      point('2020-03', 2),
    ];
    expect(latestRecord(ordered)).toMatchObject({ kind: 'lowest', since: '2018-03' });
  });

  it('counts the months no file covers between the claim and the record: a record only among the months held', () => {
    // China's imports from North Korea as held: Aug, Oct, Nov 2020, then nothing until Dec 2024.
    const held = [point('2020-08', 6.6), point('2020-10', 1.4), point('2020-11', 1.1), point('2024-12', 37.7)];
    expect(latestRecord(held)).toMatchObject({ kind: 'highest', since: null, first: '2020-08', uncovered: 49 });
    const whole = [point('2024-10', 3), point('2024-11', 2), point('2024-12', 1)];
    expect(latestRecord(whole)).toMatchObject({ kind: 'lowest', uncovered: 0 });
  });
});
