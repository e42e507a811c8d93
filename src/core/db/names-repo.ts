import type { Db } from './open';
import { CURRENT_ROW } from './current-row';
import { FAMILY_SQL } from './summary-repo';

/**
 * Which commodity codes the shown records hold, in one classification family. A held code answers
 * from the first row that starts with it; a code that is not held reads the whole key index once (an
 * error path only), and so do the suggestions for it.
 */
export function createNamesRepo(db: Db) {
  const inFamily = `${CURRENT_ROW} AND ${FAMILY_SQL} = ?`;
  const anyReporter = db
    .prepare(`SELECT 1 FROM trade_record WHERE ${inFamily} AND code >= ? AND code < ? LIMIT 1`)
    .pluck();
  const ofReporter = db
    .prepare(`SELECT 1 FROM trade_record WHERE ${inFamily} AND reporter = ? AND code >= ? AND code < ? LIMIT 1`)
    .pluck();
  const prefixes = db
    .prepare(
      `SELECT DISTINCT substr(code, 1, ?) FROM trade_record WHERE ${inFamily} AND length(code) >= ? AND code <> 'TOTAL'`,
    )
    .pluck();
  const prefixesOf = db
    .prepare(
      `SELECT DISTINCT substr(code, 1, ?) FROM trade_record WHERE ${inFamily} AND reporter = ? AND length(code) >= ? AND code <> 'TOTAL'`,
    )
    .pluck();

  return {
    /** True when some shown record of the family has a code starting with `prefix` ('~' sorts after every letter and digit). */
    holdsCode(prefix: string, family: string, reporter?: string): boolean {
      const end = `${prefix}~`;
      return (
        (reporter ? ofReporter.get(family, reporter, prefix, end) : anyReporter.get(family, prefix, end)) !== undefined
      );
    },
    /** The distinct code prefixes of this length held in the family, to suggest the nearest to a mistyped one. */
    codePrefixes(length: number, family: string, reporter?: string): string[] {
      return (
        reporter ? prefixesOf.all(length, family, reporter, length) : prefixes.all(length, family, length)
      ) as string[];
    },
  };
}

export type NamesRepo = ReturnType<typeof createNamesRepo>;
