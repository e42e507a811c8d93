import type { Db } from '../open';

/**
 * What the import pipeline needs beyond the first schema: aggregates (world/total rows) kept but
 * never double-counted, combined-month periods (GACC's Jan+Feb), codes kept verbatim when they
 * cannot be mapped, revisions that supersede without overwriting, and reference nomenclatures.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE trade_record ADD COLUMN is_aggregate INTEGER NOT NULL DEFAULT 0 CHECK (is_aggregate IN (0, 1));
    -- How many months the period covers, ending at "period": 2 for a January+February release.
    ALTER TABLE trade_record ADD COLUMN period_months INTEGER NOT NULL DEFAULT 1 CHECK (period_months BETWEEN 1 AND 12);
    -- The partner (or reporter) code as the source wrote it, when it could not be mapped to ISO 3166.
    ALTER TABLE trade_record ADD COLUMN partner_raw TEXT;
    -- Set when a later import states the same figure again: analysis reads only current rows.
    ALTER TABLE trade_record ADD COLUMN superseded_by INTEGER REFERENCES import_batch(id);

    CREATE INDEX trade_record_key ON trade_record(reporter, partner, flow, period, code, classification) WHERE superseded_by IS NULL;

    CREATE TABLE import_warning (
      id        INTEGER PRIMARY KEY,
      batch_id  INTEGER NOT NULL REFERENCES import_batch(id),
      code      TEXT NOT NULL,
      message   TEXT NOT NULL
    ) STRICT;

    CREATE TABLE commodity_ref (
      classification TEXT NOT NULL,
      code           TEXT NOT NULL,
      lang           TEXT NOT NULL,
      description    TEXT NOT NULL,
      parent         TEXT,
      batch_id       INTEGER NOT NULL REFERENCES import_batch(id),
      PRIMARY KEY (classification, code, lang)
    ) STRICT, WITHOUT ROWID;
  `);
}
