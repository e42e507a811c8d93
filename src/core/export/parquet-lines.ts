import { closeSync, openSync, writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/open';

/** Record ids per read: big enough that a read's own cost vanishes, small enough to keep memory flat. */
export const RANGE_IDS = 16_384;

/**
 * One reader's share of a Parquet export's staged lines: the records with ids in [from, to), read by
 * `sql` (two parameters, a range's first id and the one after its last; it answers the range's row
 * count and its lines as one text, parquet-stage.ts) and written to `file`.
 */
export type LinesJob = { sql: string; from: number; to: number; file: string };

/**
 * Writes a job's lines, one range of RANGE_IDS ids per read; `added` hears each range's row count.
 * Returns the rows written. Call inside a read transaction: every range is then of one snapshot.
 */
export function writeLines(
  db: Db,
  job: LinesJob,
  added: (rows: number) => void,
  stopAsked: () => boolean,
  cancelled: () => Error,
): number {
  const range = db.prepare(job.sql).raw();
  let rows = 0;
  const fd = openSync(job.file, 'w');
  try {
    for (let from = job.from; from < job.to; from += RANGE_IDS) {
      if (stopAsked()) throw cancelled();
      const [n, text] = range.get(from, Math.min(job.to, from + RANGE_IDS)) as [number, string | null];
      if (text === null) continue;
      writeSync(fd, text);
      rows += n;
      added(n);
    }
  } finally {
    closeSync(fd);
  }
  return rows;
}

/**
 * The second reader's request (parquet-lines-worker.ts): its job, on its own connection to `dbPath`, and
 * `rows`, an Int32Array's buffer it adds each range's row count to, which the export reads for its progress.
 */
export type LinesRequest = { dbPath: string; nativeBinding?: string; job: LinesJob; rows: SharedArrayBuffer };
/** 'ready' once its read transaction holds a snapshot; then 'done' with its row count, or 'error'. */
export type LinesMessage = { type: 'ready' } | { type: 'done'; rows: number } | { type: 'error'; message: string };
export type LinesWorkerFactory = (request: LinesRequest) => Worker;

/** For Node hosts that run from source (CLI, browser host, tests, benchmarks): tsx compiles the worker. */
export const sourceLinesWorker: LinesWorkerFactory = (request) =>
  new Worker(new URL('./parquet-lines-worker-source.mjs', import.meta.url), { workerData: request });

/** For builds that bundled parquet-lines-worker.ts as a file of its own: start that file. */
export const bundledLinesWorker =
  (path: string): LinesWorkerFactory =>
  (request) =>
    new Worker(path, { workerData: request });
