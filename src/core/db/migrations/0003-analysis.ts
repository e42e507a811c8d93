import { UNSC_WATCHLIST } from '../../reference/watchlist-unsc';
import type { Db } from '../open';

/**
 * What analysis needs beyond the records: a summary table so dashboard reads never scan the
 * records, named definitions, and the sanctions watchlist (seeded from the UNSC resolutions).
 */
export function up(db: Db): void {
  db.exec(`
    -- One row per (reporter, partner, flow, period, currency, months covered), current rows only.
    -- Details and aggregates are summed apart so a reader can take details where they exist and
    -- the aggregate only where they do not: never both.
    CREATE TABLE summary_month (
      reporter      TEXT NOT NULL,
      partner       TEXT NOT NULL,
      flow          TEXT NOT NULL,
      freq          TEXT NOT NULL,
      period        TEXT NOT NULL,
      currency      TEXT NOT NULL,
      period_months INTEGER NOT NULL,
      detail_milli  INTEGER NOT NULL,
      detail_rows   INTEGER NOT NULL,
      agg_milli     INTEGER NOT NULL,
      agg_rows      INTEGER NOT NULL,
      PRIMARY KEY (reporter, partner, flow, freq, period, currency, period_months)
    ) STRICT, WITHOUT ROWID;
    -- Coverage ("did this reporter publish that month at all?") and all-partner sums by period.
    CREATE INDEX summary_month_period ON summary_month(freq, reporter, flow, period, partner, currency, period_months, detail_milli, detail_rows, agg_milli, agg_rows);

    -- Breakdowns of one period read only that period's current detail rows.
    CREATE INDEX trade_record_breakdown ON trade_record(freq, period, reporter, flow, partner, code, currency, period_months, value, value_exp)
      WHERE superseded_by IS NULL AND is_aggregate = 0;

    CREATE TABLE definition (
      name        TEXT PRIMARY KEY,
      label       TEXT NOT NULL,
      reporter    TEXT,
      partner     TEXT,
      flow        TEXT NOT NULL CHECK (flow IN ('import', 'export', 'total')),
      subject     TEXT NOT NULL DEFAULT 'reporter' CHECK (subject IN ('reporter', 'partner')),
      hs          TEXT NOT NULL DEFAULT '[]',
      exclude_hs  TEXT NOT NULL DEFAULT '[]',
      note        TEXT NOT NULL DEFAULT '',
      updated_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE watchlist_entry (
      id          INTEGER PRIMARY KEY,
      code        TEXT NOT NULL,
      description TEXT NOT NULL,
      resolution  TEXT NOT NULL,
      paragraph   TEXT NOT NULL,
      -- Direction relative to North Korea: goods leaving it, or goods supplied to it.
      direction   TEXT NOT NULL CHECK (direction IN ('export_from_prk', 'import_to_prk')),
      in_force    TEXT NOT NULL,
      note        TEXT NOT NULL DEFAULT '',
      source      TEXT NOT NULL CHECK (source IN ('unsc', 'user'))
    ) STRICT;
    CREATE UNIQUE INDEX watchlist_entry_key ON watchlist_entry(code, resolution, paragraph, direction);
  `);
  const insert = db.prepare(
    `INSERT INTO watchlist_entry (code, description, resolution, paragraph, direction, in_force, note, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'unsc')`,
  );
  for (const w of UNSC_WATCHLIST)
    insert.run(w.code, w.description, w.resolution, w.paragraph, w.direction, w.inForce, w.note ?? '');
  db.exec(`
    INSERT INTO summary_month
    SELECT reporter, partner, flow, freq, period, currency, period_months,
           SUM(CASE is_aggregate WHEN 0 THEN value_milli ELSE 0 END), SUM(is_aggregate = 0),
           SUM(CASE is_aggregate WHEN 1 THEN value_milli ELSE 0 END), SUM(is_aggregate = 1)
      FROM trade_record WHERE superseded_by IS NULL
     GROUP BY reporter, partner, flow, freq, period, currency, period_months;
  `);
}
