import type { Db } from './open';
import { currentRow } from './current-row';

export type RejectedSelection = { reporter?: string; partner?: string; flows: string[]; from: string; to: string };
export type RejectedRows = { batchId: number; file: string; rows: number };

/**
 * Rows that imports could not read, placed where their cells say they belong (0007). A row whose
 * reporter, partner or flow could not be read counts for every selection; one that could not be
 * dated is counted apart, against the batches that hold figures of the selection.
 */
export function createRejectedRepo(db: Db) {
  const matches = `(r.reporter IS NULL OR :reporter IS NULL OR r.reporter = :reporter)
    AND (r.partner IS NULL OR :partner IS NULL OR r.partner = :partner)
    AND (r.flow IS NULL OR r.flow IN (SELECT value FROM json_each(:flows)))`;
  const dated = db.prepare(`SELECT r.period, r.batch_id AS batchId, b.file_name AS file, COUNT(*) AS rows
    FROM rejected_row r JOIN import_batch b ON b.id = r.batch_id
    WHERE r.period IS NOT NULL AND r.period >= :from AND r.period <= :to AND length(r.period) = length(:from)
      AND b.status = 'imported' AND ${matches}
    GROUP BY r.period, r.batch_id ORDER BY r.period, r.batch_id`);
  const undated = db.prepare(`SELECT r.batch_id AS batchId, b.file_name AS file, COUNT(*) AS rows
    FROM rejected_row r JOIN import_batch b ON b.id = r.batch_id
    WHERE r.period IS NULL AND b.status = 'imported' AND ${matches}
    GROUP BY r.batch_id ORDER BY r.batch_id`);
  // Reads one batch's rows (trade_record_batch) until one is in the selection.
  const holds = db
    .prepare(
      `SELECT 1 FROM trade_record t WHERE t.batch_id = :batch AND ${currentRow('t')}
    AND (:reporter IS NULL OR t.reporter = :reporter) AND (:partner IS NULL OR t.partner = :partner)
    AND t.flow IN (SELECT value FROM json_each(:flows)) AND t.period >= :from AND t.period <= :to LIMIT 1`,
    )
    .pluck();

  const params = (s: RejectedSelection) => ({
    reporter: s.reporter ?? null,
    partner: s.partner ?? null,
    flows: JSON.stringify(s.flows),
    from: s.from,
    to: s.to,
  });
  return {
    /** Per period (of the selection's length: months or years) and batch, the rows rejected there. */
    dated: (s: RejectedSelection) => dated.all(params(s)) as (RejectedRows & { period: string })[],
    /** Batches holding figures of the selection whose rejected rows could not be dated. */
    undated: (s: RejectedSelection) =>
      (undated.all(params(s)) as RejectedRows[]).filter(
        (b) => holds.get({ ...params(s), batch: b.batchId }) !== undefined,
      ),
  };
}

export type RejectedRepo = ReturnType<typeof createRejectedRepo>;
