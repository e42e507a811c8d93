import type { Db } from '../open';

/**
 * `summary_code`: for every cell whose figure summary_total resolves from its rows (level NULL: a
 * TOTAL beside its items, chapters beside headings, C00 beside C01, two editions), the top-most codes
 * under all goods in the edition the figure is read from, each with its value by the same rules (its
 * own row, not the sum of the codes under it; a split only where no total slice is held). A breakdown
 * by code reads these, and reads a plain cell (one edition, level and split) from the covering index,
 * so it never resolves a cell's rows per query. Filled by the current code once every migration has
 * run (derived_rebuild): from summary_total's cells resolved from rows, or with summary_total where
 * an earlier migration asks for it to be rebuilt.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE summary_code (
      freq           TEXT NOT NULL,
      period         TEXT NOT NULL,
      reporter       TEXT NOT NULL,
      flow           TEXT NOT NULL,
      partner        TEXT NOT NULL,
      currency       TEXT NOT NULL,
      period_months  INTEGER NOT NULL,
      family         TEXT NOT NULL,
      code           TEXT NOT NULL,
      classification TEXT NOT NULL,
      milli          INTEGER NOT NULL,
      PRIMARY KEY (freq, period, reporter, flow, partner, currency, period_months, family, code)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS derived_rebuild (name TEXT PRIMARY KEY) STRICT;
    INSERT OR IGNORE INTO derived_rebuild (name) VALUES ('summary_code');
  `);
}
