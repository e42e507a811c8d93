import { Worker } from 'node:worker_threads';
import type { FileReport, ImportOptions, ImportProgress, ImportReport } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { emptyReport, type ImportFile } from './run-import';

export type WorkerRequest = { dbPath: string; nativeBinding?: string; files: ImportFile[]; options: ImportOptions };
export type WorkerMessage = { type: 'progress'; progress: ImportProgress } | { type: 'file'; report: FileReport };
/** Starts the import worker. Each host knows where its build put the worker's code. */
export type WorkerFactory = (request: WorkerRequest) => Worker;

/** For Node hosts that run from source (CLI, browser host, tests): tsx compiles the worker. */
export const sourceWorker: WorkerFactory = (request) =>
  new Worker(new URL('./import-worker-source.mjs', import.meta.url), { workerData: request });

/**
 * Imports files in a worker. Each file is its own transaction there; a crash of the worker loses
 * only the file in flight, which SQLite rolls back.
 */
export function importInWorker(factory: WorkerFactory, request: WorkerRequest, onProgress: (p: ImportProgress) => void): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const files: FileReport[] = [];
    const worker = factory(request);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.progress);
      else files.push(m.report);
    });
    worker.on('error', (err) => reject(err));
    worker.on('exit', (code) => {
      // Files the worker never reached (it died) are reported as failed, never silently dropped.
      for (const f of request.files.slice(files.length)) {
        const error = { code: 'internal', message: `The import stopped (worker exit ${code}); nothing from this file was stored.` };
        files.push({ ...emptyReport(f.name ?? f.path, 'failed'), error });
      }
      if (code !== 0 && files.length === 0) reject(new AppError('internal', `The import worker stopped with code ${code}.`));
      else resolve({ files });
    });
  });
}
