import type { Db } from '../db/open';

/**
 * Everything an import stores, table by table in id order, read as BigInt so sums past 2^53 compare
 * exactly: two imports of one file that must be alike (one thread or several) compare equal here.
 */
export function storedContents(db: Db): Record<string, unknown[]> {
  const all = (sql: string) => db.prepare(sql).raw().safeIntegers().all();
  return {
    records: all('SELECT * FROM trade_record ORDER BY id'),
    rejects: all('SELECT * FROM rejected_row ORDER BY id'),
    descriptions: all('SELECT * FROM description ORDER BY id'),
    summary: all(
      'SELECT * FROM summary_total ORDER BY reporter, partner, flow, freq, period, currency, period_months, family',
    ),
    batches: all(
      'SELECT file_name, sha256, size, format, encoding, rows_read, rows_imported, rows_rejected, rows_skipped, currency FROM import_batch ORDER BY id',
    ),
    warnings: all('SELECT * FROM import_warning ORDER BY id'),
    scope: all('SELECT * FROM batch_scope ORDER BY batch_id, reporter, flow, freq, period, period_months, family'),
    scopePartners: all('SELECT * FROM batch_scope_partner ORDER BY batch_id, partner, reporter, flow, freq'),
    scopeCodes: all('SELECT * FROM batch_scope_code ORDER BY batch_id, family, code, freq'),
  };
}
