/**
 * A row of trade_record that counts: neither superseded by a later file's figure nor deleted. Every
 * query for current figures uses this one predicate. (The partial indexes made by migrations spell
 * it out, as migrations are never edited; SQLite matches them to it term by term.)
 */
export const CURRENT_ROW = 'superseded_by IS NULL AND deleted_by IS NULL';

/** CURRENT_ROW on a table alias: `currentRow('r')` for `FROM trade_record r`. */
export const currentRow = (alias: string) => `${alias}.superseded_by IS NULL AND ${alias}.deleted_by IS NULL`;
