import type { Db } from './open';
import type { SummaryRow } from './summary-delta';

export type GroupKey = { reporter: string; partner: string; flow: string; freq: string; period: string };

const RECOMPUTE = `SELECT reporter, partner, flow, freq, period, currency, period_months,
       SUM(CASE is_aggregate WHEN 0 THEN value_milli ELSE 0 END) AS detail_milli, SUM(is_aggregate = 0) AS detail_rows,
       SUM(CASE is_aggregate WHEN 1 THEN value_milli ELSE 0 END) AS agg_milli, SUM(is_aggregate = 1) AS agg_rows
  FROM trade_record WHERE superseded_by IS NULL AND deleted_by IS NULL`;
const GROUP = 'GROUP BY reporter, partner, flow, freq, period, currency, period_months';
/** The covering index a large batch's sums would otherwise insert into page by page, in the table's order, not the index's. */
const PERIOD_INDEX = 'summary_month_period';
/**
 * Below this many groups the random index inserts cost little, and dropping an index makes every
 * prepared statement on the connection compile again.
 */
export const REBUILD_MIN_GROUPS = 10_000;

/**
 * Keeps summary_month equal to a full recomputation from the current records. Every write path
 * (import, supersede, edit) calls one of the refresh functions inside its own transaction, so a
 * reader never sees records and summary disagree.
 */
export function createSummaryMaintenance(db: Db) {
  // The groups a batch touched: its own rows, and the rows it superseded (same keys by construction).
  const batchGroups = `SELECT DISTINCT reporter, partner, flow, freq, period FROM trade_record WHERE batch_id = :batch OR superseded_by = :batch`;
  const deleteForBatch = db.prepare(`DELETE FROM summary_month WHERE (reporter, partner, flow, freq, period) IN (${batchGroups})`);
  const insertForBatch = db.prepare(`INSERT INTO summary_month ${RECOMPUTE} AND (reporter, partner, flow, freq, period) IN (${batchGroups}) ${GROUP}`);
  // An import adds its rows and takes away what it superseded: a delta, so cost follows the batch, not the table.
  const delta = (sign: string, where: string) => db.prepare(`INSERT INTO summary_month
    SELECT reporter, partner, flow, freq, period, currency, period_months,
           ${sign}SUM(CASE is_aggregate WHEN 0 THEN value_milli ELSE 0 END), ${sign}SUM(is_aggregate = 0),
           ${sign}SUM(CASE is_aggregate WHEN 1 THEN value_milli ELSE 0 END), ${sign}SUM(is_aggregate = 1)
      FROM trade_record WHERE ${where} AND deleted_by IS NULL ${GROUP}
    ON CONFLICT (reporter, partner, flow, freq, period, currency, period_months) DO UPDATE SET
      detail_milli = detail_milli + excluded.detail_milli, detail_rows = detail_rows + excluded.detail_rows,
      agg_milli = agg_milli + excluded.agg_milli, agg_rows = agg_rows + excluded.agg_rows`);
  const addNew = delta('', 'batch_id = :batch AND superseded_by IS NULL');
  const upsert = db.prepare(`INSERT INTO summary_month VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (reporter, partner, flow, freq, period, currency, period_months) DO UPDATE SET
      detail_milli = detail_milli + excluded.detail_milli, detail_rows = detail_rows + excluded.detail_rows,
      agg_milli = agg_milli + excluded.agg_milli, agg_rows = agg_rows + excluded.agg_rows`);
  const takeSuperseded = delta('-', 'superseded_by = :batch');
  const dropEmpty = db.prepare('DELETE FROM summary_month WHERE detail_rows = 0 AND agg_rows = 0');
  const deleteGroup = db.prepare('DELETE FROM summary_month WHERE reporter = ? AND partner = ? AND flow = ? AND freq = ? AND period = ?');
  const insertGroup = db.prepare(`INSERT INTO summary_month ${RECOMPUTE} AND reporter = ? AND partner = ? AND flow = ? AND freq = ? AND period = ? ${GROUP}`);
  // Counts no further than the batch: the cost of asking follows the batch, not the table.
  const rowsUpTo = db.prepare('SELECT COUNT(*) FROM (SELECT 1 FROM summary_month LIMIT ?)').pluck();
  const periodIndexSql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").pluck();

  /**
   * Writes a batch's sums. When they outnumber the table's rows (a first import, a bulk load), the
   * covering index is dropped and built again after them with one sort, as bulk-indexes.ts does for
   * trade_record: 120k groups into an empty table, 0.28 s of upserts plus the build against 0.66 s.
   * Only inside a transaction, so a crash or cancel rolls the DROP back with the rows.
   */
  function upsertAll(rows: SummaryRow[]): void {
    const sql = db.inTransaction && rows.length >= REBUILD_MIN_GROUPS && (rowsUpTo.get(rows.length) as number) < rows.length
      ? (periodIndexSql.get(PERIOD_INDEX) as string | undefined) : undefined;
    if (sql) db.exec(`DROP INDEX "${PERIOD_INDEX}"`);
    for (const row of rows) upsert.run(...row);
    if (sql) db.exec(sql);
  }

  return {
    /**
     * After an import wrote a batch and superseded what it restates. Call inside the batch's transaction.
     * `added` holds the batch's sums as its rows were written; without it they are grouped from the table.
     */
    addBatch(batchId: number, added?: SummaryRow[]): void {
      if (added) upsertAll(added);
      else addNew.run({ batch: batchId });
      if (takeSuperseded.run({ batch: batchId }).changes > 0) dropEmpty.run();
    },
    /** After a batch's rows changed visibility (revert, undo of a revert): recomputes every group it touches. */
    refreshBatch(batchId: number): void {
      deleteForBatch.run({ batch: batchId });
      insertForBatch.run({ batch: batchId });
    },
    /** After an edit: the group the record left and the group it joined. */
    refreshGroups(keys: GroupKey[]): void {
      for (const k of keys) {
        const args = [k.reporter, k.partner, k.flow, k.freq, k.period];
        deleteGroup.run(...args);
        insertGroup.run(...args);
      }
    },
    rebuild(): void {
      db.transaction(() => {
        db.exec('DELETE FROM summary_month');
        db.exec(`INSERT INTO summary_month ${RECOMPUTE} ${GROUP}`);
      })();
    },
    /** Rows where the stored summary differs from a fresh recomputation; empty when correct. */
    differences(): unknown[] {
      const cols = 'reporter, partner, flow, freq, period, currency, period_months, detail_milli, detail_rows, agg_milli, agg_rows';
      return db.prepare(`SELECT 'stale' AS kind, * FROM (SELECT ${cols} FROM summary_month EXCEPT SELECT * FROM (${RECOMPUTE} ${GROUP}))
        UNION ALL SELECT 'missing', * FROM (SELECT * FROM (${RECOMPUTE} ${GROUP}) EXCEPT SELECT ${cols} FROM summary_month)`).all();
    },
  };
}
export type SummaryMaintenance = ReturnType<typeof createSummaryMaintenance>;
