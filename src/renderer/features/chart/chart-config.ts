import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { periodLabel } from '../../../shared/period';
import { buildAnnotations, type UserEvent } from './annotations';
import { alignSeries, isolated, toShares, type ChartKind, type PlotSeries, type RecordMark } from './chart-model';

export const PALETTE = ['#0f766e', '#b45309', '#1d4ed8', '#be185d', '#4d7c0f', '#7c3aed', '#0e7490', '#a16207', '#475569', '#dc2626'];

export type ChartOptions = {
  kind: ChartKind;
  logScale: boolean;
  record: RecordMark | null;
  events: UserEvent[];
  /** Title and caption lines drawn into the image; the on-screen chart shows them as HTML instead. */
  print?: { title: string; caption: string[] };
  /** The words on a band of periods no series has a figure for ("not covered"). */
  gapLabel?: string;
};

type AnyConfig = ChartConfiguration<'line' | 'bar', (number | null)[], string>;

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const full = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export const formatChange = (v: number | null) => (v === null ? 'n/a' : pct.format(v));

/** A series' colour with some alpha for fills. */
function alpha(hex: string, a: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

/** Whether this kind can use a log axis; stacks and shares add up, which a log axis cannot show. */
export const allowsLog = (kind: ChartKind) => kind === 'line' || kind === 'bar';

/** The Chart.js configuration for a set of series. Pure: the same inputs draw the same chart, on screen or in an export. */
export function chartConfig(series: PlotSeries[], opts: ChartOptions): AnyConfig {
  const aligned = alignSeries(series);
  const share = opts.kind === 'share';
  const values = share ? toShares(aligned.values) : aligned.values;
  const stacked = opts.kind === 'stacked-bar' || opts.kind === 'stacked-area' || share;
  const area = opts.kind === 'stacked-area' || share;
  const bar = opts.kind === 'bar' || opts.kind === 'stacked-bar';
  const log = opts.logScale && allowsLog(opts.kind);
  const many = aligned.labels.length > 60;
  const byPeriod = series.map((s) => new Map(s.points.map((p) => [p.period, p])));

  const datasets: ChartDataset<'line' | 'bar', (number | null)[]>[] = series.map((s, i) => {
    const colour = PALETTE[i % PALETTE.length]!;
    if (bar) return { type: 'bar', label: s.label, data: values[i]!, backgroundColor: colour, borderColor: colour, borderWidth: 0, stack: stacked ? 'all' : `s${i}` };
    return {
      type: 'line',
      label: s.label,
      data: values[i]!,
      borderColor: colour,
      backgroundColor: alpha(colour, area ? 0.55 : 0.08),
      fill: area ? (i === 0 ? 'origin' : '-1') : series.length === 1,
      tension: 0,
      spanGaps: false,
      // A point alone between gaps has no line to show it: it is always drawn as a dot.
      pointRadius: many ? isolated(values[i]!).map((alone) => (alone ? 3 : 0)) : 2.5,
      pointHoverRadius: 5,
      pointBackgroundColor: colour,
      borderWidth: 2,
      // svgcanvas cannot stroke a Path2D; a segment option makes Chart.js draw lines with moveTo/lineTo instead.
      segment: {},
    };
  });

  const tooltipLabel = (item: TooltipItem<'line' | 'bar'>) => {
    const s = series[item.datasetIndex];
    const point = byPeriod[item.datasetIndex]?.get(item.label);
    if (!s || !point) return ` ${s?.label ?? ''}: no data`;
    const head = share ? `${full.format(item.parsed.y ?? 0)}% · ${full.format(point.value)}` : full.format(point.value);
    return ` ${s.label}: ${head}${s.currency ? ` ${s.currency}` : ''} · MoM ${formatChange(point.mom)} · YoY ${formatChange(point.yoy)}`;
  };

  return {
    type: bar ? 'bar' : 'line',
    data: { labels: aligned.labels, datasets },
    options: {
      animation: false,
      responsive: !opts.print,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked, grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 16, color: '#64748b', callback: (_v, i) => shortPeriod(aligned.labels[i] ?? '') } },
        y: {
          type: log ? 'logarithmic' : 'linear',
          stacked,
          beginAtZero: !log,
          ...(share ? { max: 100 } : {}),
          grid: { color: '#eef2f6' },
          ticks: { color: '#64748b', callback: (v) => (share ? `${v}%` : compact.format(Number(v))) },
        },
      },
      plugins: {
        legend: { display: series.length > 1, position: 'top', align: 'start', labels: { boxWidth: 12, boxHeight: 12, color: '#334155' } },
        tooltip: { callbacks: { title: (items) => periodLabel(items[0]?.label ?? ''), label: tooltipLabel } },
        annotation: { annotations: buildAnnotations({ labels: aligned.labels, values }, share ? null : opts.record, opts.events, opts.gapLabel) },
        title: { display: Boolean(opts.print), text: opts.print?.title ?? '', align: 'start', color: '#0f172a', font: { size: 15, weight: 'bold' }, padding: { bottom: 8 } },
        subtitle: { display: Boolean(opts.print), text: opts.print?.caption ?? '', position: 'bottom', align: 'start', color: '#475569', font: { size: 11 }, padding: { top: 10 } },
      },
    },
  };
}

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function shortPeriod(p: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  return m ? `${SHORT[Number(m[2]) - 1]} ${m[1]}` : p;
}
