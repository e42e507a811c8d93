import type { Batch, Dimensions, RejectedRow } from '../../shared/domain';
import type { Db } from './open';

export function createBatchesRepo(db: Db) {
  const list = db.prepare(`SELECT id, file_name AS fileName, sha256, format, encoding, rows_read AS rowsRead, rows_imported AS rowsImported,
    rows_rejected AS rowsRejected, rows_skipped AS rowsSkipped, started_at AS startedAt, finished_at AS finishedAt, status
    FROM import_batch ORDER BY id DESC`);
  const rejects = db.prepare('SELECT id, batch_id AS batchId, sheet, row_number AS rowNumber, raw, reason, message FROM rejected_row WHERE batch_id = ? ORDER BY row_number LIMIT ?');
  // Records a person can see (not superseded, not deleted) are exactly what the summary table sums,
  // so the sidebar's count never scans the records.
  const counts = db.prepare(`SELECT (SELECT COALESCE(SUM(detail_rows + agg_rows), 0) FROM summary_month) AS records,
    (SELECT COUNT(*) FROM import_batch) AS batches`);
  // The pickers read the summary table (current, visible rows only), never the records themselves.
  const held = 'FROM summary_month WHERE detail_rows + agg_rows > 0';
  const reporters = db.prepare(`SELECT DISTINCT reporter ${held} ORDER BY reporter`).pluck();
  const partners = db.prepare(`SELECT DISTINCT partner ${held} ORDER BY partner`).pluck();
  const currencies = db.prepare(`SELECT DISTINCT currency ${held} ORDER BY currency`).pluck();
  const span = db.prepare(`SELECT MIN(period) AS first, MAX(period) AS last ${held} AND freq = 'month'`);
  // The same rule as the importer's own duplicate check (run-import.ts): these bytes, in any batch.
  const bySha = db.prepare('SELECT id AS batchId, file_name AS fileName, started_at AS importedAt, status FROM import_batch WHERE sha256 = ?');

  return {
    list: () => list.all() as Batch[],
    rejects: (batchId: number, limit: number): RejectedRow[] =>
      (rejects.all(batchId, limit) as (Omit<RejectedRow, 'raw'> & { raw: string })[]).map((r) => ({ ...r, raw: JSON.parse(r.raw) as string[] })),
    counts: () => counts.get() as { records: number; batches: number },
    /** The batch that holds a file with these bytes, if any. */
    bySha: (sha256: string) => (bySha.get(sha256) as { batchId: number; fileName: string; importedAt: string; status: string } | undefined) ?? null,
    dimensions: (): Dimensions => {
      const s = span.get() as { first: string | null; last: string | null };
      return { reporters: reporters.all() as string[], partners: partners.all() as string[], currencies: currencies.all() as string[], firstPeriod: s.first, lastPeriod: s.last };
    },
  };
}
