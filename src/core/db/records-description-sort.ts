import type { Cursor } from '../../shared/domain';
import { sortIndexName } from './runtime-schema';

/** Built by records-sort-index.ts the first time a large table is sorted by description; only used once it exists. */
const INDEX = sortIndexName('description');

/** A select list for one arm of the merge: the description's text and the sort value, as SQL on aliases r and d. */
export type ArmColumns = (description: string, sortValue: string) => string;

/**
 * The grid sorted by description on a large table. The text lives in the description table, so no
 * index on trade_record orders rows by it, and every page joined and sorted all rows (8–14 s a page
 * at 5M rows). Descriptions are few next to rows, so the rows come in order from two streams that
 * SQLite merges (MERGE UNION ALL) without sorting (INDEXED BY: on a small table the planner would rather sort):
 * - rows with a description: the descriptions in text order (their unique index), and for each its
 *   rows in id order (trade_record_sort_description on description_id, id);
 * - rows without one, in id order from the same index. They sort as '' did (first ascending, last
 *   descending); their sort value is the NULL description_id itself, which sorts below any text and
 *   lets the index's order be the merge's order. The writer and edits never store an empty text.
 * The cursor's v is the text, or '' for a row without a description.
 */
export function descriptionOrder(
  columns: ArmColumns,
  shown: string,
  desc: boolean,
  after: Cursor | null,
): { sql: string; params: unknown[] } {
  const cmp = desc ? '<' : '>';
  const dir = desc ? 'DESC' : 'ASC';
  const inNulls = after !== null && (after.v === '' || after.v === null);
  const texts = {
    sql: `SELECT ${columns('d.text', 'd.text')} FROM description d CROSS JOIN trade_row r INDEXED BY ${INDEX} ON r.description_id = d.id
      WHERE ${shown}${after === null ? '' : ` AND (d.text, r.id) ${cmp} (?, ?)`}`,
    params: after === null ? [] : [after.v ?? '', after.id],
  };
  const order = `ORDER BY sort_v ${dir}, id ${dir}`;
  // Rows without a description lie before every text: ascending, a cursor in a text is past all of them.
  if (after !== null && !inNulls && !desc) return { sql: `${texts.sql} ${order}`, params: texts.params };
  const nulls = {
    sql: `SELECT ${columns("''", 'r.description_id')} FROM trade_row r INDEXED BY ${INDEX}
      WHERE ${shown} AND r.description_id IS NULL${inNulls ? ` AND r.id ${cmp} ?` : ''}`,
    params: inNulls ? [after.id] : [],
  };
  return { sql: `${nulls.sql} UNION ALL ${texts.sql} ${order}`, params: [...nulls.params, ...texts.params] };
}
