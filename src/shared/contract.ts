import * as z from 'zod';
import {
  ActionResult,
  Batch,
  Dimensions,
  EditableField,
  ExportRecordsInput,
  ExportRecordsOutput,
  FileRef,
  GridPage,
  GridView,
  HistoryEntry,
  ImportOptions,
  ImportPreview,
  ImportProgress,
  ImportReport,
  RecordsCountQuery,
  RecordsPage,
  RecordSource,
  RecordsQuery,
  RejectedRow,
  Revision,
  TaskProgress,
  TradeRecord,
} from './domain';
import {
  AnalysisSeries,
  AnalysisSeriesQuery,
  Breakdown,
  BreakdownQuery,
  Brief,
  BriefQuery,
  Definition,
  DefName,
  Reconciliation,
  ReconcileQuery,
  RecordQuery,
  RecordResult,
  WatchEntry,
  WatchReport,
  WatchReportQuery,
} from './analysis-types';
import { CompactReport, DatabaseSpace, DatabaseStatus } from './database-status';
import { NamesCheck, NamesQuery } from './held-names';

/**
 * How a page (the renderer, in Electron or the browser host) may name a file path in a method's input:
 * - `read`: the core reads the file; the browser host lets a page name only files inside its upload folder
 *   or a `--data-dir` (src/web/page-paths.ts says where in the input the paths are);
 * - `write`: the core writes there; no page may name it (refusalForPage): a page's exports come back as
 *   downloads, and only a person at a save dialog or the command line names a path.
 * A method without it takes no path; src/web/page-paths.test.ts checks that against every input schema.
 */
export type PagePath = 'read' | 'write';

/** One method: its input and output, and what a page may do with a path in it. */
/**
 * `writes`: the method changes the database (or the user's own lists kept in it). A database opened
 * read-only (a Parquet dataset) refuses these with `read_only` before any handler runs.
 */
/** What a read-only database is (the dataset folder it was opened from) and the sentence a refused change says. */
export const ReadOnly = z.object({ dataset: z.string(), reason: z.string() });
export type ReadOnly = z.infer<typeof ReadOnly>;

export type MethodSpec = { input: z.ZodType; output: z.ZodType; pagePath?: PagePath; writes?: true };

/** Every method the renderer, the CLI and tests may call, declared once. */
export const contract = {
  appInfo: {
    input: z.object({}).strict(),
    output: z.object({
      dbPath: z.string(),
      schemaVersion: z.number().int(),
      records: z.number().int(),
      batches: z.number().int(),
      /** A Parquet dataset opened read-only: its folder, and why nothing here can be changed; null for a database of one's own. */
      readOnly: ReadOnly.nullable(),
      /** The file's size and its free pages (what compactDatabase gives back); null for an in-memory or read-only database. */
      space: DatabaseSpace.nullable(),
    }),
  },
  importFiles: {
    input: z.object({ files: z.array(FileRef).min(1).max(500), options: ImportOptions }).strict(),
    output: ImportReport,
    pagePath: 'read',
    writes: true,
  },
  /** Stops the running import(s); the file in flight leaves no trace and is reported as cancelled. */
  cancelImport: { input: z.object({}).strict(), output: z.object({ cancelled: z.number().int() }) },
  /** The first rows of a file as an import would store them, what the file leaves unsaid, and hints; writes nothing. */
  previewImport: {
    input: z.object({ file: FileRef, options: ImportOptions }).strict(),
    output: ImportPreview,
    pagePath: 'read',
  },
  listBatches: { input: z.object({}).strict(), output: z.array(Batch) },
  listRejects: {
    input: z
      .object({ batchId: z.number().int().positive(), limit: z.number().int().min(1).max(10_000).default(1000) })
      .strict(),
    output: z.array(RejectedRow),
  },
  listRecords: { input: RecordsQuery, output: RecordsPage },
  /**
   * The grid's page, shown before its total: a match the core has not counted yet, and could not count
   * in a few thousand rows, comes back with total null, and the grid asks countRecords for it after.
   */
  gridPage: { input: RecordsQuery, output: GridPage },
  /** The grid's total for its filters (kept by the core until the data changes). */
  countRecords: { input: RecordsCountQuery.strict(), output: z.object({ total: z.number().int() }) },
  updateRecord: {
    input: z
      .object({
        id: z.number().int().positive(),
        field: EditableField,
        value: z.string().max(10_000),
        version: z.number().int(),
      })
      .strict(),
    output: TradeRecord,
    writes: true,
  },
  /** A paste: every cell validated and version-checked, all saved in one transaction as one undo step, or none. */
  updateRecords: {
    input: z
      .object({
        cells: z
          .array(
            z
              .object({
                id: z.number().int().positive(),
                field: EditableField,
                value: z.string().max(10_000),
                version: z.number().int(),
              })
              .strict(),
          )
          .min(1)
          .max(5000),
      })
      .strict(),
    output: ActionResult,
    writes: true,
  },
  exportCsv: {
    input: z
      .object({
        path: z
          .string()
          .min(1)
          .max(4096)
          .regex(/\.csv$/i, 'a path ending in .csv'),
      })
      .strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
    pagePath: 'write',
  },
  /**
   * Every current record as Hive-partitioned Parquet (DIR/reporter=…/year=…/part-N.parquet) with
   * _tidemark.json beside it, for DuckDB, Spark or Trino. DIR must be new or empty; nothing is left
   * behind if the export fails or is cancelled (cancelTask).
   */
  exportParquet: {
    input: z.object({ dir: z.string().min(1).max(4096) }).strict(),
    output: z.object({
      dir: z.string(),
      rows: z.number().int(),
      files: z.number().int(),
      bytes: z.number().int(),
      schemaVersion: z.number().int(),
    }),
    pagePath: 'write',
  },
  getRecord: { input: z.object({ id: z.number().int().positive() }).strict(), output: TradeRecord },
  undo: { input: z.object({}).strict(), output: ActionResult.nullable(), writes: true },
  redo: { input: z.object({}).strict(), output: ActionResult.nullable(), writes: true },
  deleteRecords: {
    input: z.object({ ids: z.array(z.number().int().positive()).min(1).max(10_000) }).strict(),
    output: ActionResult,
    writes: true,
  },
  restoreRecords: {
    input: z.object({ ids: z.array(z.number().int().positive()).min(1).max(10_000) }).strict(),
    output: ActionResult,
    writes: true,
  },
  revertBatch: {
    input: z.object({ batchId: z.number().int().positive() }).strict(),
    output: ActionResult,
    writes: true,
  },
  recordHistory: { input: z.object({ id: z.number().int().positive() }).strict(), output: z.array(HistoryEntry) },
  recordSource: { input: z.object({ id: z.number().int().positive() }).strict(), output: RecordSource },
  saveView: {
    input: z.object({ name: z.string().trim().min(1).max(100), state: z.string().max(200_000) }).strict(),
    output: GridView,
    writes: true,
  },
  listViews: { input: z.object({}).strict(), output: z.array(GridView) },
  exportRecords: { input: ExportRecordsInput, output: ExportRecordsOutput, pagePath: 'write' },
  /** Stops running reverts (and their undo or redo) and exports; a stopped revert leaves the data as it was. */
  cancelTask: { input: z.object({}).strict(), output: z.object({ cancelled: z.number().int() }) },
  /** What Undo and Redo would do now, so their buttons can say it, or be disabled. */
  historyState: {
    input: z.object({}).strict(),
    output: z.object({
      undo: z.object({ label: z.string(), kind: z.string(), count: z.number().int() }).nullable(),
      redo: z.object({ label: z.string(), kind: z.string(), count: z.number().int() }).nullable(),
    }),
  },
  listRevisions: {
    input: z
      .object({
        batchId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(100_000).default(1000),
      })
      .strict(),
    output: z.array(Revision),
  },
  dimensions: { input: z.object({}).strict(), output: Dimensions },
  /** Reporters, partners and codes the database has never held, each with the nearest held ones: a typo is an error, not a figure of zero. */
  checkNames: { input: NamesQuery, output: NamesCheck },
  series: { input: AnalysisSeriesQuery, output: AnalysisSeries },
  // Analysis (issue 4): every figure traceable to the query that produced it.
  brief: { input: BriefQuery, output: Brief },
  breakdown: { input: BreakdownQuery, output: Breakdown },
  seriesRecord: { input: RecordQuery, output: RecordResult },
  reconcile: { input: ReconcileQuery, output: Reconciliation },
  listDefinitions: { input: z.object({}).strict(), output: z.array(Definition) },
  saveDefinition: { input: Definition, output: Definition, writes: true },
  /**
   * The definitions of a file written by `tidemark definitions --json`, saved in one transaction: where one is
   * refused, none is saved, and the error names it (its place and name) with the reason. Each entry is checked
   * in the core, against Definition, so that the refusal can say which one it was.
   */
  importDefinitions: {
    input: z.object({ definitions: z.array(z.unknown()).max(10_000) }).strict(),
    output: z.object({ saved: z.number().int() }),
    writes: true,
  },
  deleteDefinition: {
    input: z.object({ name: DefName }).strict(),
    output: z.object({ deleted: z.boolean() }),
    writes: true,
  },
  listWatchlist: { input: z.object({}).strict(), output: z.array(WatchEntry) },
  saveWatchEntry: { input: WatchEntry, output: WatchEntry, writes: true },
  deleteWatchEntry: {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ deleted: z.boolean() }),
    writes: true,
  },
  watchReport: { input: WatchReportQuery, output: WatchReport },
  /** Whether the database opened cleanly or was found damaged (then moved aside, its newest backup offered). */
  databaseStatus: { input: z.object({}).strict(), output: DatabaseStatus },
  /**
   * Rebuilds the database file without its free pages (VACUUM, in a worker): refused with disk_full,
   * before anything is written, when the disk lacks the room it needs; a failure or a kill leaves the file as it was.
   */
  compactDatabase: { input: z.object({}).strict(), output: CompactReport, writes: true },
  /** Puts the newest sound backup of a damaged database in its place and opens it. */
  restoreBackup: { input: z.object({}).strict(), output: DatabaseStatus, writes: true },
} satisfies Record<string, MethodSpec>;

/** Whether a method changes the database: a read-only database refuses it before its handler runs. */
export const writes = (method: Method): boolean => (contract[method] as MethodSpec).writes === true;

/** Events the core pushes to whoever listens (the renderer's progress bar, the CLI's stderr bar). */
export const events = {
  importProgress: ImportProgress,
  /** A revert, its undo or redo, or an export, as it goes (the import's own bar is importProgress). */
  taskProgress: TaskProgress,
  /** A menu item of the desktop app asks the page to do what its own toolbar button does (its own dialogs included). */
  appCommand: z.object({ command: z.enum(['import', 'export']) }),
} satisfies Record<string, z.ZodType>;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;
export type Api = { [M in Method]: (input: Input<M>) => Promise<Output<M>> };

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export type AppEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

/** The methods whose input carries a path a page may name (`read`) or may not (`write`). */
export type PathMethod<P extends PagePath> = { [M in Method]: Contract[M] extends { pagePath: P } ? M : never }[Method];

export const METHODS = Object.keys(contract) as Method[];

export function pagePathOf(method: string): PagePath | undefined {
  return isMethod(method) ? (contract[method] as MethodSpec).pagePath : undefined;
}
export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
