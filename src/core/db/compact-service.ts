import { Worker } from 'node:worker_threads';
import type { CompactReport } from '../../shared/database-status';
import { AppError, type ErrorInfo } from '../../shared/errors';
import type { TaskRegistry } from '../task-registry';
import { exitDetail, runWorker } from '../worker-run';

export type CompactRequest = { dbPath: string; nativeBinding?: string };
export type CompactMessage = { type: 'done'; report: CompactReport } | { type: 'error'; error: ErrorInfo };
/** Starts the compact worker; each host knows where its build put the worker's code. */
export type CompactWorkerFactory = (request: CompactRequest) => Worker;

/** For Node hosts that run from source (CLI, browser host, tests): tsx compiles the worker. */
export const sourceCompactWorker: CompactWorkerFactory = (request) =>
  new Worker(new URL('./compact-worker-source.mjs', import.meta.url), { workerData: request });

/**
 * Compacts the database in a worker, on a connection of its own: VACUUM of a large file takes a minute
 * or more, and the host goes on answering meanwhile (reads; a write waits, then fails busy). A cancel (through
 * `registry`) stops the worker, and SQLite ignores the half-written copy: the file is as it was.
 */
export async function compactInWorker(
  factory: CompactWorkerFactory,
  request: CompactRequest,
  registry?: TaskRegistry,
): Promise<CompactReport> {
  let answer: CompactMessage | null = null;
  const end = await runWorker<CompactMessage>(factory(request), (m) => (answer = m), { registry });
  const a = answer as CompactMessage | null;
  if (a?.type === 'done') return a.report;
  if (end.stopped) throw new AppError('cancelled', { key: 'compact.cancelled' });
  if (a?.type === 'error') throw AppError.from(a.error);
  throw new Error(`The compact worker stopped (${exitDetail(end)}) without an answer.`);
}
