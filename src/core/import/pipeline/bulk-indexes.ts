import type { Db } from '../../db/open';
import { DIMENSIONS, type Dimension } from '../../db/record-dims';
import { BULK_REBUILT_INDEXES, SORT_INDEX_PREFIX } from '../../db/runtime-schema';

/** Below this many rows the random inserts cost little and a schema change would cost more. */
const MIN_BULK_ROWS = 20_000;
const BULK_CACHE_KIB = 8 * 1024;
/** Where a merge stages the file's rows: the connection's temp database, a file beside the OS's other temp files. */
export const STAGE_TABLE = 'temp.import_stage';
/** The index whose order a merge writes the rows in (its columns, read from the schema). */
const MERGE_ORDER_INDEX = 'trade_record_key';

/**
 * How an import keeps trade_row's indexes:
 * - 'rebuild': drop them and build them again after the rows (CREATE INDEX sorts once);
 * - 'merge': stage the rows unindexed, then insert them sorted by the key, so the index inserts walk
 *   the key index in order instead of jumping about it;
 * - 'rows': insert each row into the table and every index as it comes.
 * 'auto' writes a small file row by row, rebuilds into an empty table and merges into one that holds rows. 'rebuild' and 'merge' drop the grid's
 * sort indexes and leave them to the host (dropSortIndexes).
 */
export type IndexMode = 'auto' | 'always' | 'merge' | 'never';

export type BulkIndexes = {
  /** Where the writer inserts the rows: trade_row, or the stage restore() merges into it. */
  table: string;
  dropped: string[];
  restore(): void;
  end(): void;
};

/**
 * Rows a file probably holds: its size over the length of its first lines. Binary files (xlsx, xls)
 * are compressed, so this underestimates them, which only makes bulk mode rarer.
 */
export function estimateRows(size: number, head: Buffer): number {
  let lines = 0;
  for (let i = head.indexOf(10); i !== -1; i = head.indexOf(10, i + 1)) lines++;
  return lines > 1 ? Math.round((size * lines) / head.length) : Math.round(size / 200);
}

/**
 * Chooses how the import writes trade_row's indexes (IndexMode) and sets it up. Call inside the
 * import's transaction and restore in the same transaction: a crash or cancel rolls the DROP, or the
 * stage, back with the rows, and other connections (WAL) go on seeing the committed schema, indexes
 * included, until the commit.
 */
export function dropIndexesForBulk(db: Db, mode: IndexMode, estimatedRows: number): BulkIndexes {
  const plan =
    mode === 'always' ? 'rebuild' : mode === 'merge' ? 'merge' : mode === 'never' ? 'rows' : auto(db, estimatedRows);
  if (plan === 'rebuild') return rebuild(db);
  if (plan === 'merge') return merge(db);
  return { table: 'trade_row', dropped: [], restore: () => {}, end: () => {} };
}

function auto(db: Db, estimatedRows: number): 'rebuild' | 'merge' | 'rows' {
  if (estimatedRows < MIN_BULK_ROWS) return 'rows';
  // Into rows already held, merging measured faster at every size tried, file smaller or not (wall s,
  // merge against rebuild): 3M into 3M 31 / 35, 3M into 9M 25 / 56, 25M into 25M 502 / 898. A
  // rebuild sorts the whole table again, old rows and new. 1M into 3M (CPU s, loaded machine): 13.1 /
  // 26.6: its index builds took 13.6, and comparing its rows for supersede 3.5 against 0.5, its rows
  // not being in key order. (bench:append's file shares no code with its table: now neither compares.)
  // Into an empty table the two cost about the same CPU, and the rebuild's peak memory is the lower.
  const any = db.prepare('SELECT 1 FROM trade_row LIMIT 1').get();
  return any ? 'merge' : 'rebuild';
}

/**
 * Drops the indexes db/runtime-schema.ts names for it (a large file into an empty table: its keys
 * arrive in random order, and building the indexes afterwards with CREATE INDEX, which sorts once,
 * is several times cheaper), and returns how to put them back. The grid's sort
 * indexes are dropped and left to the host (dropSortIndexes).
 */
function rebuild(db: Db): BulkIndexes {
  dropSortIndexes(db);
  const indexes = dropIndexes(db, BULK_REBUILT_INDEXES);
  // Without random index inserts, rows only append: a big page cache buys nothing and costs resident
  // memory. 1M rows: 32 MB against 64 MB, same time and 27 MB less peak RSS; since trade_record_batch
  // is rebuilt too, 8 MB against 32 MB, 0.2-0.4 s faster (the index sort too) and 25-30 MB less again.
  const cache = smallCache(db, BULK_CACHE_KIB);
  return {
    table: 'trade_row',
    dropped: indexes.names,
    // One sorter helper thread: CREATE INDEX of the three indexes at 1M rows 3.6 -> 2.8 s, for about
    // 27 MB more resident memory while it runs. By then the parser worker (the import's peak) is gone.
    restore: indexes.restore,
    // Only after the sort and the summary's grouping: both size their memory by the page cache, so a
    // big cache there is paid twice.
    end: () => db.pragma(`cache_size = ${cache}`),
  };
}

/**
 * Stages the file's rows in a temp table with no index, then inserts them into trade_row in one
 * statement sorted by the key index's columns. The key index then takes its entries in order, each
 * next to the last (its pages are read and written once), and the checks that seek it per new row
 * (supersede, nested aggregates) walk it in order too. The rows' ids follow that order, not the
 * file's (source_row keeps the file's).
 */
function merge(db: Db): BulkIndexes {
  dropSortIndexes(db);
  const columns = db
    .prepare('SELECT name, type, dflt_value AS dflt, "notnull" FROM pragma_table_info(\'trade_row\')')
    .all() as { name: string; type: string; dflt: string | null; notnull: number }[];
  // Every column a writer may set, with trade_row's defaults for those it leaves out.
  const staged = columns.filter((c) => c.name !== 'id');
  const key = db
    .prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno')
    .pluck()
    .all(MERGE_ORDER_INDEX) as string[];
  const notNull = new Set(columns.filter((c) => c.notnull).map((c) => c.name));
  db.exec(`DROP TABLE IF EXISTS ${STAGE_TABLE}`);
  db.exec(
    `CREATE TABLE ${STAGE_TABLE} (${staged.map((c) => `"${c.name}" ${c.type}${c.dflt === null ? '' : ` DEFAULT ${c.dflt}`}`).join(', ')})`,
  );
  const list = staged.map((c) => `"${c.name}"`).join(', ');
  // Sorted, the inserts hardly miss a big cache (1M rows into 3M, CPU: 12.6 s at 8 MB, 13.0 s at
  // 64 MB), while the sort sizes its buffers by it (peak RSS 234 against 349 MB).
  const cache = smallCache(db, BULK_CACHE_KIB);
  return {
    table: STAGE_TABLE,
    dropped: [],
    restore: () => {
      // Read now: the ids the file's rows added are in the dictionaries by then.
      const order = mergeOrder(db, key, notNull);
      withSorterThread(db, () =>
        db.exec(
          `INSERT INTO main.trade_row (${list}) SELECT ${list} FROM ${STAGE_TABLE}${order ? ` ORDER BY ${order}` : ''}`,
        ),
      );
      db.exec(`DROP TABLE ${STAGE_TABLE}`);
    },
    end: () => db.pragma(`cache_size = ${cache}`),
  };
}

/** Bits an integer key may take in one: SQLite's integers are 64-bit and signed. */
const PACKED_BITS = 62;

/**
 * The merge's sort key: the key columns, each a dictionary id, packed into one integer where they all
 * fit (each column's bits from its dictionary's largest id), so the sorter compares one integer where
 * it compared six columns whose first ones (reporter, partner) are nearly always equal. The order is
 * the columns' own. 1M rows into 3M: the sorted insert 5.32 -> 5.05 s CPU (medians of 4, interleaved);
 * the sort and copy alone 2.19 -> 2.01 s. A column that is not a dictionary id, may be NULL or
 * does not fit is sorted as itself.
 */
export function mergeOrder(db: Db, key: string[], notNull: ReadonlySet<string>): string {
  const columns = key.map((k) => `"${k}"`).join(', ');
  const bits: number[] = [];
  for (const column of key) {
    const name = column.replace(/_id$/, '');
    const table = column.endsWith('_id') && Object.hasOwn(DIMENSIONS, name) ? DIMENSIONS[name as Dimension] : null;
    if (!table || !notNull.has(column)) return columns;
    const { lo, hi } = db.prepare(`SELECT MIN(id) AS lo, MAX(id) AS hi FROM ${table}`).get() as {
      lo: number | null;
      hi: number | null;
    };
    if (lo !== null && lo < 0) return columns;
    bits.push(Math.max(1, (hi ?? 0).toString(2).length));
  }
  let shift = bits.reduce((a, b) => a + b, 0);
  if (shift > PACKED_BITS) return columns;
  return key
    .map((column, i) => {
      shift -= bits[i]!;
      return shift ? `("${column}" << ${shift})` : `"${column}"`;
    })
    .join(' | ');
}

/**
 * The grid's sort indexes (one per sorted column, runtime-schema.ts) take a large import's rows in
 * random order, and building them again costs a sort of the whole table each: 5M rows into 5M with
 * six of them, the merge took 340 s kept up and 19 s + 77 s built again, against 19 s without them.
 * So a bulk import drops them and leaves them to the host, which builds each again in the background
 * when the grid next sorts by its column (sort-index-service.ts), answering meanwhile.
 */
function dropSortIndexes(db: Db): void {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_row' AND name LIKE ?`)
    .pluck()
    .all(`${SORT_INDEX_PREFIX}%`) as string[];
  for (const name of names) db.exec(`DROP INDEX "${name}"`);
}

/** Lowers the page cache to `kib` for the import; returns the setting to put back. */
function smallCache(db: Db, kib: number): number {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  if (cache < -kib) db.pragma(`cache_size = -${kib}`);
  return cache;
}

/**
 * Drops those of trade_row's indexes named that exist, and returns their names and how to build them
 * again (each CREATE INDEX one sort, with a sorter helper thread). Only inside a transaction, so a
 * crash or cancel rolls the DROP back.
 */
export function dropIndexes(db: Db, names: readonly string[]): { names: string[]; restore(): void } {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_row' AND sql IS NOT NULL
      AND name IN (${names.map(() => '?').join(',')})`,
    )
    .all(...names) as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name}"`);
  return {
    names: indexes.map((ix) => ix.name),
    restore: () => withSorterThread(db, () => indexes.forEach((ix) => db.exec(ix.sql))),
  };
}

/** Runs `run` (CREATE INDEX, a sorted INSERT) with one sorter helper thread, as the bulk paths do. */
export function withSorterThread(db: Db, run: () => void): void {
  const threads = db.pragma('threads', { simple: true }) as number;
  if (threads < 1) db.pragma('threads = 1');
  try {
    run();
  } finally {
    if (threads < 1) db.pragma(`threads = ${threads}`);
  }
}
