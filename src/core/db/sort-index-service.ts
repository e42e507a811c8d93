import { Worker } from 'node:worker_threads';
import type { RecordColumn } from '../../shared/domain';
import type { TaskRegistry } from '../task-registry';
import { exitDetail, runWorker } from '../worker-run';

export type SortIndexRequest = { dbPath: string; nativeBinding?: string; columns: RecordColumn[] };
export type SortIndexMessage = { type: 'done' } | { type: 'error'; message: string };
/** Starts the sort index worker; each host knows where its build put the worker's code. */
export type SortIndexWorkerFactory = (request: SortIndexRequest) => Worker;

/** For Node hosts that run from source (CLI, browser host, tests): tsx compiles the worker. */
export const sourceSortIndexWorker: SortIndexWorkerFactory = (request) =>
  new Worker(new URL('./sort-index-worker-source.mjs', import.meta.url), { workerData: request });

/**
 * Builds the grid's sort indexes off the core's thread. The first sort or filter of a large table
 * that needs an index waits for it (CREATE INDEX: seconds at 5M rows), and reading the whole table
 * to answer without it costs about as long; built here, on the worker's own connection, the core
 * goes on answering every other call (the dashboard, other pages) meanwhile, and the grid's page
 * follows as soon as the index is committed. One build at a time: SQLite has one writer. A build
 * asked for again while it runs is the same build. Failures (another connection holding the write
 * lock for an import) are logged and left to the records repo, which builds or reads without it.
 */
export function createSortIndexBuilder(
  factory: SortIndexWorkerFactory,
  base: Omit<SortIndexRequest, 'columns'>,
  log: (message: string, err?: unknown) => void,
  registry?: TaskRegistry,
) {
  const pending = new Map<RecordColumn, Promise<void>>();
  let queue: Promise<void> = Promise.resolve();

  async function run(column: RecordColumn): Promise<void> {
    let answer: SortIndexMessage | null = null;
    const end = await runWorker<SortIndexMessage>(factory({ ...base, columns: [column] }), (m) => (answer = m), {
      registry,
    });
    const a = answer as SortIndexMessage | null;
    if (a?.type === 'error') log(`The grid's index on ${column} was not built in the background: ${a.message}`);
    else if (a?.type !== 'done' && !end.stopped)
      log(`The grid's index worker for ${column} stopped (${exitDetail(end)}) without an answer.`);
  }

  return {
    /** Resolves once each column's index is built, or its build failed. */
    build(columns: RecordColumn[]): Promise<void> {
      return Promise.all(
        columns.map((column) => {
          let p = pending.get(column);
          if (!p) {
            queue = queue
              .then(() => run(column))
              .catch((err: unknown) => log(`The grid's index on ${column} was not built in the background.`, err));
            p = queue.finally(() => pending.delete(column));
            pending.set(column, p);
          }
          return p;
        }),
      ).then(() => {});
    },
  };
}
