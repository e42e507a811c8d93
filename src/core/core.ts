import type { AppEvent } from '../shared/contract';
import { AppError, type Result } from '../shared/errors';
import { buildBrief } from './analysis/brief';
import { checkNames } from './analysis/held-names';
import { breakdownFor } from './analysis/period-breakdown';
import { findRecord } from './analysis/records';
import { reconcile } from './analysis/reconcile';
import { buildSeries } from './analysis/series';
import { seriesFor } from './analysis/series-query';
import { requireMonth } from './analysis/series-span';
import { watchlistReport } from './analysis/watchlist';
import { createBreakdownRepo } from './db/breakdown-repo';
import { createDefinitionsRepo } from './db/definitions-repo';
import { createSummaryMaintenance } from './db/summary-repo';
import { createWatchlistRepo } from './db/watchlist-repo';
import { createBatchesRepo } from './db/batches-repo';
import { createEditHistory } from './db/edit-history-actions';
import { createEditHistoryReader } from './db/edit-history-read';
import { SCHEMA_VERSION } from './db/migrate';
import { CorruptDatabaseError, openTidemarkDb } from './db/open-tidemark';
import { backupDatabase } from './db/backups';
import { asDiskFull } from './db/disk-full';
import { createRecordEdits } from './db/record-edits';
import { createNamesRepo } from './db/names-repo';
import { createRecordsRepo } from './db/records-repo';
import { createRejectedRepo } from './db/rejected-repo';
import { createRevisionsRepo } from './db/revisions-repo';
import { createSeriesRepo } from './db/series-repo';
import { createDispatch, type Handlers, type Logger } from './dispatch';
import { EventBus } from './events';
import { exportInWorker, sourceExportWorker, type ExportWorkerFactory } from './export/export-service';
import { ImportRegistry, importInWorker, sourceWorker, type WorkerFactory } from './import/import-service';
import { recoveryCore } from './recovery-core';

export type CoreOptions = {
  dbPath: string;
  /** A canonical CSV imported when the database is first created, so the app opens on real data. */
  seed?: { path: string; name: string };
  nativeBinding?: string;
  importWorker?: WorkerFactory;
  /** Runs data exports off the event loop; without it they run in-process (fine for the CLI and tests). */
  exportWorker?: ExportWorkerFactory;
  /**
   * A damaged database (failed quick_check, moved aside) opens as a stand-in core that offers its newest
   * backup (databaseStatus, restoreBackup) instead of throwing: the app and the browser host show a screen
   * for it. The CLI leaves it off, so the error naming the backup is what it prints.
   */
  offerBackup?: boolean;
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
  try {
    return openSoundCore(options);
  } catch (err) {
    if (options.offerBackup && err instanceof CorruptDatabaseError) return recoveryCore(err, () => openCore(options));
    throw err;
  }
}

function openSoundCore(options: CoreOptions): Core {
  const log: Logger = options.log ?? ((message, err) => console.error(`[tidemark] ${message}`, err ?? ''));
  const { db, created: isNew } = openTidemarkDb(options.dbPath, { nativeBinding: options.nativeBinding });
  const bus = new EventBus();
  const records = createRecordsRepo(db);
  const edits = createRecordEdits(db, records);
  // Edits, deletes and reverts keep summary_month current in their own transactions.
  const backup = (reason: string) => () => void (options.dbPath !== ':memory:' && backupDatabase(db, options.dbPath, reason));
  const history = createEditHistory(db, edits, records, createSummaryMaintenance(db), backup('before-revert'));
  const historyReader = createEditHistoryReader(db);
  const batches = createBatchesRepo(db);
  const series = createSeriesRepo(db);
  const revisions = createRevisionsRepo(db);
  const analysis = { series, defs: createDefinitionsRepo(db), breakdown: createBreakdownRepo(db), rejected: createRejectedRepo(db) };
  const names = createNamesRepo(db);
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
    // Loaded when first used: the readers bring the spreadsheet libraries, which a command that only
    // reads figures (the CLI's series) should not pay for at start.
    previewImport: async ({ file, options: importOptions }) => (await import('./import/preview-import')).previewImport(file, importOptions),
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
    exportRecords: async (input) =>
      options.dbPath === ':memory:'
        ? (await import('./export/records-export')).exportRecords(records, input)
        : exportInWorker(options.exportWorker ?? sourceExportWorker, { dbPath: options.dbPath, nativeBinding: options.nativeBinding, input }),
    exportCsv: async ({ path }) => ({ path, ...(await import('./export/canonical-csv')).exportCanonicalCsv(db, path) }),
    listRevisions: ({ batchId, limit }) => revisions.list(batchId ?? null, limit),
    dimensions: () => batches.dimensions(),
    checkNames: (q) => checkNames(() => batches.dimensions(), names, q),
    series: (q) => seriesFor(analysis, q),
    brief: (q) => {
      requireMonth(q.period);
      return buildBrief(analysis, q);
    },
    breakdown: (q) => breakdownFor(analysis, q),
    seriesRecord: ({ period, kind, ...q }) => findRecord(buildSeries(analysis, { ...q, from: undefined, to: period }), period, kind),
    reconcile: (q) => reconcile(series, q),
    listDefinitions: () => analysis.defs.list(),
    saveDefinition: (d) => analysis.defs.save(d),
    deleteDefinition: ({ name }) => analysis.defs.delete(name),
    listWatchlist: () => watchlist.list(),
    saveWatchEntry: (e) => watchlist.save(e),
    deleteWatchEntry: ({ id }) => watchlist.delete(id),
    watchReport: (q) => watchlistReport(watchlist, q),
    databaseStatus: () => ({ state: 'ok' }),
    restoreBackup: () => {
      throw new AppError('conflict', 'This database opened cleanly; there is no backup to put in its place.');
    },
  };
  const dispatch = createDispatch(handlers, log, (err) => asDiskFull(err, options.dbPath));

  const core: Core = { dbPath: options.dbPath, dispatch, onEvent: (l) => bus.on(l), close: () => db.close() };
  if (isNew && options.seed) {
    const seed = options.seed;
    void dispatch('importFiles', { files: [{ path: seed.path, name: seed.name }], options: {} }).then((r) => {
      if (!r.ok) log(`could not load the sample dataset: ${r.error.message}`);
    });
  }
  return core;
}
