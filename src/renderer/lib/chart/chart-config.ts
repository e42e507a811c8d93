import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { buildAnnotations, type UserEvent } from './annotations';
import { alignSeries, isolated, toShares, type ChartKind, type PlotSeries, type RecordMark } from './chart-model';
import { CHART_COLORS, ENGLISH_LIGHT, type ChartLook } from './chart-look';

export const PALETTE = CHART_COLORS.light.palette;

export type ChartOptions = {
  kind: ChartKind;
  logScale: boolean;
  record: RecordMark | null;
  events: UserEvent[];
  /** Title and caption lines drawn into the image; the on-screen chart shows them as HTML instead. */
  print?: { title: string; caption: string[] };
  /** Inks, words and number forms: the theme in force and the UI's language (English on white by default). */
  look?: ChartLook;
  /** Draw exactly these months, even where no series has a figure at either end. */
  span?: { from: string; to: string } | null;
  /** Some series count the same records (a total and its part): never added up, they stand side by side. */
  apart?: boolean;
};

/**
 * How many month labels Chart.js measures to space the axis: labels of one form ("Jan 1995", "Jan 1996") have
 * about one width, and measuring all 360 of a 30-year chart was most of its draw.
 */
const TICK_SAMPLE = 8;
/**
 * Past this many months in view the time axis is labelled at Januaries only, and Chart.js spaces those:
 * otherwise it names and measures all 360 months of a 30-year chart on every redraw, to show about 15 of them.
 */
const YEARS_FROM = 60;

/**
 * A point as Chart.js keeps it on a category axis: x is the label's index, y the figure, null for a period with
 * none (a break in the line, never a 0). Handing points over in this form lets Chart.js skip parsing 7,200 values
 * on every redraw of a 30-year, 20-series chart (`parsing: false`).
 */
export type ChartPoint = { x: number; y: number | null };
export type ChartConfig = ChartConfiguration<'line' | 'bar', ChartPoint[], string>;

/**
 * Each value at its label's index, as Chart.js's category and value scales would parse it. A log axis cannot
 * draw a 0 or a negative figure: Chart.js's own log parse leaves them out of the line (as it does here) and,
 * for a 0, widens the axis down a decade, which `beginAtZero` on a log axis does too (see chartConfig).
 */
const toPoints = (values: (number | null)[], log: boolean): ChartPoint[] =>
  values.map((y, x) => ({ x, y: log && y !== null && y <= 0 ? null : y }));

const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export const formatChange = (v: number | null) => (v === null ? 'n/a' : pct.format(v));

type ChartNumbers = {
  compact: (v: number) => string;
  full: (v: number) => string;
  change: (v: number | null) => string;
};
const numbersByLocale = new Map<string, ChartNumbers>();

/**
 * Number forms in a language: compact axis ticks (46M, 4,638만), full values, signed changes. Kept per
 * locale: building the three Intl formatters took about 1 ms of every chart configuration.
 */
export function chartNumbers(locale: string, notApplicable = 'n/a'): ChartNumbers {
  const key = `${locale}\u0000${notApplicable}`;
  let got = numbersByLocale.get(key);
  if (!got) numbersByLocale.set(key, (got = makeChartNumbers(locale, notApplicable)));
  return got;
}

/**
 * A figure's changes as a tooltip or the chart's table says them: "MoM +200% · YoY n/a" for a month; for a
 * year only its change on the year before, as a year has no month before it ("MoM n/a" on every annual point).
 */
export function changeWords(
  point: { period: string; mom: number | null; yoy: number | null },
  look: Pick<ChartLook, 'mom' | 'yoy'>,
  num: ChartNumbers,
  joiner = ' · ',
): string {
  const yoy = `${look.yoy} ${num.change(point.yoy)}`;
  return /^\d{4}$/.test(point.period) ? yoy : `${look.mom} ${num.change(point.mom)}${joiner}${yoy}`;
}

function makeChartNumbers(locale: string, notApplicable: string): ChartNumbers {
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const full = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const change = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return {
    compact: (v: number) => compact.format(v),
    full: (v: number) => full.format(v),
    change: (v: number | null) => (v === null ? notApplicable : change.format(v)),
  };
}

/** A series' colour with some alpha for fills. */
function alpha(hex: string, a: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

/** On a long axis points are not drawn, except one alone between gaps (3 px): a list only where there is one. */
function pointRadii(values: (number | null)[]): number | number[] {
  const alone = isolated(values);
  return alone.some(Boolean) ? alone.map((a) => (a ? 3 : 0)) : 0;
}

/** Whether this kind can use a log axis; stacks and shares add up, which a log axis cannot show. */
export const allowsLog = (kind: ChartKind) => kind === 'line' || kind === 'bar';

/** The currencies of the series that have figures: a stack or share of two would add them together. */
export function drawnCurrencies(series: PlotSeries[]): string[] {
  return [...new Set(series.filter((s) => s.points.length > 0).map((s) => s.currency ?? ''))].sort();
}

/**
 * The kind a chart is drawn as: stacks and shares add their series up, and figures in different currencies
 * are never added (USD 38 million on top of CNY 9 billion is no total), so those series stand side by side;
 * so do series `apart` (some count the same records: a total with its part on top counts that part twice).
 */
export function drawnKind(kind: ChartKind, series: PlotSeries[], apart = false): ChartKind {
  if (allowsLog(kind) || (!apart && drawnCurrencies(series).length < 2)) return kind;
  return kind === 'stacked-bar' ? 'bar' : 'line';
}

/** The Chart.js configuration for a set of series. Pure: the same inputs draw the same chart, on screen or in an export. */
export function chartConfig(series: PlotSeries[], opts: ChartOptions): ChartConfig {
  const look = opts.look ?? ENGLISH_LIGHT;
  const ink = look.colors;
  const num = chartNumbers(look.locale, look.notApplicable);
  const aligned = alignSeries(series, opts.span);
  const kind = drawnKind(opts.kind, series, opts.apart);
  const share = kind === 'share';
  const values = share ? toShares(aligned.values) : aligned.values;
  const stacked = kind === 'stacked-bar' || kind === 'stacked-area' || share;
  const area = kind === 'stacked-area' || share;
  const bar = kind === 'bar' || kind === 'stacked-bar';
  const log = opts.logScale && allowsLog(kind);
  const many = aligned.labels.length > 60;
  // With no figure at all (every period not covered), Chart.js's default 0-1 axis would print a 0 and
  // fractions that no file said: the axis then shows no numbers, only the not-covered shading.
  const figured = values.some((row) => row.some((v) => v !== null));
  const byPeriod = series.map((s) => new Map(s.points.map((p) => [p.period, p])));
  // Series in different currencies share one value axis: each names its currency in the legend, so a
  // reader (of an export above all, which has no tooltip) can tell the yuan line from the dollar one.
  const mixed = drawnCurrencies(series).length > 1;
  const legendLabel = (s: PlotSeries) => (mixed && s.currency ? `${s.label} (${s.currency})` : s.label);

  const datasets: ChartDataset<'line' | 'bar', ChartPoint[]>[] = series.map((s, i) => {
    const colour = ink.palette[i % ink.palette.length]!;
    const data = toPoints(values[i]!, log);
    // A year of 10 months drawn like a whole one read as a fall: its bar is pale and outlined, its point
    // hollow, the line into it dashed. Per-point options only for a series that has one (see pointRadius).
    const short = new Set(s.incomplete ?? []);
    const isShort = (index: number) => short.has(aligned.labels[index]!);
    const shortPoints = short.size > 0 ? aligned.labels.map((_, k) => isShort(k)) : null;
    if (bar)
      return {
        type: 'bar',
        label: legendLabel(s),
        data,
        backgroundColor: shortPoints ? shortPoints.map((x) => (x ? alpha(colour, 0.3) : colour)) : colour,
        borderColor: colour,
        borderWidth: shortPoints ? shortPoints.map((x) => (x ? 2 : 0)) : 0,
        stack: stacked ? 'all' : `s${i}`,
      };
    return {
      type: 'line',
      label: legendLabel(s),
      data,
      borderColor: colour,
      backgroundColor: alpha(colour, area ? 0.55 : 0.08),
      fill: area ? (i === 0 ? 'origin' : '-1') : series.length === 1,
      tension: 0,
      spanGaps: false,
      // A point alone between gaps has no line to show it: it is always drawn as a dot.
      // A per-point list makes Chart.js resolve every point's options on its own, most of a long chart's
      // draw: it is given only to a series that has such a point.
      pointRadius: shortPoints
        ? shortPoints.map((x, k) => (x ? 4 : many ? ((pointRadii(values[i]!) as number[])[k] ?? 0) : 2.5))
        : many
          ? pointRadii(values[i]!)
          : 2.5,
      pointHoverRadius: 5,
      pointBackgroundColor: shortPoints ? shortPoints.map((x) => (x ? alpha(colour, 0.15) : colour)) : colour,
      pointBorderColor: colour,
      borderWidth: 2,
      // svgcanvas cannot stroke a Path2D; a segment option makes Chart.js draw lines with moveTo/lineTo instead.
      // Only exports need it, and a series with a short period: on screen a cached Path2D draws faster.
      ...(shortPoints
        ? { segment: { borderDash: (c: { p1DataIndex: number }) => (isShort(c.p1DataIndex) ? [6, 4] : undefined) } }
        : opts.print
          ? { segment: {} }
          : {}),
    };
  });

  const tooltipLabel = (item: TooltipItem<'line' | 'bar'>) => {
    const s = series[item.datasetIndex];
    const point = byPeriod[item.datasetIndex]?.get(item.label);
    if (!s || !point) return ` ${s?.label ?? ''}: ${s?.missing?.includes(item.label) ? look.notCovered : look.noData}`;
    const head = share ? `${num.full(item.parsed.y ?? 0)}% · ${num.full(point.value)}` : num.full(point.value);
    return ` ${s.label}: ${head}${s.currency ? ` ${s.currency}` : ''} · ${changeWords(point, look, num)}`;
  };

  return {
    type: bar ? 'bar' : 'line',
    data: { labels: aligned.labels, datasets },
    options: {
      animation: false,
      // Every series has one value per label, in label order: Chart.js can skip sorting and checking them.
      normalized: true,
      // The points are handed over as Chart.js would parse them (toPoints).
      parsing: false,
      responsive: !opts.print,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          stacked,
          grid: { display: false },
          ticks: {
            maxRotation: 0,
            autoSkipPadding: 16,
            sampleSize: TICK_SAMPLE,
            color: ink.text,
            // A tick's value is its label's index (its place in `ticks` differs once zoomed or thinned).
            callback: (v) => look.periodShort(aligned.labels[Number(v)] ?? ''),
          },
          afterBuildTicks: (scale) => {
            if (scale.ticks.length <= YEARS_FROM) return;
            const januaries = scale.ticks.filter((t) => aligned.labels[t.value]?.endsWith('-01'));
            // Years on the axis (an annual chart of over 60 years) have no January: they stay as they are.
            if (januaries.length) scale.ticks = januaries;
          },
        },
        y: {
          type: log ? 'logarithmic' : 'linear',
          stacked,
          beginAtZero: !log || values.some((row) => row.includes(0)),
          ...(share ? { max: 100 } : {}),
          grid: { color: ink.grid },
          ticks: {
            display: figured,
            color: ink.text,
            callback: (v) => (share ? `${v}%` : num.compact(Number(v))),
          },
        },
      },
      plugins: {
        legend: {
          display: series.length > 1,
          position: 'top',
          align: 'start',
          labels: { boxWidth: 12, boxHeight: 12, color: ink.legend },
        },
        tooltip: { callbacks: { title: (items) => look.period(items[0]?.label ?? ''), label: tooltipLabel } },
        annotation: {
          annotations: buildAnnotations(
            { labels: aligned.labels, values },
            share ? null : opts.record,
            opts.events,
            look,
          ),
        },
        title: {
          display: Boolean(opts.print),
          text: opts.print?.title ?? '',
          align: 'start',
          color: ink.title,
          font: { size: 15, weight: 'bold' },
          padding: { bottom: 8 },
        },
        subtitle: {
          display: Boolean(opts.print),
          text: opts.print?.caption ?? '',
          position: 'bottom',
          align: 'start',
          color: ink.caption,
          font: { size: 11 },
          padding: { top: 10 },
        },
      },
    },
  };
}
