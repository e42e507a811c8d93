import type { Db } from './open';
import { CURRENT_ROW } from './current-row';

/**
 * Which commodity codes the shown records hold. A held code answers from the first row that starts
 * with it; a code that is not held reads the whole key index once (an error path only), and so do
 * the suggestions for it.
 */
export function createNamesRepo(db: Db) {
  const anyReporter = db
    .prepare(`SELECT 1 FROM trade_record WHERE ${CURRENT_ROW} AND code >= ? AND code < ? LIMIT 1`)
    .pluck();
  const ofReporter = db
    .prepare(`SELECT 1 FROM trade_record WHERE ${CURRENT_ROW} AND reporter = ? AND code >= ? AND code < ? LIMIT 1`)
    .pluck();
  const prefixes = db
    .prepare(`SELECT DISTINCT substr(code, 1, ?) FROM trade_record WHERE ${CURRENT_ROW} AND length(code) >= ?`)
    .pluck();
  const prefixesOf = db
    .prepare(
      `SELECT DISTINCT substr(code, 1, ?) FROM trade_record WHERE ${CURRENT_ROW} AND reporter = ? AND length(code) >= ?`,
    )
    .pluck();

  return {
    /** True when some shown record's code starts with `prefix` ('~' sorts after every letter and digit). */
    holdsCode(prefix: string, reporter?: string): boolean {
      const end = `${prefix}~`;
      return (reporter ? ofReporter.get(reporter, prefix, end) : anyReporter.get(prefix, end)) !== undefined;
    },
    /** The distinct code prefixes of this length held, to suggest the nearest to a mistyped one. */
    codePrefixes(length: number, reporter?: string): string[] {
      return (reporter ? prefixesOf.all(length, reporter, length) : prefixes.all(length, length)) as string[];
    },
  };
}

export type NamesRepo = ReturnType<typeof createNamesRepo>;
