import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { allowsLog, chartConfig, chartNumbers } from './chart-config';
import type { PlotSeries } from './chart-model';

const point = (period: string, value: number, mom: number | null = null) => ({
  period,
  value,
  mom,
  yoy: null,
  ytd: null,
  ytdYoy: null,
});
const imports: PlotSeries = {
  key: 'i',
  label: "China's imports from North Korea",
  points: [point('2020-10', 100), point('2020-11', 300, 2)],
  currency: 'USD',
  missing: ['2020-12'],
};
const exports: PlotSeries = {
  key: 'e',
  label: "China's exports to North Korea",
  points: [point('2020-10', 100), point('2020-11', 100)],
  currency: 'USD',
};
const base = { logScale: false, record: null, events: [] };

describe('the Chart.js configuration for a set of series', () => {
  it('draws lines, or bars, one dataset per series, with a legend only when there is more than one', () => {
    const line = chartConfig([imports], { ...base, kind: 'line' });
    expect(line.type).toBe('line');
    expect(line.data.labels).toEqual(['2020-10', '2020-11', '2020-12']);
    // Handed to Chart.js parsed: each figure at its label's index, the month no file covers as null (a break), not 0.
    expect(line.options?.parsing).toBe(false);
    expect(line.data.datasets[0]!.data).toEqual([
      { x: 0, y: 100 },
      { x: 1, y: 300 },
      { x: 2, y: null },
    ]);
    expect(line.options?.plugins?.legend).toMatchObject({ display: false });
    const bars = chartConfig([imports, exports], { ...base, kind: 'stacked-bar' });
    expect(bars.type).toBe('bar');
    expect(bars.data.datasets.map((d) => d.label)).toEqual([imports.label, exports.label]);
    expect(bars.options?.plugins?.legend).toMatchObject({ display: true });
    expect(bars.options?.scales?.y).toMatchObject({ stacked: true });
  });

  it('draws a short period (a year of 10 months) apart: a hollow point, a dashed line into it, a pale bar', () => {
    // China's soybean imports from Brazil: 2024 whole, 2025 Jan-Oct only.
    const years: PlotSeries = {
      key: 'y',
      label: "China's imports from Brazil",
      points: [point('2024', 259_240_198_214), point('2025', 224_815_495_647)],
      currency: 'CNY',
      incomplete: ['2025'],
    };
    const line = chartConfig([years], { ...base, kind: 'line' });
    const ds = line.data.datasets[0] as unknown as {
      pointRadius: number[];
      pointBackgroundColor: string[];
      segment: { borderDash: (c: { p1DataIndex: number }) => number[] | undefined };
    };
    expect(ds.pointRadius).toEqual([2.5, 4]);
    expect(ds.pointBackgroundColor[1]).not.toBe(ds.pointBackgroundColor[0]);
    expect(ds.segment.borderDash({ p1DataIndex: 1 })).toEqual([6, 4]);
    const bars = chartConfig([years], { ...base, kind: 'bar' });
    const bar = bars.data.datasets[0] as unknown as { backgroundColor: string[]; borderWidth: number[] };
    expect(bar.backgroundColor[1]).not.toBe(bar.backgroundColor[0]);
    expect(bar.borderWidth).toEqual([0, 2]);
    // A whole series keeps single options, which Chart.js draws fastest.
    expect(
      (chartConfig([imports], { ...base, kind: 'line' }).data.datasets[0] as { pointRadius: unknown }).pointRadius,
    ).toBe(2.5);
  });

  it('never stacks or shares series in different currencies: they are drawn side by side', () => {
    // China's soybean imports from Brazil are in yuan; its imports from North Korea in dollars.
    const soybeans: PlotSeries = { ...exports, key: 'b', label: "China's imports from Brazil", currency: 'CNY' };
    const stacked = chartConfig([imports, soybeans], { ...base, kind: 'stacked-bar' });
    expect(stacked.options?.scales?.y).toMatchObject({ stacked: false });
    expect(stacked.data.datasets.map((d) => (d as { stack?: string }).stack)).toEqual(['s0', 's1']);
    const share = chartConfig([imports, soybeans], { ...base, kind: 'share' });
    // The figures themselves, not each one's "share" of a sum of dollars and yuan.
    expect(share.data.datasets[0]!.data.map((p) => (p as { y: number | null }).y)).toEqual([100, 300, null]);
    expect(share.options?.scales?.y).not.toHaveProperty('max');
    // A series with no figure has no currency to add: one currency drawn still stacks.
    const empty: PlotSeries = { ...soybeans, points: [] };
    expect(chartConfig([imports, exports, empty], { ...base, kind: 'stacked-bar' }).options?.scales?.y).toMatchObject({
      stacked: true,
    });
  });

  it('never stacks or shares series that count the same records: a total with its part on top counts it twice', () => {
    // China's imports from North Korea, and the electricity among them.
    const electricity: PlotSeries = { ...imports, key: 'el', label: "China's imports from North Korea, HS 2716" };
    for (const kind of ['stacked-bar', 'stacked-area', 'share'] as const) {
      const config = chartConfig([imports, electricity], { ...base, kind, apart: true });
      expect(config.options?.scales?.y).toMatchObject({ stacked: false });
      expect(config.options?.scales?.y).not.toHaveProperty('max');
    }
    expect(chartConfig([imports, electricity], { ...base, kind: 'stacked-bar' }).options?.scales?.y).toMatchObject({
      stacked: true,
    });
  });

  it('names each series’ currency in the legend when the chart mixes currencies, and only then', () => {
    const soybeans: PlotSeries = { ...exports, key: 'b', label: "China's imports from Brazil", currency: 'CNY' };
    for (const kind of ['line', 'bar', 'stacked-area'] as const) {
      expect(chartConfig([imports, soybeans], { ...base, kind }).data.datasets.map((d) => d.label)).toEqual([
        "China's imports from North Korea (USD)",
        "China's imports from Brazil (CNY)",
      ]);
    }
    expect(chartConfig([imports, exports], { ...base, kind: 'line' }).data.datasets.map((d) => d.label)).toEqual([
      imports.label,
      exports.label,
    ]);
    // A series with no figure draws nothing in its currency: the chart is not mixed.
    const empty: PlotSeries = { ...soybeans, points: [] };
    expect(chartConfig([imports, empty], { ...base, kind: 'line' }).data.datasets[0]!.label).toBe(imports.label);
  });

  it('uses a log axis only for kinds that do not add up, and a share chart tops out at 100%', () => {
    expect(allowsLog('line') && allowsLog('bar')).toBe(true);
    expect(allowsLog('share') || allowsLog('stacked-area')).toBe(false);
    expect(chartConfig([imports], { ...base, kind: 'line', logScale: true }).options?.scales?.y).toMatchObject({
      type: 'logarithmic',
      beginAtZero: false,
    });
    const share = chartConfig([imports, exports], { ...base, kind: 'share', logScale: true });
    expect(share.options?.scales?.y).toMatchObject({ type: 'linear', max: 100 });
    expect(share.data.datasets[0]!.data.slice(0, 2).map((p) => p.y)).toEqual([50, 75]);
  });

  it('prints no value axis where no file covers any period: no 0 or 0.5 that no file said', () => {
    const none: PlotSeries = { ...imports, points: [], missing: ['2020-10', '2020-11'] };
    const empty = chartConfig([none], { ...base, kind: 'line', span: { from: '2020-10', to: '2020-11' } });
    expect(empty.options?.scales?.y?.ticks).toMatchObject({ display: false });
    expect(chartConfig([imports], { ...base, kind: 'line' }).options?.scales?.y?.ticks).toMatchObject({
      display: true,
    });
  });

  it('leaves a 0 out of a log axis and widens the axis for it, as Chart.js’s own log parse does', () => {
    const zero: PlotSeries = { ...exports, points: [point('2020-10', 0), point('2020-11', 100)] };
    const log = chartConfig([zero], { ...base, kind: 'line', logScale: true });
    expect(log.data.datasets[0]!.data.map((p) => p.y)).toEqual([null, 100]);
    expect(log.options?.scales?.y).toMatchObject({ type: 'logarithmic', beginAtZero: true });
    // On a linear axis a 0 a file said is drawn as 0.
    expect(chartConfig([zero], { ...base, kind: 'line' }).data.datasets[0]!.data[0]).toEqual({ x: 0, y: 0 });
    const noZero = chartConfig([imports], { ...base, kind: 'line', logScale: true });
    expect(noZero.options?.scales?.y).toMatchObject({ beginAtZero: false });
  });

  it('labels a 30-year axis at its Januaries, and names each tick by its own month once zoomed', () => {
    const months = Array.from({ length: 360 }, (_, i) =>
      point(`${1995 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, i + 1),
    );
    const x = chartConfig([{ ...imports, points: months, missing: [] }], { ...base, kind: 'line' }).options!.scales!
      .x as unknown as {
      afterBuildTicks: (scale: { ticks: { value: number }[] }) => void;
      ticks: { callback: (value: number) => string };
    };
    const scale = (from: number, to: number) => ({
      ticks: Array.from({ length: to - from + 1 }, (_, i) => ({ value: from + i })),
    });
    const whole = scale(0, 359);
    x.afterBuildTicks(whole);
    expect(whole.ticks).toHaveLength(30);
    expect(whole.ticks.map((t) => x.ticks.callback(t.value)).slice(0, 2)).toEqual(['Jan 1995', 'Jan 1996']);
    // Zoomed in on 2001-2003 every month is a candidate, each named for itself rather than for its place.
    const zoomed = scale(72, 107);
    x.afterBuildTicks(zoomed);
    expect(zoomed.ticks).toHaveLength(36);
    expect(x.ticks.callback(zoomed.ticks[5]!.value)).toBe('Jun 2001');
  });

  it('tells a month no file covers from a figure in the tooltip', () => {
    const config = chartConfig([imports], { ...base, kind: 'line' });
    const label = config.options!.plugins!.tooltip!.callbacks!.label as (item: TooltipItem<'line' | 'bar'>) => string;
    const item = (period: string, y: number | null) =>
      ({ datasetIndex: 0, label: period, parsed: { y } }) as unknown as TooltipItem<'line' | 'bar'>;
    expect(label(item('2020-11', 300))).toBe(" China's imports from North Korea: 300 USD · MoM +200% · YoY n/a");
    expect(label(item('2020-12', null))).toBe(" China's imports from North Korea: not covered");
  });

  it('gives a year only its change on the year before, never a month-on-month "n/a"', () => {
    const years = {
      ...imports,
      points: [
        { period: '2016', value: 200, mom: null, yoy: null, ytd: null, ytdYoy: null },
        { period: '2017', value: 100, mom: null, yoy: -0.5, ytd: null, ytdYoy: null },
      ],
      missing: [],
    };
    const config = chartConfig([years], { ...base, kind: 'line' });
    const label = config.options!.plugins!.tooltip!.callbacks!.label as (item: TooltipItem<'line' | 'bar'>) => string;
    const item = { datasetIndex: 0, label: '2017', parsed: { y: 100 } } as unknown as TooltipItem<'line' | 'bar'>;
    expect(label(item)).toBe(" China's imports from North Korea: 100 USD · YoY -50%");
  });

  it('draws title and caption into an exported image only', () => {
    expect(chartConfig([imports], { ...base, kind: 'line' }).options?.plugins?.title).toMatchObject({ display: false });
    const print = chartConfig([imports], {
      ...base,
      kind: 'line',
      print: { title: 'Monthly', caption: ['Source: China customs (GACC)'] },
    });
    expect(print.options?.plugins?.title).toMatchObject({ display: true, text: 'Monthly' });
    expect(print.options?.plugins?.subtitle).toMatchObject({ display: true, text: ['Source: China customs (GACC)'] });
    expect(print.options?.responsive).toBe(false);
  });

  it('writes numbers in the language’s forms: 46M, 4,638만', () => {
    expect(chartNumbers('en-US').compact(46_380_000)).toBe('46.4M');
    expect(chartNumbers('ko-KR').compact(46_380_000)).toBe('4638만');
    expect(chartNumbers('en-US').change(-0.42)).toBe('-42%');
    expect(chartNumbers('en-US', '—').change(null)).toBe('—');
  });
});
