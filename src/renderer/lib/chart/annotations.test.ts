import { describe, expect, it } from 'vitest';
import type { PartialEventContext } from 'chartjs-plugin-annotation';
import { buildAnnotations, gapLabelFits, gapRuns } from './annotations';

const aligned = { labels: ['2020-01', '2020-02', '2020-03', '2020-04', '2020-05'], values: [[1, null, null, 4, null]] };

describe('the marks drawn over a chart', () => {
  it('shades every run of months no series has, the last one too, as "not covered"', () => {
    expect(gapRuns(aligned)).toEqual([
      ['2020-02', '2020-03'],
      ['2020-05', '2020-05'],
    ]);
    const marks = buildAnnotations(aligned, null, []);
    expect(Object.keys(marks)).toEqual(['gap0', 'gap1']);
    // Half a month either side of the months missing: a single month is a band of its own width.
    expect(marks.gap0).toMatchObject({ type: 'box', xMin: 0.5, xMax: 2.5, label: { content: 'not covered' } });
    expect(marks.gap1).toMatchObject({ type: 'box', xMin: 3.5, xMax: 4.5 });
  });

  it('shades nothing where one series of several has a figure', () => {
    expect(
      gapRuns({
        labels: ['2020-01', '2020-02'],
        values: [
          [1, null],
          [null, 2],
        ],
      }),
    ).toEqual([]);
  });

  /** April 2020, the highest since the series began in January, every month before it covered. */
  const record = { period: '2020-04', value: 4, kind: 'highest' as const, since: null, first: '2020-01', uncovered: 0 };

  it('marks the record on its point with a capitalised phrase, and only when its month is on the axis', () => {
    const marks = buildAnnotations(aligned, record, []);
    expect(marks.record).toMatchObject({ type: 'point', xValue: '2020-04', yValue: 4 });
    expect(marks.recordLabel).toMatchObject({ content: ['Highest since the series began (January 2020)'] });
    expect(buildAnnotations(aligned, { ...record, period: '2019-12' }, []).record).toBeUndefined();
  });

  it('says under the record how many months before it no file covers, on a line of its own', () => {
    const uncovered = { ...record, uncovered: 2 };
    expect(buildAnnotations(aligned, uncovered, []).recordLabel).toMatchObject({
      content: ['Highest since the series began (January 2020)', 'with 2 months in between not covered'],
      // Below a highest point, where a short chart has room for two lines; above a lowest one.
      position: { y: 'start' },
    });
    expect(buildAnnotations(aligned, { ...uncovered, kind: 'lowest' }, []).recordLabel).toMatchObject({
      position: { y: 'end' },
    });
  });

  it('draws a person’s events as dated lines, and leaves out those outside the span', () => {
    const marks = buildAnnotations(aligned, null, [
      { id: 'a', period: '2020-03', text: 'border closed' },
      { id: 'b', period: '2021-01', text: 'outside' },
    ]);
    expect(marks['event-a']).toMatchObject({
      type: 'line',
      xMin: '2020-03',
      label: { content: 'border closed, March 2020' },
    });
    expect(marks['event-b']).toBeUndefined();
  });

  it('says "not covered" only in a band wide enough to hold it, so narrow gaps side by side never print over each other', () => {
    // 20 px a month on the axis; the text measures 6 px a character at 10 px.
    const chart = {
      scales: { x: { getPixelForValue: (i: number) => 40 + i * 20 } },
      options: { font: { family: 'sans-serif' } },
      ctx: { save() {}, restore() {}, font: '', measureText: (t: string) => ({ width: t.length * 6 }) },
    };
    const ctx = { chart } as unknown as PartialEventContext;
    // "not covered": 66 px + 8 px of margin; a band of n months is 20n px wide.
    expect(gapLabelFits(ctx, 'not covered', 0.5, 2.5)).toBe(false);
    expect(gapLabelFits(ctx, 'not covered', 0.5, 3.5)).toBe(false);
    expect(gapLabelFits(ctx, 'not covered', 0.5, 4.5)).toBe(true);
    // The Korean label is shorter, and fits sooner.
    expect(gapLabelFits(ctx, '자료 범위 밖', 0.5, 3.5)).toBe(true);
    const marks = buildAnnotations(aligned, null, []);
    const label = (marks.gap0 as unknown as { label: { display: (c: PartialEventContext) => boolean } }).label;
    expect(label.display(ctx)).toBe(false);
  });

  it('leaves "not covered" out where the band runs past the axis and the text would be cut at its edge', () => {
    // An annual chart of three years, 2024 to 2026, 265 px a year; 2026 not covered: its band reaches half a
    // year past the axis' right end, where the text centred on it was cut to "not co".
    const x = { getPixelForValue: (i: number) => 40 + i * 265, left: 40, right: 570 };
    const chart = {
      scales: { x },
      options: { font: { family: 'sans-serif' } },
      ctx: { save() {}, restore() {}, font: '', measureText: (t: string) => ({ width: t.length * 6 }) },
    };
    const ctx = { chart } as unknown as PartialEventContext;
    expect(gapLabelFits(ctx, 'not covered', 1.5, 2.5)).toBe(false);
    // The same band inside the axis holds it.
    expect(
      gapLabelFits(
        { chart: { ...chart, scales: { x: { ...x, right: 900 } } } } as unknown as PartialEventContext,
        'not covered',
        1.5,
        2.5,
      ),
    ).toBe(true);
  });
});
