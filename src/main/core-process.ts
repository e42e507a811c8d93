// The entry of the core's utility process (core-launcher.ts forks it): the engine beside the window,
// never in main. Its import, export, history, sort index and compact workers are threads of this process, bundled by
// electron-vite next to it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  IMPORT_WORKER_LIMITS,
  type CompactWorkerFactory,
  type ExportWorkerFactory,
  type HistoryWorkerFactory,
  type SortIndexWorkerFactory,
  type WorkerFactory,
} from '../core';
import startCompactWorker from '../core/db/compact-worker?nodeWorker';
import startHistoryWorker from '../core/db/history-worker?nodeWorker';
import startSortIndexWorker from '../core/db/sort-index-worker?nodeWorker';
import startExportWorker from '../core/export/export-worker?nodeWorker';
import startImportWorker from '../core/import/pipeline/import-worker?nodeWorker';
import { openServedCore } from '../core/process/open-served';
import { serveCore } from '../core/process/serve-core';
import type { CoreRequest } from '../core/process/protocol';

function log(message: string, err?: unknown): void {
  console.error(`[tidemark] ${message}`, ...(err === undefined ? [] : [err]));
}

// The parser worker, which the import worker starts itself for large CSV files, is a build entry of its own.
const parseWorkerPath = join(import.meta.dirname, 'parse-worker.js');
const importWorker: WorkerFactory = (request) =>
  startImportWorker({
    workerData: { ...request, parseWorker: existsSync(parseWorkerPath) ? { path: parseWorkerPath } : undefined },
    resourceLimits: IMPORT_WORKER_LIMITS,
  });
// So is the second reader a Parquet export starts (src/core/export/second-reader.ts).
const linesWorkerPath = join(import.meta.dirname, 'parquet-lines-worker.js');
const exportWorker: ExportWorkerFactory = (request) =>
  startExportWorker({
    workerData:
      request.format === 'parquet' && existsSync(linesWorkerPath)
        ? { ...request, linesWorker: { path: linesWorkerPath } }
        : request,
  });
const historyWorker: HistoryWorkerFactory = (request) => startHistoryWorker({ workerData: request });
const sortIndexWorker: SortIndexWorkerFactory = (request) => startSortIndexWorker({ workerData: request });
const compactWorker: CompactWorkerFactory = (request) => startCompactWorker({ workerData: request });

const port = process.parentPort;
const workers = { importWorker, exportWorker, historyWorker, sortIndexWorker, compactWorker };
serveCore(
  (options, emit) => openServedCore({ ...options, ...workers, log, emit }),
  {
    post: (reply) => port.postMessage(reply),
    onMessage: (listener) => void port.on('message', (e) => listener(e.data as CoreRequest)),
  },
  // Closed: nothing is left to do here; main is told `closed` first.
  () => setImmediate(() => process.exit(0)),
);
