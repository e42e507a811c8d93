import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { periodLabel } from '../../../shared/period';
import type { Aligned, RecordMark } from './chart-model';

/** Something that happened, marked on the time axis: "border closed" at 2020-01. */
export type UserEvent = { id: string; period: string; text: string };

const phrase = (r: RecordMark) => `${r.kind} since ${r.since ? periodLabel(r.since) : `the series began (${periodLabel(r.first)})`}`;

export function recordPhrase(r: RecordMark): string {
  return phrase(r);
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

/**
 * The marks drawn over the data: the record on its point, user events as vertical lines, and shaded
 * "not covered" bands so a gap reads as missing, not as zero.
 */
export function buildAnnotations(aligned: Aligned, record: RecordMark | null, events: UserEvent[], gapLabel = 'not covered'): Record<string, AnnotationOptions> {
  const out: Record<string, AnnotationOptions> = {};
  gapRuns(aligned).forEach(([from, to], i) => {
    out[`gap${i}`] = {
      type: 'box',
      xMin: from,
      xMax: to,
      backgroundColor: 'rgba(148, 163, 184, 0.12)',
      borderWidth: 0,
      label: { display: true, content: gapLabel, position: { x: 'center', y: 'start' }, color: '#94a3b8', font: { size: 10 } },
    };
  });
  if (record && aligned.labels.includes(record.period)) {
    out.record = { type: 'point', xValue: record.period, yValue: record.value, radius: 6, backgroundColor: 'rgba(180, 35, 24, 0.15)', borderColor: '#b42318', borderWidth: 2 };
    out.recordLabel = {
      type: 'label',
      xValue: record.period,
      yValue: record.value,
      content: [phrase(record).replace(/^./, (c) => c.toUpperCase())],
      position: { x: 'end', y: 'end' },
      yAdjust: -14,
      xAdjust: -8,
      color: '#b42318',
      backgroundColor: 'rgba(255, 255, 255, 0.9)',
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
      borderColor: '#7c3aed',
      borderWidth: 1.5,
      borderDash: [4, 4],
      label: { display: true, content: `${e.text}, ${periodLabel(e.period)}`, position: 'start', backgroundColor: '#7c3aed', color: '#fff', font: { size: 11 }, padding: 4 },
    };
  }
  return out;
}
