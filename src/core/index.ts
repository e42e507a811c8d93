// The engine's front door. Hosts (Electron main, the browser host, the CLI, tests) open a Core and
// talk to it only through `dispatch` and `onEvent`.
export { openCore } from './core';
export { bundledSample, SAMPLE_IMPORT_OPTIONS, type SampleSeed } from './sample-seed';
export type { Core, CoreOptions } from './core';
export type { WorkerFactory } from './import/pipeline/import-service';
export { IMPORT_WORKER_LIMITS } from './import/pipeline/import-service';
export type { ExportWorkerFactory } from './export/export-service';
export type { HistoryWorkerFactory } from './db/history-service';
export type { SortIndexWorkerFactory } from './db/sort-index-service';
export type { CompactWorkerFactory } from './db/compact-service';
