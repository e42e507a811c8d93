import type { Batch, Dimensions, RejectedRow } from '../../shared/domain';
import { areaNamesFor } from '../reference/areas';
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

  return {
    list: () => list.all() as Batch[],
    rejects: (batchId: number, limit: number): RejectedRow[] =>
      (rejects.all(batchId, limit) as (Omit<RejectedRow, 'raw'> & { raw: string })[]).map((r) => ({ ...r, raw: JSON.parse(r.raw) as string[] })),
    counts: () => counts.get() as { records: number; batches: number },
    dimensions: (): Dimensions => {
      const s = span.get() as { first: string | null; last: string | null };
      const [r, p] = [reporters.all() as string[], partners.all() as string[]];
      return { reporters: r, partners: p, names: areaNamesFor([...r, ...p]), currencies: currencies.all() as string[], firstPeriod: s.first, lastPeriod: s.last };
    },
  };
}
