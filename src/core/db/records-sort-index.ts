import type { RecordColumn } from '../../shared/domain';
import type { Db } from './open';

/** Indexes the grid builds for itself, named with this prefix; the import's bulk mode rebuilds them too. */
export const SORT_INDEX_PREFIX = 'trade_record_sort_';

/**
 * Where a missing quantity sorts: below every real one. A NULL in the sort key would break keyset
 * paging ((NULL, id) > (?, ?) is never true), so the grid sorts by this instead; it is the most
 * negative finite double, so it survives a JSON round trip in a cursor.
 */
export const NO_QUANTITY = '-1.7976931348623157e308';

/** Below this many shown rows a sort reads the whole table in well under a second: no index is worth its upkeep. */
const MIN_ROWS = 100_000;

/**
 * What each sortable column is ordered by, written against the bare table as an index needs it; the
 * grid's queries use the same expressions on alias `r`, which SQLite matches to the index.
 * The description's text lives in its own table: its index groups rows by description for
 * records-description-sort.ts, which walks the descriptions in text order.
 */
const INDEXED: Partial<Record<RecordColumn, string>> = {
  period: 'period',
  reporter: 'reporter',
  partner: 'partner',
  flow: 'flow',
  classification: 'classification',
  code: 'code',
  value: 'value_milli',
  currency: 'currency',
  quantity: `COALESCE(quantity, ${NO_QUANTITY})`,
  unit: "COALESCE(unit, '')",
  description: 'description_id',
};

/**
 * On a table of millions of rows, sorting the grid by a column with no index reads and sorts every
 * row for every page (seconds each at 5M rows). The first time a column is sorted on a large table,
 * an index of (column, id) over the shown rows is built (about 2-3 s at 5M rows, once); after that
 * each page is a key seek of a millisecond or two. Only columns someone sorted by pay the index's
 * space and its upkeep on later imports.
 */
export function createSortIndexes(db: Db) {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`).pluck();
  const known = new Set<string>();

  return {
    /** Makes sure the column's index exists when the table is large; false when there is none to use. */
    ensure(column: RecordColumn, shownRows: number): boolean {
      const expr = INDEXED[column];
      if (!expr) return false;
      const name = `${SORT_INDEX_PREFIX}${column}`;
      if (known.has(name) || exists.get(name)) {
        known.add(name);
        return true;
      }
      if (shownRows < MIN_ROWS) return false;
      try {
        db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON trade_record(${expr}, id) WHERE superseded_by IS NULL AND deleted_by IS NULL`);
        known.add(name);
        return true;
      } catch {
        // An import holds the write lock: sort without the index this time (slowly) and try again next time.
        return false;
      }
    },
  };
}
