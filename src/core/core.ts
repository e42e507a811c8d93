import { existsSync } from 'node:fs';
import type { AppEvent } from '../shared/contract';
import type { Result } from '../shared/errors';
import { buildBreakdown } from './analysis/breakdown';
import { buildBrief } from './analysis/brief';
import { findRecord } from './analysis/records';
import { reconcile } from './analysis/reconcile';
import { buildSeries } from './analysis/series';
import { watchlistReport } from './analysis/watchlist';
import { createBreakdownRepo } from './db/breakdown-repo';
import { createDefinitionsRepo } from './db/definitions-repo';
import { createSummaryMaintenance } from './db/summary-repo';
import { createWatchlistRepo } from './db/watchlist-repo';
import { createBatchesRepo } from './db/batches-repo';
import { createEditHistory } from './db/edit-history-actions';
import { createEditHistoryReader } from './db/edit-history-read';
import { migrate, SCHEMA_VERSION } from './db/migrate';
import { openDb } from './db/open';
import { createRecordEdits } from './db/record-edits';
import { createRecordsRepo } from './db/records-repo';
import { createRevisionsRepo } from './db/revisions-repo';
import { createScopeRepo, createScopeUpkeep } from './db/scope-repo';
import { createSeriesRepo } from './db/series-repo';
import { createDispatch, type Handlers, type Logger } from './dispatch';
import { EventBus } from './events';
import { exportCanonicalCsv } from './export/canonical-csv';
import { exportInWorker, sourceExportWorker, type ExportWorkerFactory } from './export/export-service';
import { exportRecords } from './export/records-export';
import { ImportRegistry, importInWorker, sourceWorker, type WorkerFactory } from './import/import-service';
import { previewImport } from './import/preview-import';

/**
 * How the bundled sample (resources/sample) is imported: it holds every good of each month it holds
 * (headline totals, and the four items VOA itemised for November 2020), which a CSV cannot say.
 */
export const SAMPLE_IMPORT_OPTIONS = { goods: 'all' } as const;

export type CoreOptions = {
  dbPath: string;
  /** A canonical CSV imported when the database is first created, so the app opens on real data. */
  seed?: { path: string; name: string };
  nativeBinding?: string;
  importWorker?: WorkerFactory;
  /** Runs data exports off the event loop; without it they run in-process (fine for the CLI and tests). */
  exportWorker?: ExportWorkerFactory;
  /** How long one importFiles call may run before its worker is stopped (default 30 min). */
  importTimeLimitMs?: number;
  log?: Logger;
};

export type Core = {
  dbPath: string;
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (e: AppEvent) => void): () => void;
  close(): void;
};

export function openCore(options: CoreOptions): Core {
  const log: Logger = options.log ?? ((message, err) => console.error(`[tidemark] ${message}`, err ?? ''));
  const isNew = options.dbPath === ':memory:' || !existsSync(options.dbPath);
  const db = openDb(options.dbPath, { nativeBinding: options.nativeBinding });
  try {
    migrate(db, () => db.prepare('VACUUM INTO ?').run(`${options.dbPath}.backup-v${String(db.pragma('user_version', { simple: true }))}-${Date.now()}`));
  } catch (err) {
    db.close();
    throw err;
  }
  const bus = new EventBus();
  const records = createRecordsRepo(db);
  const edits = createRecordEdits(db, records);
  // Edits, deletes and reverts keep summary_total current in their own transactions.
  const history = createEditHistory(db, edits, records, { ...createSummaryMaintenance(db), ...createScopeUpkeep(db) });
  const historyReader = createEditHistoryReader(db);
  const batches = createBatchesRepo(db);
  const series = createSeriesRepo(db);
  const revisions = createRevisionsRepo(db);
  const scopes = createScopeRepo(db);
  const analysis = { series, scopes, defs: createDefinitionsRepo(db), breakdown: createBreakdownRepo(db) };
  const watchlist = createWatchlistRepo(db);
  const worker = options.importWorker ?? sourceWorker;
  const imports = new ImportRegistry();

  const handlers: Handlers = {
    appInfo: () => ({ dbPath: options.dbPath, schemaVersion: SCHEMA_VERSION, ...batches.counts() }),
    importFiles: ({ files, options: importOptions }) =>
      importInWorker(worker, { dbPath: options.dbPath, nativeBinding: options.nativeBinding, files, options: importOptions }, (p) =>
        bus.emit({ name: 'importProgress', payload: p }),
      { timeLimitMs: options.importTimeLimitMs, registry: imports }),
    cancelImport: () => ({ cancelled: imports.cancelAll() }),
    previewImport: ({ file, options: importOptions }) => previewImport(file, importOptions),
    listBatches: () => batches.list(),
    listRejects: ({ batchId, limit }) => batches.rejects(batchId, limit),
    listRecords: (q) => records.list(q),
    updateRecord: ({ id, field, value, version }) => history.edit(id, field, value, version),
    updateRecords: ({ cells }) => history.editMany(cells),
    getRecord: ({ id }) => records.get(id),
    undo: () => history.undo(),
    redo: () => history.redo(),
    deleteRecords: ({ ids }) => history.delete(ids),
    restoreRecords: ({ ids }) => history.restore(ids),
    revertBatch: ({ batchId }) => history.revertBatch(batchId),
    recordHistory: ({ id }) => historyReader.recordHistory(id),
    recordSource: ({ id }) => historyReader.recordSource(id),
    saveView: ({ name, state }) => historyReader.saveView(name, state),
    listViews: () => historyReader.listViews(),
    // Exports run in a worker like imports; an in-memory database (tests) can only be read here.
    exportRecords: (input) =>
      options.dbPath === ':memory:' ? exportRecords(records, input) : exportInWorker(options.exportWorker ?? sourceExportWorker, { dbPath: options.dbPath, nativeBinding: options.nativeBinding, input }),
    exportCsv: ({ path }) => ({ path, ...exportCanonicalCsv(db, path) }),
    listRevisions: ({ batchId, limit }) => revisions.list(batchId ?? null, limit),
    dimensions: () => batches.dimensions(),
    series: (q) => buildSeries(analysis, q),
    brief: (q) => buildBrief(analysis, q),
    breakdown: (q) => buildBreakdown(analysis, q),
    seriesRecord: ({ period, kind, ...q }) => findRecord(buildSeries(analysis, { ...q, from: undefined, to: period }), period, kind),
    reconcile: (q) => reconcile(analysis, q),
    listDefinitions: () => analysis.defs.list(),
    saveDefinition: (d) => analysis.defs.save(d),
    deleteDefinition: ({ name }) => analysis.defs.delete(name),
    listWatchlist: () => watchlist.list(),
    saveWatchEntry: (e) => watchlist.save(e),
    deleteWatchEntry: ({ id }) => watchlist.delete(id),
    watchReport: (q) => watchlistReport({ watchlist, series, scopes }, q),
  };
  const dispatch = createDispatch(handlers, log);

  const core: Core = { dbPath: options.dbPath, dispatch, onEvent: (l) => bus.on(l), close: () => db.close() };
  if (isNew && options.seed) {
    const seed = options.seed;
    void dispatch('importFiles', { files: [{ path: seed.path, name: seed.name }], options: SAMPLE_IMPORT_OPTIONS }).then((r) => {
      if (!r.ok) log(`could not load the sample dataset: ${r.error.message}`);
    });
  }
  return core;
}
