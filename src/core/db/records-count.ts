import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/**
 * The grid's "N rows" total, which a page at any depth must not pay for by counting millions of
 * rows again. A count is kept per filter until the data changes: `PRAGMA data_version` moves when
 * another connection commits, `total_changes()` when this one writes (committed or not), so the
 * pair is a cheap token for "nothing changed since".
 */
export function createRecordsCounter(db: Db) {
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const changes = db.prepare('SELECT total_changes()').pluck();
  // summary_total holds, per group, the count of current (not superseded, not deleted) rows: the unfiltered total.
  const unfiltered = db.prepare('SELECT COALESCE(SUM(row_count), 0) FROM summary_total').pluck();
  // ...and so, summed over the groups that match, the count of rows matching equality filters on its dimensions.
  const summed = new Map<string, Statement<unknown[]>>();
  const summedSql = (where: string) => {
    let s = summed.get(where);
    if (!s)
      summed.set(
        where,
        (s = db.prepare(`SELECT COALESCE(SUM(row_count), 0) FROM summary_total WHERE ${where}`).pluck()),
      );
    return s;
  };
  const statements = new Map<string, Statement<unknown[]>>();
  // `exact` false: a count stopped at its bound, kept as a floor (the page's plan and the host's index check both ask).
  const counts = new Map<string, { token: string; n: number; exact: boolean }>();
  const MAX_CACHED = 64;

  function countSql(filterSql: string, joinDescription: boolean, from: string, bounded = false): Statement<unknown[]> {
    // The description join is needed only to filter on its text; a plain COUNT never reads it.
    const rows = `${from}${joinDescription ? ' LEFT JOIN description d ON d.id = r.description_id' : ''} WHERE ${filterSql}`;
    const sql = bounded ? `SELECT COUNT(*) FROM (SELECT 1 FROM ${rows} LIMIT ?)` : `SELECT COUNT(*) FROM ${rows}`;
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql).pluck()));
    return s;
  }

  /**
   * Rows matching `filterSql` (current rows, visible or deleted, with the grid's filters).
   * `plain` says there is no filter beyond "current and visible", so the summary table answers;
   * `summary` is the same filter on summary_total, when it only asks for equal dimensions of shown
   * rows (partner = 'PRK'), so the summary table answers that too (5M rows: about 7 s -> ms).
   * `from` is the table clause, alias r, naming the index that answers the filter (records-plan.ts).
   */
  type CountOptions = {
    plain: boolean;
    joinDescription: boolean;
    summary?: { sql: string; params: unknown[] } | null;
    from?: string;
    /**
     * Stop counting at this many rows: the grid's page needs only to know whether a match is small
     * (then this is its count) or large, and shows the page before the count of a large one.
     */
    upTo?: number;
  };

  /** The count, or with `upTo`, the count if under it (exact) or `upTo` (at least that many). */
  function countUpTo(filterSql: string, params: unknown[], opts: CountOptions): { n: number; exact: boolean } {
    const token = `${dataVersion.get() as number}:${changes.get() as number}`;
    const from = opts.from ?? 'trade_row r';
    const key = `${from}\u0000${filterSql}\u0000${JSON.stringify(params)}`;
    const hit = counts.get(key);
    if (hit && hit.token === token && (hit.exact || (opts.upTo !== undefined && opts.upTo <= hit.n)))
      return { n: hit.n, exact: hit.exact };
    const counted = !opts.plain && !opts.summary;
    const n = opts.plain
      ? (unfiltered.get() as number)
      : opts.summary
        ? (summedSql(opts.summary.sql).get(...opts.summary.params) as number)
        : opts.upTo !== undefined
          ? (countSql(filterSql, opts.joinDescription, from, true).get(...params, opts.upTo) as number)
          : (countSql(filterSql, opts.joinDescription, from).get(...params) as number);
    // A count stopped at its bound is a floor, not a total: never shown as one.
    const exact = !(counted && opts.upTo !== undefined && n >= opts.upTo);
    if (counts.size >= MAX_CACHED && !counts.has(key)) counts.delete(counts.keys().next().value!);
    counts.set(key, { token, n, exact });
    return { n, exact };
  }

  const count = (filterSql: string, params: unknown[], opts: Omit<CountOptions, 'upTo'>): number =>
    countUpTo(filterSql, params, opts).n;

  return {
    /** Every shown row (current and not deleted), unfiltered: summary_total's total, kept like any count. */
    shown(): number {
      return count('', [], { plain: true, joinDescription: false });
    },
    count,
    countUpTo,
  };
}
