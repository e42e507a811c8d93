import { Worker } from 'node:worker_threads';
import type { FileReport, ImportOptions, ImportProgress, ImportReport } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { TaskRegistry } from '../../task-registry';
import { exitDetail, runWorker } from '../../worker-run';
import { emptyReport, reportName, type ImportFile } from './file-report';
import { importTimeLimitMs, importTimeout } from './import-time-limit';
import { defaultParseThreads } from './parse-threads';

/**
 * How the import worker starts its parser worker for large CSV files: 'source' runs parse-worker-source.mjs
 * (hosts running from source), a path runs that bundled file (Electron's build), none parses on one thread.
 */
export type WorkerRequest = {
  dbPath: string;
  nativeBinding?: string;
  files: ImportFile[];
  options: ImportOptions;
  parseWorker?: 'source' | { path: string };
  /** Parser threads for a large CSV file (ImportTuning.parseThreads); default, one (parse-threads.ts). */
  parseThreads?: number;
};
export type WorkerMessage = { type: 'progress'; progress: ImportProgress } | { type: 'file'; report: FileReport };
/** Starts the import worker. Each host knows where its build put the worker's code. */
export type WorkerFactory = (request: WorkerRequest) => Worker;

/**
 * The worker's young generation, capped: rows are short-lived garbage, and V8's default semi-spaces
 * grow to tens of MB each for no gain in speed (bench/import-bench.ts prints peak RSS).
 */
export const IMPORT_WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** For Node hosts that run from source (CLI, browser host, tests): tsx compiles the worker. */
export const sourceWorker: WorkerFactory = (request) =>
  new Worker(new URL('./import-worker-source.mjs', import.meta.url), {
    workerData: { ...request, parseWorker: 'source' },
    resourceLimits: IMPORT_WORKER_LIMITS,
  });

export type WorkerRunOptions = { timeLimitMs?: number; registry?: TaskRegistry };

/**
 * Imports files in a worker. Each file is its own transaction there; when the worker dies, is
 * cancelled or runs out of time, SQLite rolls back the file in flight, so it leaves no trace.
 * Files finished before that stay imported and are reported as such.
 */
export async function importInWorker(
  factory: WorkerFactory,
  request: WorkerRequest,
  onProgress: (p: ImportProgress) => void,
  run: WorkerRunOptions = {},
): Promise<ImportReport> {
  const files: FileReport[] = [];
  // Both settings are read here, so a bad value refuses the call before any file is touched.
  const limit = run.timeLimitMs ?? importTimeLimitMs();
  const parseThreads = request.parseThreads ?? defaultParseThreads();
  const end = await runWorker<WorkerMessage>(
    factory({ ...request, parseThreads }),
    (m, stopping) => {
      if (m.type === 'file') files.push(m.report);
      else if (!stopping) onProgress(m.progress);
    },
    { registry: run.registry, timeLimitMs: limit },
  );
  if (end.stopped === 'timeout') throw new AppError('timeout', importTimeout(limit));
  // Files the worker never finished are reported as failed, never silently dropped.
  for (const f of request.files.slice(files.length)) {
    const error =
      end.stopped === 'cancelled'
        ? new AppError('cancelled', { key: 'import.cancelled' }).info
        : new AppError('internal', { key: 'import.workerStopped', params: { detail: exitDetail(end) } }).info;
    files.push({ ...emptyReport(reportName(f), 'failed'), error });
  }
  return { files };
}
