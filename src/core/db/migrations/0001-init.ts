import type { Db } from '../open';

/** The first schema: batches, records (with a description dimension), rejects, the edit log. */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE import_batch (
      id            INTEGER PRIMARY KEY,
      file_name     TEXT NOT NULL,
      sha256        TEXT NOT NULL,
      size          INTEGER NOT NULL,
      format        TEXT NOT NULL,
      encoding      TEXT NOT NULL,
      options       TEXT NOT NULL DEFAULT '{}',
      currency      TEXT,
      rows_read     INTEGER NOT NULL DEFAULT 0,
      rows_imported INTEGER NOT NULL DEFAULT 0,
      rows_rejected INTEGER NOT NULL DEFAULT 0,
      rows_skipped  INTEGER NOT NULL DEFAULT 0,
      started_at    TEXT NOT NULL,
      finished_at   TEXT,
      status        TEXT NOT NULL CHECK (status IN ('imported', 'reverted'))
    ) STRICT;
    CREATE UNIQUE INDEX import_batch_sha256 ON import_batch(sha256);

    -- Long commodity descriptions repeat on every row of a customs file; store each once.
    CREATE TABLE description (
      id   INTEGER PRIMARY KEY,
      text TEXT NOT NULL UNIQUE
    ) STRICT;

    CREATE TABLE trade_record (
      id              INTEGER PRIMARY KEY,
      version         INTEGER NOT NULL DEFAULT 1,
      reporter        TEXT NOT NULL,
      partner         TEXT NOT NULL,
      flow            TEXT NOT NULL,
      period          TEXT NOT NULL,
      freq            TEXT NOT NULL CHECK (freq IN ('month', 'year')),
      classification  TEXT NOT NULL,
      code            TEXT NOT NULL,
      description_id  INTEGER REFERENCES description(id),
      value           INTEGER NOT NULL,
      value_exp       INTEGER NOT NULL DEFAULT 0 CHECK (value_exp BETWEEN 0 AND 3),
      currency        TEXT NOT NULL,
      quantity        REAL,
      unit            TEXT,
      quantity2       REAL,
      unit2           TEXT,
      regime          TEXT,
      province        TEXT,
      batch_id        INTEGER NOT NULL REFERENCES import_batch(id),
      source_sheet    TEXT NOT NULL DEFAULT '',
      source_row      INTEGER NOT NULL,
      source_url      TEXT,
      -- Exact in milli-units whatever decimals the source gave; sums use this.
      value_milli     INTEGER GENERATED ALWAYS AS (value * CASE value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END) VIRTUAL
    ) STRICT;
    CREATE INDEX trade_record_batch ON trade_record(batch_id);
    -- Covers the series query: every column it reads is in the index.
    CREATE INDEX trade_record_series ON trade_record(reporter, partner, flow, period, code, currency, value, value_exp);

    CREATE TABLE rejected_row (
      id          INTEGER PRIMARY KEY,
      batch_id    INTEGER NOT NULL REFERENCES import_batch(id),
      sheet       TEXT NOT NULL DEFAULT '',
      row_number  INTEGER NOT NULL,
      raw         TEXT NOT NULL,
      reason      TEXT NOT NULL,
      message     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX rejected_row_batch ON rejected_row(batch_id, row_number);

    CREATE TABLE edit_log (
      id         INTEGER PRIMARY KEY,
      record_id  INTEGER NOT NULL REFERENCES trade_record(id),
      field      TEXT NOT NULL,
      old_value  TEXT,
      new_value  TEXT,
      at         TEXT NOT NULL
    ) STRICT;
    CREATE INDEX edit_log_record ON edit_log(record_id, id);
  `);
}
