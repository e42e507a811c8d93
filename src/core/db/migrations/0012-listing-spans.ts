import type { Db } from '../open';

/**
 * Where a listed partner or code covers (issue 15's newcomer walk): until now a partner a file listed
 * anywhere covered every period of the file, so a canonical file with Germany in 2010 (annual) and
 * Brazil in 2024 (monthly) read as twelve months of 0 for Germany in 2024. From here a listing holds
 * where it was listed:
 * - `batch_scope_partner`: per reporter, flow and frequency, the first and last period the file names
 *   the partner in;
 * - `batch_scope_code`: per frequency, the first and last period the file names the code in.
 * Batches imported before this keep what they covered: each listing spans every reporter, flow and
 * frequency of its batch, from its first period to its last (what a GACC query download still gets,
 * since a query's months without a row are true zeros).
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE batch_scope_partner RENAME TO batch_scope_partner_0011;
    ALTER TABLE batch_scope_code RENAME TO batch_scope_code_0011;
    CREATE TABLE batch_scope_partner (
      batch_id     INTEGER NOT NULL REFERENCES import_batch(id),
      partner      TEXT NOT NULL,
      reporter     TEXT NOT NULL,
      flow         TEXT NOT NULL,
      freq         TEXT NOT NULL,
      first_period TEXT NOT NULL,
      last_period  TEXT NOT NULL,
      PRIMARY KEY (batch_id, partner, reporter, flow, freq)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE batch_scope_code (
      batch_id     INTEGER NOT NULL REFERENCES import_batch(id),
      family       TEXT NOT NULL,
      code         TEXT NOT NULL,
      freq         TEXT NOT NULL,
      first_period TEXT NOT NULL,
      last_period  TEXT NOT NULL,
      PRIMARY KEY (batch_id, family, code, freq)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO batch_scope_partner (batch_id, partner, reporter, flow, freq, first_period, last_period)
      SELECT p.batch_id, p.partner, g.reporter, g.flow, g.freq, g.first, g.last FROM batch_scope_partner_0011 p
      JOIN (SELECT batch_id, reporter, flow, freq, MIN(period) AS first, MAX(period) AS last FROM batch_scope
        GROUP BY batch_id, reporter, flow, freq) g ON g.batch_id = p.batch_id;
    INSERT INTO batch_scope_code (batch_id, family, code, freq, first_period, last_period)
      SELECT c.batch_id, c.family, c.code, g.freq, g.first, g.last FROM batch_scope_code_0011 c
      JOIN (SELECT batch_id, family, freq, MIN(period) AS first, MAX(period) AS last FROM batch_scope
        GROUP BY batch_id, family, freq) g ON g.batch_id = c.batch_id AND g.family = c.family;
    DROP TABLE batch_scope_partner_0011;
    DROP TABLE batch_scope_code_0011;
  `);
}
