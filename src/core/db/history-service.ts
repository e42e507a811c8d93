import { Worker } from 'node:worker_threads';
import type { ActionResult } from '../../shared/domain';
import { AppError, type ErrorInfo } from '../../shared/errors';
import type { TaskRegistry } from '../task-registry';
import { exitDetail, runWorker } from '../worker-run';
import type { StepProgress } from './edit-history-actions';

/** A batch revert, or the undo or redo of one: the steps that touch a whole batch's rows. */
export type HistoryRequest = {
  dbPath: string;
  nativeBinding?: string;
  op: 'revert' | 'undo' | 'redo';
  batchId?: number;
};
export type HistoryMessage =
  | { type: 'progress'; progress: Parameters<StepProgress>[0] }
  | { type: 'done'; result: ActionResult | null }
  | { type: 'error'; error: ErrorInfo };
/** Starts the history worker; each host knows where its build put the worker's code. */
export type HistoryWorkerFactory = (request: HistoryRequest) => Worker;

/** For Node hosts that run from source (CLI, browser host, tests): tsx compiles the worker. */
export const sourceHistoryWorker: HistoryWorkerFactory = (request) =>
  new Worker(new URL('./history-worker-source.mjs', import.meta.url), { workerData: request });

/**
 * Runs a batch revert (or its undo or redo) in a worker, so the host keeps answering and the page
 * can show its progress: half a million rows take seconds. It is one transaction there; a cancel
 * (through `registry`) stops the worker, and SQLite rolls the transaction back: nothing changed.
 */
export async function historyInWorker(
  factory: HistoryWorkerFactory,
  request: HistoryRequest,
  onProgress: StepProgress,
  registry?: TaskRegistry,
): Promise<ActionResult | null> {
  let answer: Exclude<HistoryMessage, { type: 'progress' }> | null = null;
  const end = await runWorker<HistoryMessage>(
    factory(request),
    (m, stopping) => {
      if (m.type !== 'progress') answer = m;
      else if (!stopping) onProgress(m.progress);
    },
    { registry },
  );
  const a = answer as Exclude<HistoryMessage, { type: 'progress' }> | null;
  if (a?.type === 'done') return a.result;
  if (end.stopped) throw new AppError('cancelled', { key: 'history.cancelled' });
  if (a?.type === 'error') throw AppError.from(a.error);
  throw new Error(`The history worker stopped (${exitDetail(end)}) without an answer.`);
}
