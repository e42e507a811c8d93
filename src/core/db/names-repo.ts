import type { Db } from './open';
import { currentRow } from './current-row';
import { CODE_IDS_BETWEEN, FAMILY_IDS, idOfParam } from './record-dims';

/**
 * Which commodity codes the shown records hold, in one classification family. A held code answers
 * from the first row that starts with it; a code that is not held reads the whole key index once (an
 * error path only), and so do the suggestions for it. Codes and the family are matched by id: each
 * text is looked up once in its dictionary, and a prefix no code in the dictionary starts with
 * answers before any row is read.
 */
export function createNamesRepo(db: Db) {
  const inFamily = `${currentRow('t')} AND t.classification_id IN ${FAMILY_IDS}`;
  // Constant, so SQLite tests it once before the loop: no code with the prefix, no rows to read.
  const anyCode = `EXISTS (SELECT 1 FROM dim_code WHERE text >= ? AND text < ?)`;
  const anyReporter = db
    .prepare(`SELECT 1 FROM trade_row t WHERE ${anyCode} AND ${inFamily} AND t.code_id IN ${CODE_IDS_BETWEEN} LIMIT 1`)
    .pluck();
  const ofReporter = db
    .prepare(
      `SELECT 1 FROM trade_row t WHERE ${anyCode} AND ${inFamily} AND t.reporter_id = ${idOfParam('reporter')} AND t.code_id IN ${CODE_IDS_BETWEEN} LIMIT 1`,
    )
    .pluck();
  // The held codes' ids first (integers from the key index), then their texts, once each.
  const heldPrefixes = (rows: string) =>
    `SELECT DISTINCT substr(text, 1, ?) FROM dim_code WHERE id IN (${rows}) AND length(text) >= ? AND text <> 'TOTAL' ORDER BY 1`;
  const prefixes = db.prepare(heldPrefixes(`SELECT t.code_id FROM trade_row t WHERE ${inFamily}`)).pluck();
  const prefixesOf = db
    .prepare(
      heldPrefixes(`SELECT t.code_id FROM trade_row t WHERE ${inFamily} AND t.reporter_id = ${idOfParam('reporter')}`),
    )
    .pluck();

  return {
    /** True when some shown record of the family has a code starting with `prefix` ('~' sorts after every letter and digit). */
    holdsCode(prefix: string, family: string, reporter?: string): boolean {
      const end = `${prefix}~`;
      return (
        (reporter
          ? ofReporter.get(prefix, end, family, reporter, prefix, end)
          : anyReporter.get(prefix, end, family, prefix, end)) !== undefined
      );
    },
    /** The distinct code prefixes of this length held in the family, in code order, to suggest the nearest to a mistyped one. */
    codePrefixes(length: number, family: string, reporter?: string): string[] {
      return (
        reporter ? prefixesOf.all(length, family, reporter, length) : prefixes.all(length, family, length)
      ) as string[];
    },
  };
}

export type NamesRepo = ReturnType<typeof createNamesRepo>;
