import type { FileReport, ImportOptions, ImportProgress } from '../../../shared/domain';
import type { FileRef } from '../../api/upload';
import { NO_ANSWERS, type Answers } from './answers';
import { CONSTANT_FIELDS, SCALES, emptyMapping, type Mapping } from './mapping';
import type { ImportPreview } from './preview';

export type Encoding = NonNullable<ImportOptions['encoding']>;

/** One dropped file on its way in: handed over, previewed, answered, imported, reported. */
export type Job = {
  id: number;
  name: string;
  stage: 'uploading' | 'previewing' | 'asking' | 'queued' | 'importing' | 'done' | 'failed' | 'skipped' | 'cancelled';
  ref: FileRef | null;
  preview: ImportPreview | null;
  previewError: string | null;
  encoding: Encoding | undefined;
  answers: Answers;
  options: ImportOptions | null;
  /** For a file no format knows: the person's column mapping, and the preview of it. */
  mapping: Mapping | null;
  mapped: { preview: ImportPreview | null; error: string | null; loading: boolean } | null;
  /**
   * The import a file already held came from, when the person asked to map another of its columns: the
   * file is asked about again, not reported as held, and the core decides (a column of its own imports).
   */
  another: NonNullable<ImportPreview['duplicateOf']> | null;
  progress: ImportProgress | null;
  startedAt: number | null;
  report: FileReport | null;
  error: string | null;
};

let nextId = 1;

export function newJob(name: string): Job {
  return {
    id: nextId++,
    name,
    stage: 'uploading',
    ref: null,
    preview: null,
    previewError: null,
    encoding: undefined,
    answers: { ...NO_ANSWERS },
    options: null,
    mapping: null,
    mapped: null,
    another: null,
    progress: null,
    startedAt: null,
    report: null,
    error: null,
  };
}

/** The core's suggestions fill only what the person has not already answered. */
export function withSuggestions(job: Job, preview: ImportPreview | null): Job {
  const flow = job.answers.flow || preview?.suggestions.flow || '';
  return { ...job, preview, answers: { ...job.answers, flow } };
}

/** Seconds left, from the core's figure if it sends one, else from the pace so far. */
export function etaOf(job: Job, now: number): number | null {
  const p = job.progress;
  if (!p || p.done) return null;
  if (p.etaSeconds !== null) return p.etaSeconds;
  if (!job.startedAt || p.percent <= 1) return null;
  const elapsed = (now - job.startedAt) / 1000;
  return (elapsed * (100 - p.percent)) / p.percent;
}

export const isActive = (j: Job) =>
  j.stage === 'uploading' ||
  j.stage === 'previewing' ||
  j.stage === 'asking' ||
  j.stage === 'queued' ||
  j.stage === 'importing';

/** A file the core already holds, reported as a duplicate without asking anything about it. */
export function asDuplicate(job: Job, preview: ImportPreview): Job {
  const held = preview.duplicateOf!;
  return {
    ...job,
    preview,
    stage: 'done',
    report: {
      file: job.name,
      status: 'duplicate',
      format: preview.format || null,
      encoding: preview.encoding,
      batchId: held.batchId,
      rowsRead: 0,
      rowsImported: 0,
      rowsRejected: 0,
      rowsSkipped: 0,
      currency: null,
      error: null,
      warnings: [],
    },
  };
}

/**
 * A file held already that imports through a mapping: another of its columns may hold figures no import
 * holds (the exports beside the imports of a customs workbook). The person asked to map one: its
 * questions again, from an empty mapping, as a job of its own. The same mapping again is still a
 * duplicate, and one reading the same figures otherwise is refused: the core says so on import.
 */
export function canMapAnother(job: Job): boolean {
  return job.report?.status === 'duplicate' && job.preview !== null && !job.preview.recognised && job.ref !== null;
}

export function asAnotherColumn(job: Job): Job {
  const preview = job.preview!;
  return {
    ...newJob(job.name),
    ref: job.ref,
    encoding: job.encoding,
    stage: 'asking',
    preview,
    another: preview.duplicateOf,
    mapping: heldMapping(preview),
  };
}

/**
 * Another column's mapping starts from the held import's: its columns but the value, its constants but
 * the flow, its unit and sheets. The value and the flow are what the person comes to choose.
 */
function heldMapping(preview: ImportPreview): Mapping {
  const m = emptyMapping(preview.header, preview.sheets);
  const held = preview.duplicateOf?.options ?? {};
  const map = held.map && typeof held.map === 'object' ? (held.map as Record<string, unknown>) : null;
  if (!map) return m;
  const columns = { ...m.columns };
  for (const column of Object.keys(columns)) {
    const to = map[column];
    const field = typeof to === 'string' ? to : to && typeof to === 'object' && 'field' in to ? to.field : null;
    columns[column] = field && field !== 'value' ? (field as Mapping['columns'][string]) : '';
  }
  const given = held.constants && typeof held.constants === 'object' ? (held.constants as Record<string, unknown>) : {};
  const constants = { ...m.constants };
  for (const f of CONSTANT_FIELDS) if (f !== 'flow' && typeof given[f] === 'string') constants[f] = given[f] as string;
  const scale = SCALES.find((x) => x === String(held.scale));
  const sheets = Array.isArray(held.sheets) ? preview.sheets.filter((x) => (held.sheets as unknown[]).includes(x)) : [];
  return {
    columns,
    constants,
    scale: scale ?? m.scale,
    sheets: sheets.length ? sheets : m.sheets,
  };
}
