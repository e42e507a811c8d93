import type { Statement } from 'better-sqlite3';
import type { Cursor } from '../../shared/domain';
import type { Db } from './open';
import type { FilterSql } from './records-filter';
import { sortIndexName } from './runtime-schema';

/**
 * The columns sorted by a merge of two streams: their text lives in a dictionary, and a row may have
 * none (a split row's regime, province, transport and second partner: a row that is no such part has none).
 */
export type MergedColumn = 'description' | 'unit' | 'regime' | 'province' | 'mot' | 'partner2';

/** Each merged column's dictionary and the row's id into it; the sort index (id, row id) is built by records-sort-index.ts. */
const MERGED: Record<MergedColumn, { dictionary: string; id: string }> = {
  description: { dictionary: 'description', id: 'description_id' },
  unit: { dictionary: 'dim_unit', id: 'unit_id' },
  regime: { dictionary: 'dim_regime', id: 'regime_id' },
  province: { dictionary: 'dim_province', id: 'province_id' },
  mot: { dictionary: 'dim_mot', id: 'mot_id' },
  // Areas: the dictionary of every reporter and partner too, a few hundred texts each walked to its rows.
  partner2: { dictionary: 'dim_area', id: 'partner2_id' },
};

export const isMerged = (column: string): column is MergedColumn => Object.hasOwn(MERGED, column);

/** Whether a merged column's dictionary holds the empty text (then its sort must not be a merge), one lookup each. */
export function emptyTextIn(db: Db): (column: MergedColumn) => boolean {
  const statements = new Map<string, Statement<unknown[]>>();
  return (column) => {
    const { dictionary } = MERGED[column];
    let s = statements.get(dictionary);
    if (!s) statements.set(dictionary, (s = db.prepare(`SELECT 1 FROM ${dictionary} WHERE text = ''`).pluck()));
    return s.get() !== undefined;
  };
}

/** A select list for one arm of the merge, given its sort value: the dictionary's text (alias s), or the NULL id of a row without one. */
export type ArmColumns = (sortValue: string) => string;

/**
 * The grid sorted by description, unit or a split column on a large table. The text lives in a dictionary, so no
 * index on trade_row orders rows by it, and every page joined and sorted all rows (8–14 s a page
 * at 5M rows by description; 0.5–1 s at 1M by unit). Texts are few next to rows, so the rows come
 * in order from two streams that SQLite merges (MERGE UNION ALL) without sorting (INDEXED BY: on a
 * small table the planner would rather sort):
 * - rows with a text: the dictionary in text order (its unique index), and for each text its rows
 *   in id order (the column's sort index on (id of the text, row id));
 * - rows without one, in id order from the same index. They sort as '' did (first ascending, last
 *   descending); their sort value is the NULL id itself, which sorts below any text and lets the
 *   index's order be the merge's order. So the dictionary must hold no '' (the writer and edits
 *   store none for a description; for the others the caller checks: records-repo.ts).
 * `filter` is tested on every row of both streams. `text` (on alias s) narrows the dictionary to the
 * texts a filter on the column itself matches; then only their rows are read (a seek never matches
 * a row without a text: records-filter.ts), and `filter` holds the other filters.
 * The cursor's v is the text, or '' for a row without one.
 */
export function mergedOrder(
  column: MergedColumn,
  columns: ArmColumns,
  filter: FilterSql,
  desc: boolean,
  after: Cursor | null,
  text: FilterSql | null = null,
): { sql: string; params: unknown[] } {
  const { dictionary, id } = MERGED[column];
  const index = sortIndexName(column);
  const cmp = desc ? '<' : '>';
  const dir = desc ? 'DESC' : 'ASC';
  const inNulls = after !== null && (after.v === '' || after.v === null);
  const texts = {
    sql: `SELECT ${columns('s.text')} FROM ${dictionary} s CROSS JOIN trade_row r INDEXED BY ${index} ON r.${id} = s.id
      WHERE ${filter.sql}${text ? ` AND ${text.sql}` : ''}${after === null ? '' : ` AND (s.text, r.id) ${cmp} (?, ?)`}`,
    params: [...filter.params, ...(text?.params ?? []), ...(after === null ? [] : [after.v ?? '', after.id])],
  };
  const order = `ORDER BY sort_v ${dir}, id ${dir}`;
  // Rows without a text lie before every text: ascending, a cursor in a text is past all of them.
  // A filter that narrows the texts matches no row without one.
  if (text || (after !== null && !inNulls && !desc)) return { sql: `${texts.sql} ${order}`, params: texts.params };
  const nulls = {
    sql: `SELECT ${columns(`r.${id}`)} FROM trade_row r INDEXED BY ${index}
      WHERE ${filter.sql} AND r.${id} IS NULL${inNulls ? ` AND r.id ${cmp} ?` : ''}`,
    params: [...filter.params, ...(inNulls ? [after.id] : [])],
  };
  return { sql: `${nulls.sql} UNION ALL ${texts.sql} ${order}`, params: [...nulls.params, ...texts.params] };
}
