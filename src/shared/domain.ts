import * as z from 'zod';
import { AREA_CODE } from './area-code';
import { isPeriod } from './period';

/** A reporter or partner: ISO 3166 alpha-3 for a country, or one of Tidemark's area codes (area-code.ts). */
export const AreaCode = z.string().regex(AREA_CODE, 'a country or area code such as CHN, WLD, C490 or G199');
/** Its older name: every reporter and partner field takes any area code. */
export const Iso3 = AreaCode;
export const Period = z.string().refine(isPeriod, 'a period as YYYY-MM or YYYY');
export const Flow = z.enum(['import', 'export']);
export const FlowOrTotal = z.enum(['import', 'export', 'total']);
/**
 * The flows a series or breakdown reads: total is imports and exports; re-exports and re-imports (UN Comtrade's)
 * are their own flows, read alone and never added to total (Comtrade counts them within exports and imports).
 */
export const ReadFlow = z.enum(['import', 'export', 'total', 're-export', 're-import']);
export const Currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD');
/** HS and other commodity codes are text: leading zeros are data. */
export const CodePrefix = z.string().regex(/^[0-9A-Za-z]{1,12}$/, 'a commodity code or code prefix');

export const TradeRecord = z.object({
  id: z.number().int(),
  version: z.number().int(),
  period: z.string(),
  reporter: z.string(),
  partner: z.string(),
  flow: z.string(),
  classification: z.string(),
  code: z.string(),
  description: z.string(),
  value: z.number(),
  currency: z.string(),
  quantity: z.number().nullable(),
  unit: z.string(),
  batchId: z.number().int(),
  sourceSheet: z.string(),
  sourceRow: z.number().int(),
  /**
   * What a split row is a part of its figure's total by (SplitColumn), as stored: a customs regime (trade
   * mode) and province (China customs), a mode of transport and a second partner (UN Comtrade). Null in a
   * row that is no such part. Without them, a file's rows split by province read as duplicates.
   */
  regime: z.string().nullable(),
  province: z.string().nullable(),
  mot: z.string().nullable(),
  partner2: z.string().nullable(),
});
export type TradeRecord = z.infer<typeof TradeRecord>;

/** Columns the grid may sort and filter on; the core maps each to SQL from a fixed table. */
export const RecordColumn = z.enum([
  'id',
  'period',
  'reporter',
  'partner',
  'flow',
  'classification',
  'code',
  'description',
  'value',
  'currency',
  'quantity',
  'unit',
  'regime',
  'province',
  'mot',
  'partner2',
]);
export type RecordColumn = z.infer<typeof RecordColumn>;

/** The record columns a split row is told apart by (TradeRecord): the grid shows each where some row holds it. */
export const SplitColumn = z.enum(['regime', 'province', 'mot', 'partner2']);
export type SplitColumn = z.infer<typeof SplitColumn>;

export const EditableField = z.enum([
  'period',
  'reporter',
  'partner',
  'flow',
  'code',
  'description',
  'value',
  'quantity',
  'unit',
]);
export type EditableField = z.infer<typeof EditableField>;

export const ColumnFilter = z.object({
  op: z.enum(['equals', 'contains', 'startsWith', 'oneOf']),
  value: z.string().max(200),
  /**
   * For oneOf, the texts a row's may equal: what a filter typed as the grid shows a column stands for
   * ("수" in a Korean Flow column is every flow whose label holds it). `value` keeps what was typed.
   */
  // As many as a world file's partners: "a" typed in the Partner column is in most of their names.
  values: z.array(z.string().max(200)).max(1000).optional(),
});
export type ColumnFilter = z.infer<typeof ColumnFilter>;

export const Cursor = z.object({ v: z.union([z.string(), z.number(), z.null()]), id: z.number().int() });
export type Cursor = z.infer<typeof Cursor>;

export const RecordsQuery = z.object({
  sort: z.object({ column: RecordColumn, dir: z.enum(['asc', 'desc']) }).default({ column: 'id', dir: 'asc' }),
  filters: z.partialRecord(RecordColumn, ColumnFilter).default({}),
  /** Codes starting with any of these are left out: a figure "excluding HS 2716" lists exactly its rows. */
  excludeCodes: z.array(CodePrefix).max(200).optional(),
  after: Cursor.nullable().default(null),
  /** Rows to step over after `after` when the grid jumps past pages it has not loaded. */
  skip: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
  /** The deleted rows (to restore them) instead of the visible ones. */
  deleted: z.boolean().default(false),
  /** Only the rows of this import batch (the sidebar's batch, clicked). */
  batchId: z.number().int().positive().optional(),
});
export type RecordsQuery = z.input<typeof RecordsQuery>;

export const RecordsPage = z.object({
  rows: z.array(TradeRecord),
  next: Cursor.nullable(),
  total: z.number().int(),
  /** Record id → its fields edited by hand since import (the grid marks those cells); absent rows have none. */
  edited: z.record(z.string(), z.array(z.string())).optional(),
});
export type RecordsPage = z.infer<typeof RecordsPage>;

/** The grid's page: answered before a large match is counted, its total then null (countRecords says it). */
export const GridPage = RecordsPage.extend({ total: z.number().int().nullable() });
export type GridPage = z.infer<typeof GridPage>;

/** What the grid's total counts: its filters, without a sort or a page. */
export const RecordsCountQuery = RecordsQuery.pick({ filters: true, excludeCodes: true, deleted: true, batchId: true });
export type RecordsCountQuery = z.input<typeof RecordsCountQuery>;

export const SeriesQuery = z.object({
  reporter: Iso3.optional(),
  partner: Iso3.optional(),
  flow: ReadFlow.default('total'),
  hs: z.array(CodePrefix).max(200).default([]),
  excludeHs: z.array(CodePrefix).max(200).default([]),
  from: Period.optional(),
  to: Period.optional(),
  frequency: z.enum(['month', 'year']).default('month'),
});
export type SeriesQuery = z.input<typeof SeriesQuery>;

export const SeriesPoint = z.object({
  period: z.string(),
  value: z.number(),
  mom: z.number().nullable(),
  yoy: z.number().nullable(),
  ytd: z.number().nullable(),
  ytdYoy: z.number().nullable(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

export const Series = z.object({ currency: z.string().nullable(), points: z.array(SeriesPoint) });
export type Series = z.infer<typeof Series>;

export const FileRef = z.object({
  path: z.string().min(1).max(4096),
  /** The name the user knows the file by, where `path` is a temporary copy (browser uploads). */
  name: z.string().min(1).max(512).optional(),
});

/** Tidemark fields a column of any other table can be mapped to. */
export const MappedField = z.enum([
  'period',
  'reporter',
  'partner',
  'flow',
  'code',
  'description',
  'value',
  'currency',
  'quantity',
  'unit',
  'classification',
  'regime',
  'province',
]);
export type MappedField = z.infer<typeof MappedField>;
/** How a mapped column's text is read: verbatim (codes keep leading zeros), as a number, or as a date/period. */
export const ColumnType = z.enum(['text', 'number', 'date']);
export type ColumnType = z.infer<typeof ColumnType>;
export const ColumnMapping = z.union([MappedField, z.object({ field: MappedField, type: ColumnType })]);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** "all": the file covers every good (or partner); "listed": only those it holds. */
export const ScopeAnswer = z.enum(['all', 'listed']);
export type ScopeAnswer = z.infer<typeof ScopeAnswer>;

export const ImportOptions = z
  .object({
    reporter: Iso3.optional(),
    partner: Iso3.optional(),
    flow: Flow.optional(),
    currency: Currency.optional(),
    scale: z.number().int().positive().optional(),
    /** The month or year a file covers, for files without a date column (e.g. a GACC query without 数据年月). */
    period: Period.optional(),
    /** Source column name → Tidemark field, for any other table; given, it wins over format detection. */
    map: z
      .record(z.string().min(1).max(200), ColumnMapping)
      .refine((m) => Object.keys(m).length <= 50, 'at most 50 mapped columns')
      .optional(),
    /**
     * With `map`: a value every row shares, for a field the table has no column for, as if each row
     * held it: { code: 'TOTAL', partner: 'WLD', flow: 'import' } for a table of monthly totals. Read like
     * a cell of that field (flow words, country names and codes, periods), never for `value`.
     */
    constants: z.partialRecord(MappedField.exclude(['value']), z.string().trim().min(1).max(200)).optional(),
    /** Only these sheets of a workbook are read; the others are left out (a workbook of one table per region). */
    sheets: z.array(z.string().min(1).max(200)).min(1).max(100).optional(),
    /** Overrides the detected text encoding. */
    encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']).optional(),
    /**
     * The same bytes are already held with other options: revert that import and import the file
     * again with these, in one transaction. Without it, such a file is refused and says so.
     */
    replace: z.boolean().optional(),
    /**
     * What the file covers where it cannot tell: every good for its partners, or only the codes it
     * lists (each with its subtree); every partner, or only those it lists. A TOTAL row says all goods
     * and a World row all partners whatever these say. Unsaid, a file covers what it lists.
     */
    goods: ScopeAnswer.optional(),
    partners: ScopeAnswer.optional(),
    /** The classification of a mapped file's codes when no column says it (HS by default). */
    classification: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]{0,9}$/, 'a classification such as HS, H5 or S4')
      .optional(),
  })
  .default({});
export type ImportOptions = z.infer<typeof ImportOptions>;

/** A failure as the contract carries it: its key and params (shared/error-text.ts) let the UI say it in its language. */
export const ErrorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  key: z.string().max(80).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/**
 * A reject's or warning's sentence as an import stored it: English, with its catalog key and params
 * (shared/import-notes-en.ts) where it was stored with them, so the UI says it in its own language.
 */
const NoteText = {
  message: z.string(),
  key: z.string().max(80).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
};
export const ImportWarning = z.object({ code: z.string(), ...NoteText });
export type ImportWarning = z.infer<typeof ImportWarning>;

export const FileReport = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'failed']),
  format: z.string().nullable(),
  encoding: z.string().nullable(),
  batchId: z.number().int().nullable(),
  rowsRead: z.number().int(),
  rowsImported: z.number().int(),
  rowsRejected: z.number().int(),
  rowsSkipped: z.number().int(),
  currency: z.string().nullable(),
  error: ErrorInfoSchema.nullable(),
  /** What the import noticed and the person should know: damaged codes, rounded values, a scope it could not tell. */
  warnings: z.array(ImportWarning).default([]),
});
export type FileReport = z.infer<typeof FileReport>;
export const ImportReport = z.object({ files: z.array(FileReport) });
export type ImportReport = z.infer<typeof ImportReport>;

/** One record of an import preview, exactly as it would be stored; a field the user has yet to supply is ''. */
export const PreviewRecord = z.object({
  sheet: z.string(),
  row: z.number().int(),
  period: z.string(),
  /** Months the period covers, ending at `period`: 2 for China customs' January+February release. */
  periodMonths: z.number().int(),
  reporter: z.string(),
  partner: z.string(),
  /** The partner code as the file wrote it, when it names no single ISO 3166 country. */
  partnerRaw: z.string().nullable(),
  flow: z.string(),
  classification: z.string(),
  code: z.string(),
  description: z.string(),
  /** Exact decimal text, as stored (after any scale). */
  value: z.string(),
  currency: z.string(),
  quantity: z.number().nullable(),
  unit: z.string().nullable(),
  quantity2: z.number().nullable(),
  unit2: z.string().nullable(),
  regime: z.string().nullable(),
  province: z.string().nullable(),
  isAggregate: z.boolean(),
});
export type PreviewRecord = z.infer<typeof PreviewRecord>;

/** What a file does not say and the user must: each maps to an ImportOptions field and a CLI flag. */
export const MissingOption = z.enum(['flow', 'reporter', 'partner', 'currency', 'period']);

export const ImportPreview = z.object({
  file: z.string(),
  format: z.string(),
  encoding: z.string(),
  kind: z.string(),
  header: z.array(z.string()),
  rows: z.array(PreviewRecord),
  rejects: z.array(
    z.object({
      sheet: z.string(),
      row: z.number().int(),
      raw: z.array(z.string()),
      reason: z.string(),
      ...NoteText,
    }),
  ),
  missing: z.array(MissingOption),
  /** Hints from the file name; never applied until the user confirms them. */
  suggestions: z.object({ flow: Flow.optional() }),
  /**
   * What the file cannot tell about its scope, to ask as the flow is asked: whether it holds every good
   * (it has no TOTAL row) and every partner (it has no World row). Unanswered, it covers what it lists.
   */
  scopeQuestions: z.array(z.enum(['goods', 'partners'])).default([]),
  warnings: z.array(ImportWarning),
  /** The first rows of the previewed sheet as the file holds them, under `header`: what a column mapping is chosen from. */
  sample: z.array(z.array(z.string())),
  /** A workbook's sheets in order; [] for a text file. */
  sheets: z.array(z.string()),
  /** False when no format knows the header: the file imports only with a column mapping (`map`). */
  recognised: z.boolean(),
  /**
   * The batch that already holds these exact bytes: importing them again would change nothing. With a
   * mapping, the batch holding the figures it reads (its value columns, its sheets): null for another column.
   * `options` are that batch's, as stored: a mapping of another column starts from its mapping.
   */
  duplicateOf: z
    .object({
      batchId: z.number().int(),
      fileName: z.string(),
      importedAt: z.string(),
      status: z.string(),
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportProgress = z.object({
  file: z.string(),
  bytesRead: z.number(),
  bytesTotal: z.number(),
  rows: z.number().int(),
  percent: z.number(),
  /** Seconds left at the current rate; null until there is a rate to go by. */
  etaSeconds: z.number().nullable(),
  done: z.boolean(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

/**
 * What a batch covers: its reporters, flows, periods and classification families, and whether for
 * every partner and every good or only those listed ("mixed" when it differs between its periods).
 * `inferred` when Tidemark read it from the rows of a batch imported before scopes were recorded.
 */
export const BatchScope = z.object({
  reporters: z.array(z.string()),
  flows: z.array(z.string()),
  firstPeriod: z.string().nullable(),
  lastPeriod: z.string().nullable(),
  periods: z.number().int(),
  classifications: z.array(z.string()),
  partners: z.enum(['all', 'listed', 'mixed']),
  listedPartners: z.array(z.string()),
  partnerCount: z.number().int(),
  goods: z.enum(['all', 'listed', 'mixed']),
  listedCodes: z.array(z.string()),
  codeCount: z.number().int(),
  inferred: z.boolean(),
});
export type BatchScope = z.infer<typeof BatchScope>;

export const Batch = z.object({
  id: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  format: z.string(),
  encoding: z.string(),
  rowsRead: z.number().int(),
  rowsImported: z.number().int(),
  rowsRejected: z.number().int(),
  rowsSkipped: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: z.string(),
  /** Null for a batch with no trade rows (a nomenclature). */
  scope: BatchScope.nullable().default(null),
  warnings: z.array(ImportWarning).default([]),
});
export type Batch = z.infer<typeof Batch>;

export const RejectedRow = z.object({
  id: z.number().int(),
  batchId: z.number().int(),
  sheet: z.string(),
  rowNumber: z.number().int(),
  raw: z.array(z.string()),
  reason: z.string(),
  ...NoteText,
});
export type RejectedRow = z.infer<typeof RejectedRow>;

/** A country's or area's names, from the core's one table of them (src/core/reference/areas.ts). */
export const AreaNames = z.object({ en: z.string(), ko: z.string(), zh: z.string() });
export type AreaNames = z.infer<typeof AreaNames>;

export const Dimensions = z.object({
  reporters: z.array(z.string()),
  partners: z.array(z.string()),
  /** The partners each reporter's files hold: a picker offers these, not every partner of every reporter. */
  partnersOf: z.record(z.string(), z.array(z.string())).default({}),
  /** Each reporter's partner to open on: its files cover the most months of all goods, then the most trade. */
  leadPartnerOf: z.record(z.string(), z.string()).optional(),
  /** The name of every reporter and partner above, in each language the UI shows. */
  names: z.record(z.string(), AreaNames).default({}),
  currencies: z.array(z.string()),
  /** The first and last month held (YYYY-MM): what the brief's month list and the dashboard run over. */
  firstPeriod: z.string().nullable(),
  lastPeriod: z.string().nullable(),
  /** The first and last year held as a year (YYYY, from annual files), apart from the months above. */
  firstYear: z.string().nullable().default(null),
  lastYear: z.string().nullable().default(null),
  /**
   * The split columns some row holds (a database of plain files: none), each with the values held and
   * the names the core has for them (a GACC regime or province code, a second partner's area), null
   * where it has none: `{ province: { '21': { en: 'Liaoning', ko: '랴오닝성' } }, mot: { '2100': null } }`.
   */
  splits: z
    .partialRecord(SplitColumn, z.record(z.string(), z.object({ en: z.string(), ko: z.string() }).nullable()))
    .default({}),
});
export type Dimensions = z.infer<typeof Dimensions>;

/** One line of a record's audit: a cell edit, its undo or redo, a delete, a restore, a batch revert. */
export const HistoryEntry = z.object({
  at: z.string(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  kind: z.string(),
  actionId: z.number().int().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** What an action, its undo or its redo changed; `records` are the touched rows still visible, as they are now. */
export const ActionResult = z.object({
  actionId: z.number().int(),
  kind: z.enum(['edit', 'delete', 'restore', 'revert_batch']),
  label: z.string(),
  count: z.number().int(),
  records: z.array(TradeRecord),
});
export type ActionResult = z.infer<typeof ActionResult>;

/** Where a record came from: its file and place in it, and its values before any edit. */
export const RecordSource = z.object({
  recordId: z.number().int(),
  batchId: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  format: z.string(),
  encoding: z.string(),
  importedAt: z.string(),
  batchStatus: z.string(),
  sheet: z.string(),
  row: z.number().int(),
  sourceUrl: z.string().nullable(),
  edited: z.boolean(),
  /** Field values as the import stored them, before any edit (rolled back through the edit log). */
  asImported: z.record(z.string(), z.string()),
  /** The file's cells for this row; null where Tidemark holds no copy of the file (see `note`). */
  rawCells: z.array(z.string()).nullable(),
  /** The header row of the same sheet, re-read the same way, to label rawCells; null with them. */
  rawHeader: z.array(z.string()).nullable(),
  /** Whether the file's copy is kept ('kept'), was too large to keep (over keptLimitMb), or was never kept. */
  copy: z.enum(['kept', 'too_large', 'not_kept']),
  keptLimitMb: z.number(),
  /** `copy` said in English, for the CLI; the UI says it in its own language. */
  note: z.string(),
});
export type RecordSource = z.infer<typeof RecordSource>;

/** A saved grid view: AG Grid's column state (order, width, sort) and filter model, as JSON text. */
export const GridView = z.object({
  name: z.string().min(1).max(100),
  state: z.string().max(200_000),
  updatedAt: z.string(),
});
export type GridView = z.infer<typeof GridView>;

export const ExportRecordsInput = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    query: RecordsQuery.pick({ sort: true, filters: true, excludeCodes: true, deleted: true, batchId: true }).prefault(
      {},
    ),
    /** Where to write (the CLI, or the desktop app's save dialog); pages never name one. */
    path: z.string().min(1).max(4096).optional(),
    /**
     * Without a path: `inline` hands the file back as base64 (up to 64 MB); `download` keeps it for the
     * host to stream (the browser host's /api/download/:id), any size; `ask` is for the desktop app,
     * whose main process answers it with a save dialog and a path (elsewhere it means `download`).
     */
    deliver: z.enum(['inline', 'download', 'ask']).default('inline'),
  })
  .strict();
export const ExportRecordsOutput = z.object({
  rows: z.number().int(),
  path: z.string().nullable(),
  fileName: z.string(),
  base64: z.string().nullable(),
  /** For `deliver: download`: what to fetch from the host, once. */
  downloadId: z.string().nullable(),
  bytes: z.number().int(),
});

/**
 * A Parquet dataset's first open, step by step: its rows copied, summed by DuckDB, the indexes built,
 * the summaries written, and the statistics SQLite plans queries by.
 */
export const DatasetStep = z.enum(['rows', 'sums', 'indexes', 'summaries', 'statistics']);
export type DatasetStep = z.infer<typeof DatasetStep>;

/** A long operation other than an import (a revert, its undo or redo, an export, a dataset's first open), as it goes. */
export const TaskProgress = z.object({
  task: z.enum(['revert', 'undo', 'redo', 'export', 'dataset']),
  /** Where a dataset's first open is; `done` and `total` count its rows while they are copied. */
  step: DatasetStep.optional(),
  /** What it works on, for the bar's label: the batch's file, the export's file. */
  label: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  percent: z.number(),
  /** Seconds left at the current rate; null until there is a rate to go by. */
  etaSeconds: z.number().nullable(),
  finished: z.boolean(),
});
export type TaskProgress = z.infer<typeof TaskProgress>;

/** A figure a later import restated with a different value. */
export const Revision = z.object({
  reporter: z.string(),
  partner: z.string(),
  flow: z.string(),
  period: z.string(),
  code: z.string(),
  currency: z.string(),
  oldValue: z.number(),
  newValue: z.number(),
  oldBatchId: z.number().int(),
  oldFile: z.string(),
  newBatchId: z.number().int(),
  newFile: z.string(),
});
export type Revision = z.infer<typeof Revision>;
