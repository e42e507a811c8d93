import { Worker } from 'node:worker_threads';
import type { z } from 'zod';
import type { ExportRecordsInput } from '../../shared/domain';
import { AppError, type ErrorCode } from '../../shared/errors';
import type { ExportResult } from './records-export';

export type ExportRequest = { dbPath: string; nativeBinding?: string; input: z.output<typeof ExportRecordsInput> };
export type ExportMessage = { ok: true; result: ExportResult } | { ok: false; error: { code: ErrorCode; message: string } };
/** Starts the export worker; each host knows where its build put the worker's code. */
export type ExportWorkerFactory = (request: ExportRequest) => Worker;

/** For Node hosts that run from source (CLI, browser host, tests): tsx compiles the worker. */
export const sourceExportWorker: ExportWorkerFactory = (request) => new Worker(new URL('./export-worker-source.mjs', import.meta.url), { workerData: request });

/**
 * Runs an export in a worker on its own read connection, so a million-row XLSX (about 13 µs a row
 * measured) never stalls the host's event loop. The worker sees the last committed state, which
 * is what the grid showed when the person pressed Export.
 */
export function exportInWorker(factory: ExportWorkerFactory, request: ExportRequest): Promise<ExportResult> {
  return new Promise((resolve, reject) => {
    const worker = factory(request);
    let answer: ExportMessage | null = null;
    let failure: Error | null = null;
    worker.on('message', (m: ExportMessage) => (answer = m));
    worker.on('error', (err) => (failure = err));
    worker.on('exit', (code) => {
      const a = answer as ExportMessage | null;
      if (a?.ok) resolve(a.result);
      else if (a) reject(new AppError(a.error.code, a.error.message));
      else reject(new Error(`The export worker stopped (exit ${code}${failure ? `: ${failure.message}` : ''}) without an answer.`));
    });
  });
}
