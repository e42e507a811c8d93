import { basename } from 'node:path';
import { isMethod, writes, type AppEvent, type ReadOnly } from '../shared/contract';
import type { GridPage } from '../shared/domain';
import { AppError, type Result } from '../shared/errors';
import { buildBrief } from './analysis/brief';
import { checkNames } from './analysis/held-names';
import { breakdownFor } from './analysis/period-breakdown';
import { findRecord } from './analysis/records';
import { reconcile } from './analysis/reconcile';
import { buildSeries } from './analysis/series';
import { seriesFor } from './analysis/series-query';
import { watchlistReport } from './analysis/watchlist';
import { createBreakdownRepo } from './db/breakdown-repo';
import { createDefinitionsRepo } from './db/definitions-repo';
import { createSummaryMaintenance } from './db/summary-repo';
import { createWatchlistRepo } from './db/watchlist-repo';
import { createBatchesRepo } from './db/batches-repo';
import { recordSplits } from './db/record-splits';
import { sinceLastChange } from './db/data-version';
import { createLeadPartnerRepo } from './db/lead-partner-repo';
import { createEditHistory } from './db/edit-history-actions';
import { createEditHistoryReader } from './db/edit-history-read';
import { createSavedViews } from './db/saved-views';
import { SCHEMA_VERSION } from './db/migrate';
import { CorruptDatabaseError, openTidemarkDb } from './db/open-tidemark';
import { backupDatabase } from './db/backups';
import { asSqliteFailure } from './db/sqlite-failure';
import { createEditedRows } from './db/edited-rows';
import { createRecordEdits } from './db/record-edits';
import { createNamesRepo } from './db/names-repo';
import { createRecordsRepo } from './db/records-repo';
import { createRejectedRepo } from './db/rejected-repo';
import { createRevisionsRepo } from './db/revisions-repo';
import { createScopeRepo, createScopeUpkeep } from './db/scope-repo';
import { createSeriesRepo } from './db/series-repo';
import {
  historyInWorker,
  sourceHistoryWorker,
  type HistoryRequest,
  type HistoryWorkerFactory,
} from './db/history-service';
import { compactInWorker, sourceCompactWorker, type CompactWorkerFactory } from './db/compact-service';
import { databaseSpace } from './db/compact';
import { createSortIndexBuilder, sourceSortIndexWorker, type SortIndexWorkerFactory } from './db/sort-index-service';
import { createDispatch, type Handlers, type Logger } from './dispatch';
import { EventBus } from './events';
import {
  exportRecords,
  parquetInWorker,
  sourceExportWorker,
  stagingPathFor,
  writeInWorker,
  type ExportWorkerFactory,
  type WriteExport,
} from './export/export-service';
import { Outbox, type HeldFile } from './export/outbox';
import { importInWorker, sourceWorker, type WorkerFactory } from './import/pipeline/import-service';
import { TaskRegistry } from './task-registry';
import { sha256OfFile } from './import/pipeline/file-hash';
import { holdingBatch } from './import/pipeline/held-file';
import { createRecordSource } from './provenance/record-source';
import { recoveryCore } from './recovery-core';
import { seedSample, type SampleSeed } from './sample-seed';
import { taskReporter } from './task-progress';

/** Rows from which a batch revert runs in a worker (one step of its UPDATEs: about 0.1 s here). */
const WORKER_MIN_ROWS = 20_000;

export type CoreOptions = {
  dbPath: string;
  /** A canonical CSV imported when the database is first created, so the app opens on real data (sample-seed.ts). */
  seed?: SampleSeed;
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
  /** Runs batch reverts and their undo/redo off the event loop; without it they use tsx from source. */
  historyWorker?: HistoryWorkerFactory;
  /** Builds the grid's sort indexes off the event loop; without it they use tsx from source. */
  sortIndexWorker?: SortIndexWorkerFactory;
  /** Compacts the database off the event loop; without it, tsx from source. */
  compactWorker?: CompactWorkerFactory;
  /**
   * Files up to this size have every page read by the open's quick_check (open-tidemark.ts: WHOLE_CHECK_BYTES,
   * its default); `tidemark check` gives Infinity.
   */
  wholeCheckBytes?: number;
  /** How long one importFiles call may run before its worker is stopped (default: TIDEMARK_IMPORT_MINUTES, else 30 min). */
  importTimeLimitMs?: number;
  log?: Logger;
  /**
   * This database is a Parquet dataset's local copy (dataset-cache.ts): every method the contract marks
   * `writes` is refused with the reason, and appInfo says it so the page can too. The copy itself stays
   * an ordinary database, so the grid can still build a sort index in it on a first sort.
   */
  readOnly?: ReadOnly;
};

export type Core = {
  dbPath: string;
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (e: AppEvent) => void): () => void;
  /**
   * A finished export kept for download (`deliver: download`), once: for a host to stream, never a
   * contract method, so no page learns a path. `done()` deletes the file.
   */
  takeDownload(id: string): (HeldFile & { done(): void }) | null;
  close(): void;
  /** Settles once the seed of a new database is in (at once without one): a host serves its first page after it. */
  seeded?: Promise<void>;
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
  const { db, created: isNew, from } = openTidemarkDb(options.dbPath, options);
  // The version this open upgraded the file from: its free pages are the migration's, which the page offers to give back.
  // While the compact worker rewrites the file, every change is refused (see dispatch below).
  let compacting = false;
  let upgradedFrom = !isNew && from > 0 && from < SCHEMA_VERSION ? from : null;
  const bus = new EventBus();
  const records = createRecordsRepo(db);
  const edits = createRecordEdits(db, records);
  // Edits, deletes and reverts keep summary_total and the batches' scope current in their own transactions.
  const backup = (reason: string) => () =>
    void (options.dbPath !== ':memory:' && backupDatabase(db, options.dbPath, reason));
  const history = createEditHistory(
    db,
    edits,
    records,
    { ...createSummaryMaintenance(db), ...createScopeUpkeep(db) },
    backup('before-revert'),
  );
  const historyReader = createEditHistoryReader(db);
  const provenance = createRecordSource(db);
  const views = createSavedViews(db);
  const batches = createBatchesRepo(db);
  const leads = createLeadPartnerRepo(db);
  // Every view asks for the pickers' choices as it opens: read from the summary once per change, not per view.
  const splits = recordSplits(db);
  const dimensions = sinceLastChange(db, () => ({
    ...batches.dimensions(),
    leadPartnerOf: leads.leadPartnerOf(),
    splits: splits.held(),
  }));
  const series = createSeriesRepo(db);
  const revisions = createRevisionsRepo(db);
  const scopes = createScopeRepo(db);
  const edited = createEditedRows(db);
  const analysis = {
    series,
    scopes,
    defs: createDefinitionsRepo(db),
    breakdown: createBreakdownRepo(db),
    rejected: createRejectedRepo(db),
    edited,
  };
  const names = createNamesRepo(db);
  const watchlist = createWatchlistRepo(db);
  const worker = options.importWorker ?? sourceWorker;
  const imports = new TaskRegistry();
  // Reverts and exports: cancelled together by cancelTask, apart from imports.
  const tasks = new TaskRegistry();
  // Sort index builds: stopped when the core closes (SQLite rolls an unfinished CREATE INDEX back).
  const indexBuilds = new TaskRegistry();
  const outbox = new Outbox();
  const writeExport: WriteExport = (format, query, path, progress) =>
    // An in-memory database (tests) can only be read here; a file is read by a worker on its own connection.
    options.dbPath === ':memory:'
      ? Promise.all([import('./export/records-export'), import('./export/record-extras')]).then(([m, x]) =>
          m.writeRecordsFile(records, format, query, path, progress, x.recordExtras(db)),
        )
      : writeInWorker(
          options.exportWorker ?? sourceExportWorker,
          { dbPath: options.dbPath, nativeBinding: options.nativeBinding, format, query, path },
          progress,
          tasks,
        );

  /**
   * A batch revert, or its undo or redo, with progress events: in a worker when the batch is large
   * (a worker starts in about half a second; a small batch is done sooner here), and always here for
   * an in-memory database.
   */
  const wholeBatch = (op: HistoryRequest['op'], rows: number, batchId?: number) => {
    const report = taskReporter(op, (p) => bus.emit({ name: 'taskProgress', payload: p }));
    if (options.dbPath === ':memory:' || rows < WORKER_MIN_ROWS)
      return op === 'revert'
        ? history.revertBatch(batchId!, report)
        : op === 'undo'
          ? history.undo(report)
          : history.redo(report);
    return historyInWorker(
      options.historyWorker ?? sourceHistoryWorker,
      { dbPath: options.dbPath, nativeBinding: options.nativeBinding, op, batchId },
      report,
      tasks,
    );
  };
  // The grid's indexes on a large table are built by a worker while this thread answers other calls;
  // an in-memory database (tests) can only build them here, as list() does itself.
  const indexBuilder =
    options.dbPath === ':memory:'
      ? null
      : createSortIndexBuilder(
          options.sortIndexWorker ?? sourceSortIndexWorker,
          { dbPath: options.dbPath, nativeBinding: options.nativeBinding },
          log,
          indexBuilds,
        );
  const batchRows = (batchId: number) => batches.list().find((b) => b.id === batchId)?.rowsImported ?? 0;
  const nextStep = (which: 'undo' | 'redo') => {
    const step = history.state()[which];
    return step?.kind === 'revert_batch'
      ? wholeBatch(which, step.count)
      : which === 'undo'
        ? history.undo()
        : history.redo();
  };

  /** A page of the grid; `count` false: before a large match's total (gridPage). */
  async function recordsPage(q: Parameters<Handlers['gridPage']>[0], count: boolean): Promise<GridPage> {
    let page: GridPage | null = null;
    // At most two rounds: the total's index first (it may change the page's plan), then the page's.
    for (let round = 0; indexBuilder && round < 2; round++) {
      const missing = records.missingIndexes(q, count);
      if (!missing) break;
      const built = indexBuilder.build(missing.columns);
      // The first page of an order with no index yet is read from the table now, the whole table
      // for 100 rows, while the index builds; later pages wait for the index instead of reading
      // the table again each time.
      if (missing.for === 'page' && q.after === null && q.skip === 0) {
        page = records.page(q, { build: false, count });
        break;
      }
      await built;
    }
    page ??= records.page(q, { count });
    return { ...page, edited: edited.onPage(page.rows) };
  }

  const handlers: Handlers = {
    appInfo: () => ({
      dbPath: options.dbPath,
      schemaVersion: SCHEMA_VERSION,
      ...batches.counts(),
      readOnly: options.readOnly ?? null,
      space: options.dbPath === ':memory:' || options.readOnly ? null : databaseSpace(db, options.dbPath, upgradedFrom),
    }),
    importFiles: ({ files, options: importOptions }) =>
      importInWorker(
        worker,
        { dbPath: options.dbPath, nativeBinding: options.nativeBinding, files, options: importOptions },
        (p) => bus.emit({ name: 'importProgress', payload: p }),
        { timeLimitMs: options.importTimeLimitMs, registry: imports },
      ),
    cancelImport: () => ({ cancelled: imports.cancelAll() }),
    // Loaded when first used: the readers bring the spreadsheet libraries, which a command that only
    // reads figures (the CLI's series) should not pay for at start. The duplicate check comes with the
    // preview, so a file already held is named before any question about it. A mapping names the figures
    // it reads: another value column of a held file is held by no batch yet, and imports as its own.
    previewImport: async ({ file, options: importOptions }) => {
      const preview = (await import('./import/pipeline/preview-import')).previewImport(file, importOptions);
      const sha256 = await sha256OfFile(file.path);
      return {
        ...preview,
        duplicateOf: holdingBatch(db, sha256, importOptions.map ? importOptions : {}),
      };
    },
    listBatches: () => batches.list(),
    listRejects: ({ batchId, limit }) => batches.rejects(batchId, limit),
    listRecords: async (q) => {
      const page = await recordsPage(q, true);
      if (page.total === null) throw new Error('a counted page has its total');
      return { ...page, total: page.total };
    },
    gridPage: (q) => recordsPage(q, false),
    countRecords: async (f) => {
      const missing = records.missingCountIndex(f);
      if (indexBuilder && missing) await indexBuilder.build([missing]);
      return { total: records.count(f) };
    },
    updateRecord: ({ id, field, value, version }) => history.edit(id, field, value, version),
    updateRecords: ({ cells }) => history.editMany(cells),
    getRecord: ({ id }) => records.get(id),
    // A step that touches a whole batch runs in a worker with progress; a cell's runs here at once.
    undo: () => nextStep('undo'),
    redo: () => nextStep('redo'),
    deleteRecords: ({ ids }) => history.delete(ids),
    restoreRecords: ({ ids }) => history.restore(ids),
    revertBatch: async ({ batchId }) => {
      const done = await wholeBatch('revert', batchRows(batchId), batchId);
      if (!done) throw new AppError('internal', 'The revert returned nothing.');
      return done;
    },
    recordHistory: ({ id }) => historyReader.recordHistory(id),
    recordSource: ({ id }) => provenance.recordSource(id),
    saveView: ({ name, state }) => views.saveView(name, state),
    listViews: () => views.listViews(),
    exportRecords: (input) =>
      exportRecords(input, { write: writeExport, outbox, emit: (p) => bus.emit({ name: 'taskProgress', payload: p }) }),
    cancelTask: () => ({ cancelled: tasks.cancelAll() }),
    historyState: () => history.state(),
    exportParquet: ({ dir }) => {
      const report = taskReporter('export', (p) => bus.emit({ name: 'taskProgress', payload: p }));
      const progress = (done: number, total: number) => report({ label: basename(dir), done, total });
      // An in-memory database (tests) can only be read here; a file is read by the export worker on its own connection.
      if (options.dbPath === ':memory:')
        return import('./export/parquet-export').then((m) => m.exportParquet(db, dir, progress, stagingPathFor(dir)));
      return parquetInWorker(
        options.exportWorker ?? sourceExportWorker,
        { dbPath: options.dbPath, nativeBinding: options.nativeBinding },
        dir,
        progress,
        tasks,
      );
    },
    exportCsv: async ({ path }) => ({ path, ...(await import('./export/canonical-csv')).exportCanonicalCsv(db, path) }),
    listRevisions: ({ batchId, limit }) => {
      // A dataset's rows are the current ones: "none revised" would be false of it.
      if (options.readOnly)
        throw new AppError('read_only', { key: 'dataset.noRevisions', params: { dir: options.readOnly.dataset } });
      return revisions.list(batchId ?? null, limit);
    },
    dimensions: () => dimensions(),
    checkNames: (q) => checkNames(dimensions, names, q),
    series: (q) => seriesFor(analysis, q),
    brief: (q) => buildBrief(analysis, q),
    breakdown: (q) => breakdownFor(analysis, q),
    seriesRecord: ({ period, kind, ...q }) =>
      findRecord(buildSeries(analysis, { ...q, from: undefined, to: period }), period, kind),
    reconcile: (q) => reconcile(analysis, q),
    listDefinitions: () => analysis.defs.list(),
    saveDefinition: (d) => analysis.defs.save(d),
    importDefinitions: ({ definitions }) => analysis.defs.importAll(definitions),
    deleteDefinition: ({ name }) => analysis.defs.delete(name),
    listWatchlist: () => watchlist.list(),
    saveWatchEntry: (e) => watchlist.save(e),
    deleteWatchEntry: ({ id }) => watchlist.delete(id),
    watchReport: (q) => watchlistReport({ watchlist, series, scopes }, q),
    compactDatabase: async () => {
      if (options.dbPath === ':memory:')
        throw new AppError('conflict', 'An in-memory database has no file to compact.');
      compacting = true;
      try {
        const report = await compactInWorker(
          options.compactWorker ?? sourceCompactWorker,
          { dbPath: options.dbPath, nativeBinding: options.nativeBinding },
          tasks,
        );
        upgradedFrom = null;
        return report;
      } finally {
        compacting = false;
      }
    },
    databaseStatus: () => ({ state: 'ok' }),
    restoreBackup: () => {
      throw new AppError('conflict', 'This database opened cleanly; there is no backup to put in its place.');
    },
  };
  const answer = createDispatch(
    handlers,
    log,
    (err) => asSqliteFailure(err, options.dbPath),
    options.readOnly
      ? new AppError('read_only', { key: 'dataset.readOnly', params: { dir: options.readOnly.dataset } })
      : null,
  );
  // A change asked for while VACUUM holds the write lock would wait, then fail as busy: say why at once.
  const dispatch: typeof answer = async (method, input) =>
    compacting && isMethod(method) && writes(method)
      ? {
          ok: false,
          error: {
            code: 'conflict',
            message: 'The database is being compacted: nothing can be changed until that has finished. Try again then.',
          },
        }
      : answer(method, input);

  const core: Core = {
    dbPath: options.dbPath,
    dispatch,
    onEvent: (l) => bus.on(l),
    takeDownload: (id) => outbox.take(id),
    close: () => {
      indexBuilds.cancelAll();
      outbox.dispose();
      db.close();
    },
  };
  if (isNew && options.seed) core.seeded = seedSample(dispatch, options.seed, log);
  return core;
}
