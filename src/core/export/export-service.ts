import { readFileSync, rmSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { z } from 'zod';
import type { ExportRecordsInput, ExportRecordsOutput, TaskProgress } from '../../shared/domain';
import { AppError, type ErrorInfo } from '../../shared/errors';
import type { TaskRegistry } from '../task-registry';
import { exitDetail, runWorker, type GentleStop } from '../worker-run';
import { taskReporter } from '../task-progress';
import type { Outbox } from './outbox';
import type { ExportFormat, ExportQuery } from './records-export';
import type { ParquetExportResult } from './parquet-export';

/**
 * A file of rows (csv, xlsx) at `path`, or a Parquet dataset folder at `path` staged in `staging`
 * (parquet-export.ts). A Parquet export runs DuckDB's threads, so it is stopped by setting `stop` (an
 * Int32Array's buffer the worker polls), not by terminating it midway (worker-run.ts: GentleStop).
 * `linesWorker` says how it starts its second reader of the rows (parquet-lines-worker.ts): 'source'
 * runs parquet-lines-worker-source.mjs, a path that bundled file; none reads on one thread.
 */
export type ExportRequest = { dbPath: string; nativeBinding?: string; path: string } & (
  | { format: ExportFormat; query: ExportQuery }
  | { format: 'parquet'; staging: string; stop: SharedArrayBuffer; linesWorker?: 'source' | { path: string } }
);
export type ExportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; rows: number; parquet?: ParquetExportResult }
  | { type: 'error'; error: ErrorInfo };
type Done = Extract<ExportMessage, { type: 'done' }>;
/** Starts the export worker; each host knows where its build put the worker's code. */
export type ExportWorkerFactory = (request: ExportRequest) => Worker;
/** Writes the rows of `query` to `path`; resolves with how many. */
export type WriteExport = (
  format: ExportFormat,
  query: ExportQuery,
  path: string,
  progress: (done: number, total: number) => void,
) => Promise<number>;

/** For Node hosts that run from source (CLI, browser host, tests): tsx compiles the worker. */
export const sourceExportWorker: ExportWorkerFactory = (request) =>
  new Worker(new URL('./export-worker-source.mjs', import.meta.url), {
    workerData: request.format === 'parquet' ? { ...request, linesWorker: 'source' } : request,
  });

/**
 * How long a Parquet export has to stop on its own once cancelled before it is terminated anyway: it
 * checks between ranges of 16,384 rows, and DuckDB's COPY is interrupted within a poll of 50 ms.
 */
const PARQUET_STOP_GRACE_MS = 30_000;

/** An inline answer travels as JSON over IPC or HTTP; larger files go as downloads or to a path. */
const INLINE_LIMIT = 64 * 1024 * 1024;

/**
 * Runs an export in a worker on its own read connection, so a million-row XLSX never stalls the
 * host's event loop. The worker sees the last committed state, which is what the grid showed when
 * the person pressed Export. Cancelling (through `registry`) stops the worker; the caller removes the file.
 */
export async function writeInWorker(
  factory: ExportWorkerFactory,
  request: ExportRequest,
  onProgress: (done: number, total: number) => void,
  registry?: TaskRegistry,
): Promise<number> {
  return (await runExportWorker(factory, request, onProgress, registry)).rows;
}

/**
 * A Parquet dataset written by the export worker. A cancelled or failed export leaves no folder: the
 * worker stages the files beside the target and renames them into place last, and whatever it staged
 * is removed here, as a stopped worker cannot clean up after itself.
 */
export async function parquetInWorker(
  factory: ExportWorkerFactory,
  base: { dbPath: string; nativeBinding?: string },
  dir: string,
  onProgress: (done: number, total: number) => void,
  registry?: TaskRegistry,
): Promise<ParquetExportResult> {
  const staging = stagingPathFor(dir);
  const stop = new SharedArrayBuffer(4);
  const gentle: GentleStop = { ask: () => Atomics.store(new Int32Array(stop), 0, 1), graceMs: PARQUET_STOP_GRACE_MS };
  try {
    const request = { ...base, format: 'parquet' as const, path: dir, staging, stop };
    const m = await runExportWorker(factory, request, onProgress, registry, gentle);
    if (!m.parquet) throw new Error('The export worker finished without the dataset it wrote.');
    return m.parquet;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Where a dataset for `dir` is staged: beside it, on the same disk, so the last step is one rename. */
export function stagingPathFor(dir: string): string {
  const target = resolve(dir);
  return join(dirname(target), `.${basename(target)}.tidemark-${randomUUID().slice(0, 8)}`);
}

/** Runs the export worker (core/worker-run.ts) and returns its answer, or throws the typed error it sent. */
async function runExportWorker(
  factory: ExportWorkerFactory,
  request: ExportRequest,
  onProgress: (done: number, total: number) => void,
  registry?: TaskRegistry,
  gentle?: GentleStop,
): Promise<Done> {
  let answer: Exclude<ExportMessage, { type: 'progress' }> | null = null;
  const end = await runWorker<ExportMessage>(
    factory(request),
    (m, stopping) => {
      if (m.type !== 'progress') answer = m;
      else if (!stopping) onProgress(m.done, m.total);
    },
    { registry, gentle },
  );
  const a = answer as Exclude<ExportMessage, { type: 'progress' }> | null;
  if (a?.type === 'done') return a;
  if (end.stopped) throw new AppError('cancelled', { key: 'export.cancelled' });
  if (a?.type === 'error') throw AppError.from(a.error);
  throw new Error(`The export worker stopped (${exitDetail(end)}) without an answer.`);
}

type Input = z.output<typeof ExportRecordsInput>;
type Output = z.output<typeof ExportRecordsOutput>;

/**
 * The contract's exportRecords: writes the file (to the caller's path, or into the outbox) and hands
 * it back the way it was asked for: as a path, inline, or as a download id for the host to stream.
 */
export async function exportRecords(
  input: Input,
  deps: { write: WriteExport; outbox: Outbox; emit: (p: TaskProgress) => void; inlineLimit?: number },
): Promise<Output> {
  const fileName = input.path ? basename(input.path) : `tidemark-records.${input.format}`;
  if (input.path && !input.path.toLowerCase().endsWith(`.${input.format}`)) {
    throw new AppError(
      'bad_input',
      `An ${input.format.toUpperCase()} export needs a file name ending in .${input.format}.`,
    );
  }
  const target = input.path ?? deps.outbox.newPath(fileName);
  let rows: number;
  try {
    const report = taskReporter('export', deps.emit);
    rows = await deps.write(input.format, input.query, target, (done, total) =>
      report({ label: fileName, done, total }),
    );
  } catch (err) {
    rmSync(target, { force: true });
    throw err;
  }
  const bytes = statSync(target).size;
  const answer = { rows, fileName, bytes, path: null, base64: null, downloadId: null };
  if (input.path) return { ...answer, path: input.path };
  if (input.deliver !== 'inline') return { ...answer, downloadId: deps.outbox.keep({ path: target, fileName, bytes }) };
  try {
    if (bytes > (deps.inlineLimit ?? INLINE_LIMIT)) {
      throw new AppError(
        'file_too_large',
        'This export is larger than 64 MB, too large to hand back inline; export it to a file (the CLI’s --out, or the app’s Export, which downloads or saves it).',
      );
    }
    return { ...answer, base64: readFileSync(target).toString('base64') };
  } finally {
    rmSync(target, { force: true });
  }
}
