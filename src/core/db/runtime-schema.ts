import type { RecordColumn } from '../../shared/domain';
import { CURRENT_ROW } from './current-row';

/**
 * The schema that is not in migrations/: indexes Tidemark builds or rebuilds while it runs. With
 * the migrations, this file is the whole schema.
 *
 * 1. Sort indexes. The grid builds an index of (column, id) over the current rows the first time a
 *    column is sorted on a large table (records-sort-index.ts), named SORT_INDEX_PREFIX + column.
 * 2. Bulk rebuilds. A large import into an empty table drops these indexes (made by migrations,
 *    named here) and the sort indexes, and builds them again after its rows (bulk-indexes.ts).
 */
export const SORT_INDEX_PREFIX = 'trade_record_sort_';

/**
 * Where a missing quantity sorts: below every real one. A NULL in the sort key would break keyset
 * paging ((NULL, id) > (?, ?) is never true), so the grid sorts by this instead; it is the most
 * negative finite double, so it survives a JSON round trip in a cursor.
 */
export const NO_QUANTITY = '-1.7976931348623157e308';

/**
 * What each sortable column's index holds, written against the bare table (trade_row) as an index
 * needs it; the grid's queries use the same expressions on alias `r`, which SQLite matches to the index.
 * A dimension's text lives in its dictionary (record-dims.ts), as the description's does: its index
 * groups rows by id, and a sort by its text walks the dictionary in text order (records-dimension-sort.ts).
 */
export const SORT_INDEX_KEYS: Partial<Record<RecordColumn, string>> = {
  period: 'period_id',
  reporter: 'reporter_id',
  partner: 'partner_id',
  flow: 'flow_id',
  classification: 'classification_id',
  code: 'code_id',
  value: 'value_milli',
  currency: 'currency_id',
  quantity: `COALESCE(quantity, ${NO_QUANTITY})`,
  unit: 'unit_id',
  description: 'description_id',
  regime: 'regime_id',
  province: 'province_id',
  mot: 'mot_id',
  partner2: 'partner2_id',
};

export const sortIndexName = (column: RecordColumn) => `${SORT_INDEX_PREFIX}${column}`;

/** The statement that builds a column's sort index, or null for a column that is not sorted through one. */
export function sortIndexSql(column: RecordColumn): string | null {
  const key = SORT_INDEX_KEYS[column];
  return key
    ? `CREATE INDEX IF NOT EXISTS ${sortIndexName(column)} ON trade_row(${key}, id) WHERE ${CURRENT_ROW}`
    : null;
}

/**
 * Indexes of trade_row (made by migrations) whose keys arrive in random order during an import,
 * so a large import drops them and builds them again, sorting once. trade_record_batch only appends,
 * yet keeping it up row by row cost about 0.6 s per million rows against 0.2 s for CREATE INDEX at
 * the end. The partial indexes on deleted_by/superseded_by/unsuperseded_by hold no new rows.
 * runtime-schema.test.ts checks each name against the migrated schema.
 */
export const BULK_REBUILT_INDEXES = ['trade_record_key', 'trade_record_breakdown', 'trade_record_batch'] as const;
