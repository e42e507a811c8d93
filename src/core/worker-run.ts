import type { Worker } from 'node:worker_threads';
import type { TaskRegistry } from './task-registry';

/** How a worker ended: its exit code, whether the core stopped it (a cancel, or its time limit), and any error it threw. */
export type WorkerEnd = { exitCode: number; stopped: 'cancelled' | 'timeout' | null; failure: Error | null };

/**
 * How to stop a worker that runs native code with threads of its own (DuckDB): terminating it midway
 * can take the whole process down, so it is asked first (`ask`, which the worker polls) and terminated
 * only if it has not exited `graceMs` later.
 */
export type GentleStop = { ask: () => void; graceMs: number };

/**
 * Runs a started worker (import, export, history) to its exit: a cancel through `registry` or the end
 * of `timeLimitMs` terminates it (or asks it to stop first: `gentle`), and SQLite rolls back whatever
 * transaction it had open. `onMessage` sees each message, told whether the worker is already being
 * stopped (its progress is then stale). Resolves on exit, never rejects: what the end means is the
 * caller's to say.
 */
export function runWorker<M>(
  worker: Worker,
  onMessage: (message: M, stopping: boolean) => void,
  options: { registry?: TaskRegistry; timeLimitMs?: number; gentle?: GentleStop } = {},
): Promise<WorkerEnd> {
  return new Promise((resolve) => {
    let stopped: WorkerEnd['stopped'] = null;
    let failure: Error | null = null;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const stop = (why: 'cancelled' | 'timeout') => {
      if (stopped) return;
      stopped = why;
      if (!options.gentle) return void worker.terminate();
      options.gentle.ask();
      graceTimer = setTimeout(() => void worker.terminate(), options.gentle.graceMs);
    };
    const unregister = options.registry?.add(() => stop('cancelled')) ?? (() => {});
    const timer =
      options.timeLimitMs === undefined ? undefined : setTimeout(() => stop('timeout'), options.timeLimitMs);
    worker.on('message', (m: M) => onMessage(m, stopped !== null));
    worker.on('error', (err) => (failure = err));
    worker.on('exit', (exitCode) => {
      clearTimeout(timer);
      clearTimeout(graceTimer);
      unregister();
      resolve({ exitCode, stopped, failure });
    });
  });
}

/** "exit 1: out of memory", for the sentence that says a worker stopped without an answer. */
export function exitDetail(end: WorkerEnd): string {
  return `exit ${end.exitCode}${end.failure ? `: ${end.failure.message}` : ''}`;
}
