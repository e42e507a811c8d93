import { Worker } from 'node:worker_threads';
import type { ActionResult } from '../../shared/domain';
import { AppError, type ErrorCode } from '../../shared/errors';
import type { TaskRegistry } from '../task-registry';
import type { StepProgress } from './edit-history-actions';

/** A batch revert, or the undo or redo of one: the steps that touch a whole batch's rows. */
export type HistoryRequest = { dbPath: string; nativeBinding?: string; op: 'revert' | 'undo' | 'redo'; batchId?: number };
export type HistoryMessage =
  | { type: 'progress'; progress: Parameters<StepProgress>[0] }
  | { type: 'done'; result: ActionResult | null }
  | { type: 'error'; error: { code: ErrorCode; message: string } };
/** Starts the history worker; each host knows where its build put the worker's code. */
export type HistoryWorkerFactory = (request: HistoryRequest) => Worker;

/** For Node hosts that run from source (CLI, browser host, tests): tsx compiles the worker. */
export const sourceHistoryWorker: HistoryWorkerFactory = (request) => new Worker(new URL('./history-worker-source.mjs', import.meta.url), { workerData: request });

/**
 * Runs a batch revert (or its undo or redo) in a worker, so the host keeps answering and the page
 * can show its progress: half a million rows take seconds. It is one transaction there; a cancel
 * (through `registry`) stops the worker, and SQLite rolls the transaction back: nothing changed.
 */
export function historyInWorker(factory: HistoryWorkerFactory, request: HistoryRequest, onProgress: StepProgress, registry?: TaskRegistry): Promise<ActionResult | null> {
  return new Promise((resolve, reject) => {
    const worker = factory(request);
    let answer: HistoryMessage | null = null;
    let failure: Error | null = null;
    let cancelled = false;
    const unregister =
      registry?.add(() => {
        cancelled = true;
        void worker.terminate();
      }) ?? (() => {});
    worker.on('message', (m: HistoryMessage) => {
      if (m.type === 'progress') {
        if (!cancelled) onProgress(m.progress);
      } else answer = m;
    });
    worker.on('error', (err) => (failure = err));
    worker.on('exit', (code) => {
      unregister();
      const a = answer as HistoryMessage | null;
      if (a?.type === 'done') resolve(a.result);
      else if (cancelled) reject(new AppError('cancelled', 'Stopped before the end: nothing was changed, every row is as it was.'));
      else if (a?.type === 'error') reject(new AppError(a.error.code, a.error.message));
      else reject(new Error(`The history worker stopped (exit ${code}${failure ? `: ${failure.message}` : ''}) without an answer.`));
    });
  });
}
