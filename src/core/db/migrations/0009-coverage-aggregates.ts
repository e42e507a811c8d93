import type { Db } from '../open';

/** The classification family of a row (HS editions, SITC revisions, BEC), as this migration knew it. */
const FAMILY = `(CASE WHEN upper(trim(classification)) GLOB 'H[0-9]' OR upper(trim(classification)) GLOB 'HS*'
  OR upper(trim(classification)) IN ('CN8', 'NC8', 'TARIC', 'HTS', 'HTSUS') THEN 'HS'
  WHEN upper(trim(classification)) GLOB 'S[0-9]' OR upper(trim(classification)) GLOB 'SITC*' THEN 'SITC'
  WHEN upper(trim(classification)) GLOB 'BE*' OR upper(trim(classification)) GLOB 'EB*' THEN 'BEC'
  WHEN upper(trim(classification)) = '' THEN 'HS' ELSE upper(trim(classification)) END)`;

/** The bundled sample (resources/sample): VOA itemised every good of November 2020, so it holds all goods. */
const SAMPLE_SHA256 = '43b66d84e1ac87c637faf12e23600c99cc0d03cfcf319e7488ebd6899459bedd';

/**
 * What a file covers and which of its rows are totals of others (issue 11):
 * - `mot` and `partner2`: Comtrade's mode of transport and second partner where a row splits a total
 *   by them (NULL for the total: mode 0, partner W00), beside `regime` (customs procedure or GACC
 *   trade mode) and `province`. A row with any of the four set is a split, never added to its total.
 * - `batch_scope` (+ partners, codes): per batch, each reporter, flow and period it covers, whether
 *   for all partners and all goods or only those listed. Batches imported before this are given a
 *   scope read from their rows (a World row: all partners; a TOTAL row: all goods), marked inferred.
 * - `summary_total` replaces summary_month: one resolved figure per cell (reporter, partner, flow,
 *   period, currency, classification family), where a reported total wins over the sum of its parts.
 *   It is filled after the migrations by the current code (derived_rebuild), not here.
 * - `trade_record_breakdown` holds every current, visible row with its classification, so breakdowns
 *   read it alone.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE trade_record ADD COLUMN mot TEXT;
    ALTER TABLE trade_record ADD COLUMN partner2 TEXT;

    -- Old Comtrade batches kept splits by mode of transport or second partner as aggregates without
    -- saying which: where one file states the same figure more than once, the largest is the total
    -- (mode 0, W00) and the others are its splits.
    UPDATE trade_record SET mot = '?' WHERE id IN (
      SELECT r.id FROM trade_record r JOIN import_batch b ON b.id = r.batch_id
       WHERE b.format = 'comtrade' AND r.is_aggregate = 1 AND r.regime IS NULL AND EXISTS (
         SELECT 1 FROM trade_record o WHERE o.batch_id = r.batch_id AND o.id <> r.id
            AND o.reporter = r.reporter AND o.partner = r.partner AND o.flow = r.flow AND o.period = r.period
            AND o.code = r.code AND o.classification = r.classification AND o.currency = r.currency
            AND o.period_months = r.period_months AND o.regime IS NULL AND o.partner_raw IS r.partner_raw
            AND (o.value * CASE o.value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END
                 > r.value * CASE r.value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END
                 OR (o.value * CASE o.value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END
                     = r.value * CASE r.value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END AND o.id < r.id))));

    DROP INDEX IF EXISTS summary_month_period;
    DROP TABLE IF EXISTS summary_month;
    CREATE TABLE summary_total (
      reporter       TEXT NOT NULL,
      partner        TEXT NOT NULL,
      flow           TEXT NOT NULL,
      freq           TEXT NOT NULL,
      period         TEXT NOT NULL,
      currency       TEXT NOT NULL,
      period_months  INTEGER NOT NULL,
      family         TEXT NOT NULL,
      -- Current, visible rows of the cell, every split and level: what the grid counts.
      row_count      INTEGER NOT NULL,
      total_milli    INTEGER NOT NULL,
      -- With a reported TOTAL: the sum of the top-most codes under it (total - parts is unallocated).
      parts_milli    INTEGER,
      -- The edition the figure is read from, and how many editions of the family the cell holds.
      classification TEXT NOT NULL,
      editions       INTEGER NOT NULL,
      -- The one code level and split every row shares, when they do; NULL when resolved from the rows.
      level          INTEGER,
      slice          INTEGER,
      PRIMARY KEY (reporter, partner, flow, freq, period, currency, period_months, family)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX summary_total_period ON summary_total(freq, reporter, flow, period, family, partner, currency, period_months, total_milli, parts_milli, classification, editions);

    DROP INDEX IF EXISTS trade_record_breakdown;
    CREATE INDEX trade_record_breakdown ON trade_record(freq, period, reporter, flow, partner, code, classification, currency, period_months, value, value_exp)
      WHERE superseded_by IS NULL AND deleted_by IS NULL;

    CREATE TABLE batch_scope (
      batch_id       INTEGER NOT NULL REFERENCES import_batch(id),
      reporter       TEXT NOT NULL,
      flow           TEXT NOT NULL,
      freq           TEXT NOT NULL,
      period         TEXT NOT NULL,
      period_months  INTEGER NOT NULL,
      family         TEXT NOT NULL,
      partners_all   INTEGER NOT NULL CHECK (partners_all IN (0, 1)),
      goods_all      INTEGER NOT NULL CHECK (goods_all IN (0, 1)),
      inferred       INTEGER NOT NULL DEFAULT 0 CHECK (inferred IN (0, 1)),
      PRIMARY KEY (batch_id, reporter, flow, freq, period, period_months, family)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX batch_scope_period ON batch_scope(reporter, flow, freq, period, family, batch_id, period_months, partners_all, goods_all);
    CREATE TABLE batch_scope_partner (
      batch_id INTEGER NOT NULL REFERENCES import_batch(id),
      partner  TEXT NOT NULL,
      PRIMARY KEY (batch_id, partner)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE batch_scope_code (
      batch_id INTEGER NOT NULL REFERENCES import_batch(id),
      family   TEXT NOT NULL,
      code     TEXT NOT NULL,
      PRIMARY KEY (batch_id, family, code)
    ) STRICT, WITHOUT ROWID;

    INSERT INTO batch_scope (batch_id, reporter, flow, freq, period, period_months, family, partners_all, goods_all, inferred)
    SELECT batch_id, reporter, flow, freq, period, period_months, ${FAMILY}, MAX(partner = 'WLD'), MAX(code = 'TOTAL'), 1
      FROM trade_record GROUP BY batch_id, reporter, flow, freq, period, period_months, ${FAMILY};
    UPDATE batch_scope SET goods_all = 1 WHERE batch_id IN (SELECT id FROM import_batch WHERE sha256 = '${SAMPLE_SHA256}');
    INSERT INTO batch_scope_partner (batch_id, partner) SELECT DISTINCT batch_id, partner FROM trade_record;
    INSERT INTO batch_scope_code (batch_id, family, code) SELECT DISTINCT batch_id, ${FAMILY}, code FROM trade_record WHERE code <> 'TOTAL';

    -- Derived tables the current code fills once every migration has run (migrate.ts).
    CREATE TABLE IF NOT EXISTS derived_rebuild (name TEXT PRIMARY KEY) STRICT;
    INSERT OR IGNORE INTO derived_rebuild (name) VALUES ('summary_total');
  `);
}
