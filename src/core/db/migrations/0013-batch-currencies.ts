import type { Db } from '../open';

/**
 * The currencies each batch holds its figures in, so a figure is covered in a currency only by files that
 * hold it in that currency (coverage.ts): a dollar download of two codes beside a yuan download of all
 * goods read as "all goods" in dollars, the two codes' sum standing for the total. Batches imported before
 * this are read from their rows, every row the file held (superseded and deleted ones too).
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE batch_currency (
      batch_id INTEGER NOT NULL REFERENCES import_batch(id),
      currency TEXT NOT NULL,
      PRIMARY KEY (batch_id, currency)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO batch_currency (batch_id, currency)
      SELECT r.batch_id, c.text FROM (SELECT DISTINCT batch_id, currency_id FROM trade_row) r
        JOIN dim_currency c ON c.id = r.currency_id;
  `);
}
