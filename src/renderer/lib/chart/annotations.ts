import type { AnnotationOptions, PartialEventContext } from 'chartjs-plugin-annotation';
import type { Aligned, RecordMark } from './chart-model';
import { ENGLISH_LIGHT, type ChartLook } from './chart-look';

/** Something that happened, marked on the time axis: "border closed" at 2020-01. */
export type UserEvent = { id: string; period: string; text: string };

/** "lowest since March 2018", in the look's language (English by default). */
export function recordPhrase(r: RecordMark, look: ChartLook = ENGLISH_LIGHT): string {
  return look.record(r);
}

/** Runs of periods where no series has a figure, as [first, last] label pairs. */
export function gapRuns(aligned: Aligned): [string, string][] {
  const runs: [string, string][] = [];
  let start: string | null = null;
  let prev: string | null = null;
  aligned.labels.forEach((label, i) => {
    const empty = aligned.values.every((row) => row[i] === null || row[i] === undefined);
    if (empty && start === null) start = label;
    if (!empty && start !== null) {
      runs.push([start, prev!]);
      start = null;
    }
    prev = label;
  });
  if (start !== null && prev !== null) runs.push([start, prev]);
  return runs;
}

const GAP_FONT = 10;

/**
 * Whether a gap's "not covered" fits inside its band: a month or two between figures is too narrow, and
 * labels side by side would print over each other ("covernot covernot covered"). The band still shades it.
 * The label is centred on the whole band, which reaches half a period past the axis at either end: a gap in
 * the last year of an annual chart printed "not co" cut off at the chart's edge, so it must fit on the axis.
 */
export function gapLabelFits(ctx: PartialEventContext, text: string, from: number, to: number): boolean {
  // The band's width from the axis itself: the element is not always laid out when this is asked.
  const x = ctx.chart.scales.x;
  if (!x) return true;
  const [start, end] = [x.getPixelForValue(from), x.getPixelForValue(to)];
  const width = end - start;
  if (!Number.isFinite(width)) return true;
  const g = ctx.chart.ctx;
  g.save();
  g.font = `${GAP_FONT}px ${String(ctx.chart.options.font?.family ?? 'sans-serif')}`;
  const needed = g.measureText(text).width + 8;
  g.restore();
  const centre = (start + end) / 2;
  const onAxis = centre - needed / 2 >= (x.left ?? -Infinity) && centre + needed / 2 <= (x.right ?? Infinity);
  return width >= needed && onAxis;
}

/**
 * The marks drawn over the data: the record on its point, user events as vertical lines, and shaded
 * "not covered" bands so a gap reads as missing, not as zero.
 */
export function buildAnnotations(
  aligned: Aligned,
  record: RecordMark | null,
  events: UserEvent[],
  look: ChartLook = ENGLISH_LIGHT,
): Record<string, AnnotationOptions> {
  const ink = look.colors;
  const out: Record<string, AnnotationOptions> = {};
  gapRuns(aligned).forEach(([first, last], i) => {
    // From half a period before the first to half after the last, so a gap of one period is a band too.
    const from = aligned.labels.indexOf(first) - 0.5;
    const to = aligned.labels.indexOf(last) + 0.5;
    out[`gap${i}`] = {
      type: 'box',
      xMin: from,
      xMax: to,
      backgroundColor: ink.noDataFill,
      borderWidth: 0,
      label: {
        display: (ctx: PartialEventContext) => gapLabelFits(ctx, look.notCovered, from, to),
        content: look.notCovered,
        position: { x: 'center', y: 'start' },
        color: ink.noData,
        font: { size: GAP_FONT },
      },
    };
  });
  if (record && aligned.labels.includes(record.period)) {
    out.record = {
      type: 'point',
      xValue: record.period,
      yValue: record.value,
      radius: 6,
      backgroundColor: ink.recordFill,
      borderColor: ink.record,
      borderWidth: 2,
    };
    out.recordLabel = {
      type: 'label',
      xValue: record.period,
      yValue: record.value,
      content: look.recordLines(record).map((line, i) => (i === 0 ? line.replace(/^./, (c) => c.toUpperCase()) : line)),
      // Into the room the record leaves: a highest point has the chart's space below it, a lowest above it.
      // Above a highest point, a second line (the months not covered) runs off the top of a short chart.
      position: { x: 'end', y: record.kind === 'highest' ? 'start' : 'end' },
      yAdjust: record.kind === 'highest' ? 14 : -14,
      xAdjust: -8,
      color: ink.record,
      backgroundColor: ink.labelBackground,
      font: { size: 11, weight: 'bold' },
      padding: 4,
    };
  }
  for (const e of events) {
    if (!aligned.labels.includes(e.period)) continue;
    out[`event-${e.id}`] = {
      type: 'line',
      xMin: e.period,
      xMax: e.period,
      borderColor: ink.event,
      borderWidth: 1.5,
      borderDash: [4, 4],
      label: {
        display: true,
        content: `${e.text}, ${look.period(e.period)}`,
        position: 'start',
        backgroundColor: ink.event,
        color: ink.onEvent,
        font: { size: 11 },
        padding: 4,
      },
    };
  }
  return out;
}
