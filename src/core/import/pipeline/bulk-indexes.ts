import type { Db } from '../../db/open';
import { BULK_REBUILT_INDEXES, SORT_INDEX_PREFIX } from '../../db/runtime-schema';

/** Below this many rows the random inserts cost little and a schema change would cost more. */
const MIN_BULK_ROWS = 20_000;
const BULK_CACHE_KIB = 8 * 1024;

export type BulkIndexes = { dropped: string[]; restore(): void; end(): void };

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
 * Drops the indexes db/runtime-schema.ts names for it, and the grid's sort indexes, when the file is
 * expected to be larger than the table (its keys arrive in random order: building the indexes
 * afterwards with CREATE INDEX, which sorts once, is several times cheaper), and returns how to put
 * them back. Call inside the import's transaction and restore in the same transaction: a
 * crash or cancel rolls the DROP back with the rows, and other connections (WAL) go on seeing the
 * committed schema, indexes included, until the commit.
 */
export function dropIndexesForBulk(db: Db, mode: 'auto' | 'always' | 'never', estimatedRows: number): BulkIndexes {
  if (mode === 'never' || (mode === 'auto' && !largerThanTable(db, estimatedRows)))
    return { dropped: [], restore: () => {}, end: () => {} };
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_record' AND sql IS NOT NULL
      AND (name IN (${BULK_REBUILT_INDEXES.map(() => '?').join(',')}) OR name LIKE '${SORT_INDEX_PREFIX}%')`,
    )
    .all(...BULK_REBUILT_INDEXES) as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name}"`);
  // Without random index inserts, rows only append: a big page cache buys nothing and costs resident
  // memory. 1M rows: 32 MB against 64 MB, same time and 27 MB less peak RSS; since trade_record_batch
  // is rebuilt too, 8 MB against 32 MB, 0.2-0.4 s faster (the index sort too) and 25-30 MB less again.
  const cache = db.pragma('cache_size', { simple: true }) as number;
  if (cache < -BULK_CACHE_KIB) db.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  return {
    dropped: indexes.map((ix) => ix.name),
    // One sorter helper thread: CREATE INDEX of the three indexes at 1M rows 3.6 -> 2.8 s, for about
    // 27 MB more resident memory while it runs. By then the parser worker (the import's peak) is gone.
    restore: () => {
      const threads = db.pragma('threads', { simple: true }) as number;
      if (threads < 1) db.pragma('threads = 1');
      try {
        for (const ix of indexes) db.exec(ix.sql);
      } finally {
        if (threads < 1) db.pragma(`threads = ${threads}`);
      }
    },
    // Only after the sort and the summary's grouping: both size their memory by the page cache, so a
    // big cache there is paid twice.
    end: () => db.pragma(`cache_size = ${cache}`),
  };
}

function largerThanTable(db: Db, estimatedRows: number): boolean {
  if (estimatedRows < MIN_BULK_ROWS) return false;
  // MAX(id) is one B-tree descent; COUNT(*) would read the whole table.
  const current = (db.prepare('SELECT MAX(id) FROM trade_record').pluck().get() as number | null) ?? 0;
  return estimatedRows > current;
}
