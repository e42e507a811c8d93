import type { Worker } from 'node:worker_threads';
import type { TaskRegistry } from './task-registry';

/** How a worker ended: its exit code, whether the core stopped it (a cancel, or its time limit), and any error it threw. */
export type WorkerEnd = { exitCode: number; stopped: 'cancelled' | 'timeout' | null; failure: Error | null };

/**
 * Runs a started worker (import, export, history) to its exit: a cancel through `registry` or the end
 * of `timeLimitMs` terminates it, and SQLite rolls back whatever transaction it had open. `onMessage`
 * sees each message, told whether the worker is already being stopped (its progress is then stale).
 * Resolves on exit, never rejects: what the end means is the caller's to say.
 */
export function runWorker<M>(
  worker: Worker,
  onMessage: (message: M, stopping: boolean) => void,
  options: { registry?: TaskRegistry; timeLimitMs?: number } = {},
): Promise<WorkerEnd> {
  return new Promise((resolve) => {
    let stopped: WorkerEnd['stopped'] = null;
    let failure: Error | null = null;
    const stop = (why: 'cancelled' | 'timeout') => {
      if (stopped) return;
      stopped = why;
      void worker.terminate();
    };
    const unregister = options.registry?.add(() => stop('cancelled')) ?? (() => {});
    const timer =
      options.timeLimitMs === undefined ? undefined : setTimeout(() => stop('timeout'), options.timeLimitMs);
    worker.on('message', (m: M) => onMessage(m, stopped !== null));
    worker.on('error', (err) => (failure = err));
    worker.on('exit', (exitCode) => {
      clearTimeout(timer);
      unregister();
      resolve({ exitCode, stopped, failure });
    });
  });
}

/** "exit 1: out of memory", for the sentence that says a worker stopped without an answer. */
export function exitDetail(end: WorkerEnd): string {
  return `exit ${end.exitCode}${end.failure ? `: ${end.failure.message}` : ''}`;
}
