import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompactWorkerFactory } from './db/compact-service';
import type { HistoryWorkerFactory } from './db/history-service';
import type { SortIndexWorkerFactory } from './db/sort-index-service';
import type { ExportWorkerFactory } from './export/export-service';
import { IMPORT_WORKER_LIMITS, type WorkerFactory } from './import/pipeline/import-service';

/**
 * The workers of a Node host compiled by scripts/build-node.mjs (the CLI, the browser host): files
 * in the same folder as this module's compiled chunk. Run from TypeScript source (tests), there are
 * none, and the core falls back to its source workers, which tsx compiles.
 */
export function compiledWorkers(): {
  importWorker?: WorkerFactory;
  exportWorker?: ExportWorkerFactory;
  historyWorker?: HistoryWorkerFactory;
  sortIndexWorker?: SortIndexWorkerFactory;
  compactWorker?: CompactWorkerFactory;
  coreWorker?: () => Worker;
} {
  const dir = dirname(fileURLToPath(import.meta.url));
  const file = (name: string) => join(dir, `${name}.mjs`);
  if (!existsSync(file('import-worker'))) return {};
  const parse = file('parse-worker');
  return {
    importWorker: (request) =>
      new Worker(file('import-worker'), {
        workerData: { ...request, parseWorker: existsSync(parse) ? { path: parse } : undefined },
        resourceLimits: IMPORT_WORKER_LIMITS,
      }),
    exportWorker: (request) =>
      new Worker(file('export-worker'), {
        workerData:
          request.format === 'parquet' ? { ...request, linesWorker: { path: file('parquet-lines-worker') } } : request,
      }),
    historyWorker: (request) => new Worker(file('history-worker'), { workerData: request }),
    sortIndexWorker: (request) => new Worker(file('sort-index-worker'), { workerData: request }),
    compactWorker: (request) => new Worker(file('compact-worker'), { workerData: request }),
    // The browser host's core thread (src/core/process/core-worker.ts), which starts the others above.
    coreWorker: () => new Worker(file('core-worker')),
  };
}
