import type { RecordColumn } from '../../shared/domain';
import type { Db } from './open';
import { sortIndexName, sortIndexSql } from './runtime-schema';

/** Below this many shown rows a sort reads the whole table in well under a second: no index is worth its upkeep. */
const MIN_ROWS = 100_000;

/**
 * On a table of millions of rows, sorting the grid by a column with no index reads and sorts every
 * row for every page (seconds each at 5M rows). The first time a column is sorted, or filtered where
 * the filter's index is what answers it, on a large table, an index of (column, id) over the shown
 * rows is built (about 2-3 s at 5M rows, once); after that each page is a key seek of a millisecond
 * or two. Only columns someone sorted or filtered by pay the index's space and its upkeep on later imports.
 */
export function createSortIndexes(db: Db) {
  const existing = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`).pluck();
  const known = new Set<string>();
  const exists = (column: RecordColumn): boolean => {
    const name = sortIndexName(column);
    if (known.has(name)) return true;
    if (!existing.get(name)) return false;
    known.add(name);
    return true;
  };

  return {
    /** Whether the column's index is there now. */
    exists,
    /** Whether the column has an index, or would get one: it is there, or the table is large enough to build it. */
    available(column: RecordColumn, shownRows: number): boolean {
      return sortIndexSql(column) !== null && (shownRows >= MIN_ROWS || exists(column));
    },
    /** Makes sure the column's index exists when the table is large; false when there is none to use. */
    ensure(column: RecordColumn, shownRows: number): boolean {
      const sql = sortIndexSql(column);
      if (!sql) return false;
      if (exists(column)) return true;
      if (shownRows < MIN_ROWS) return false;
      try {
        db.exec(sql);
        known.add(sortIndexName(column));
        return true;
      } catch {
        // An import holds the write lock: sort without the index this time (slowly) and try again next time.
        return false;
      }
    },
  };
}
