import type { Db } from '../open';

/**
 * Each text column of trade_record (0001–0010), the dictionary that holds its values from now on,
 * and, for a NOT NULL column, the value a row that leaves it out gets. Reporter, partner and second
 * partner share one dictionary (they are all areas), as unit and second unit do, so a comparison
 * between them is a comparison of ids.
 */
const DIMENSIONS = [
  ['reporter', 'dim_area', null],
  ['partner', 'dim_area', null],
  ['flow', 'dim_flow', null],
  ['period', 'dim_period', null],
  ['freq', 'dim_freq', null],
  ['classification', 'dim_classification', null],
  ['code', 'dim_code', null],
  ['currency', 'dim_currency', null],
  ['unit', 'dim_unit', null],
  ['unit2', 'dim_unit', null],
  ['regime', 'dim_regime', null],
  ['province', 'dim_province', null],
  ['source_sheet', 'dim_sheet', "''"],
  ['source_url', 'dim_url', null],
  ['partner_raw', 'dim_raw', null],
  ['mot', 'dim_mot', null],
  ['partner2', 'dim_area', null],
] as const;
/** The dimensions readers seek by (trade_record_key, trade_record_breakdown). */
const JOINED = new Set(['reporter', 'partner', 'flow', 'period', 'freq', 'classification', 'code', 'currency']);
const DICTIONARIES = [...new Set(DIMENSIONS.map(([, table]) => table))];

/** The non-dimension columns, with their defaults, in trade_record's order. */
const VALUES = [
  'description_id',
  'value',
  'value_exp',
  'quantity',
  'quantity2',
  'batch_id',
  'source_row',
  'is_aggregate',
  'period_months',
  'superseded_by',
  'deleted_by',
  'unsuperseded_by',
] as const;
const DEFAULTS: Partial<Record<(typeof VALUES)[number] | 'version', string>> = {
  version: '1',
  value_exp: '0',
  is_aggregate: '0',
  period_months: '1',
};

/** trade_record's columns in their old order, as the view presents them. */
const VIEW_COLUMNS = [
  'id',
  'version',
  'reporter',
  'partner',
  'flow',
  'period',
  'freq',
  'classification',
  'code',
  'description_id',
  'value',
  'value_exp',
  'currency',
  'quantity',
  'unit',
  'quantity2',
  'unit2',
  'regime',
  'province',
  'batch_id',
  'source_sheet',
  'source_row',
  'source_url',
  'value_milli',
  'is_aggregate',
  'period_months',
  'partner_raw',
  'superseded_by',
  'deleted_by',
  'unsuperseded_by',
  'mot',
  'partner2',
];

const dimOf = (column: string) => DIMENSIONS.find(([c]) => c === column);
const idOf = (table: string, expr: string) => `(SELECT id FROM ${table} WHERE text = ${expr})`;

/** The statements of a trigger that put a row's text values into their dictionaries. */
const fillDictionaries = (row: 'NEW') =>
  DIMENSIONS.map(
    ([c, table, dflt]) => `INSERT OR IGNORE INTO ${table} (text) VALUES (COALESCE(${row}.${c}, ${dflt ?? 'NULL'}));`,
  ).join('\n');

/**
 * The lean record table (issue 15): every dimension of a record is an integer id into a small
 * dictionary table (`dim_*`, id and text, each text once), so a row holds integers and its exact
 * value only. Codes, periods and areas stay TEXT in their dictionaries: leading zeros and letters
 * are kept there, once, rather than on every row.
 *
 * - `trade_row` holds the rows, with the ids; its indexes keep the names and roles they had on
 *   trade_record (trade_record_key, trade_record_breakdown, trade_record_batch and the partial
 *   indexes of superseded, deleted and unsuperseded rows), on ids.
 * - `trade_record` becomes a view of trade_row with every dimension as text again, in the old
 *   column order, so a reader written against the old table reads the same values. INSTEAD OF
 *   triggers let an INSERT or UPDATE written against the old table go on working (slowly); the hot
 *   paths (the import writer, the grid, edits, revisions) write and read trade_row and its ids.
 * - edit_log's rows point at trade_row (it is copied as it is: a view cannot be a foreign key's parent).
 *
 * Ids are given in text order here; later values get the next id, so id order is not text order.
 */
export function up(db: Db): void {
  for (const table of DICTIONARIES) {
    const check = table === 'dim_freq' ? " CHECK (text IN ('month', 'year'))" : '';
    db.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE${check}) STRICT`);
  }
  for (const table of DICTIONARIES) {
    const sources = DIMENSIONS.filter(([, t]) => t === table).map(
      ([c]) => `SELECT ${c} AS text FROM trade_record WHERE ${c} IS NOT NULL`,
    );
    db.exec(`INSERT INTO ${table} (text) SELECT DISTINCT text FROM (${sources.join(' UNION ')}) ORDER BY text`);
  }
  db.exec(`INSERT OR IGNORE INTO dim_sheet (text) VALUES ('')`);

  db.exec(`
    CREATE TABLE trade_row (
      id               INTEGER PRIMARY KEY,
      version          INTEGER NOT NULL DEFAULT 1,
      reporter_id      INTEGER NOT NULL REFERENCES dim_area(id),
      partner_id       INTEGER NOT NULL REFERENCES dim_area(id),
      flow_id          INTEGER NOT NULL REFERENCES dim_flow(id),
      period_id        INTEGER NOT NULL REFERENCES dim_period(id),
      freq_id          INTEGER NOT NULL REFERENCES dim_freq(id),
      classification_id INTEGER NOT NULL REFERENCES dim_classification(id),
      code_id          INTEGER NOT NULL REFERENCES dim_code(id),
      description_id   INTEGER REFERENCES description(id),
      value            INTEGER NOT NULL,
      value_exp        INTEGER NOT NULL DEFAULT 0 CHECK (value_exp BETWEEN 0 AND 3),
      currency_id      INTEGER NOT NULL REFERENCES dim_currency(id),
      quantity         REAL,
      unit_id          INTEGER REFERENCES dim_unit(id),
      quantity2        REAL,
      unit2_id         INTEGER REFERENCES dim_unit(id),
      regime_id        INTEGER REFERENCES dim_regime(id),
      province_id      INTEGER REFERENCES dim_province(id),
      batch_id         INTEGER NOT NULL REFERENCES import_batch(id),
      source_sheet_id  INTEGER NOT NULL REFERENCES dim_sheet(id),
      source_row       INTEGER NOT NULL,
      source_url_id    INTEGER REFERENCES dim_url(id),
      is_aggregate     INTEGER NOT NULL DEFAULT 0 CHECK (is_aggregate IN (0, 1)),
      period_months    INTEGER NOT NULL DEFAULT 1 CHECK (period_months BETWEEN 1 AND 12),
      partner_raw_id   INTEGER REFERENCES dim_raw(id),
      superseded_by    INTEGER REFERENCES import_batch(id),
      deleted_by       INTEGER REFERENCES edit_action(id),
      unsuperseded_by  INTEGER REFERENCES edit_action(id),
      mot_id           INTEGER REFERENCES dim_mot(id),
      partner2_id      INTEGER REFERENCES dim_area(id),
      -- Exact in milli-units whatever decimals the source gave; sums use this.
      value_milli      INTEGER GENERATED ALWAYS AS (value * CASE value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END) VIRTUAL
    ) STRICT;
  `);
  const physical = ['id', 'version', ...DIMENSIONS.map(([c]) => `${c}_id`), ...VALUES];
  const selected = [
    'r.id',
    'r.version',
    ...DIMENSIONS.map(([c, table]) => idOf(table, `r.${c}`)),
    ...VALUES.map((c) => `r.${c}`),
  ];
  db.exec(
    `INSERT INTO trade_row (${physical.join(', ')}) SELECT ${selected.join(', ')} FROM trade_record r ORDER BY r.id`,
  );

  // edit_log's foreign key named trade_record: copy it with one that names trade_row.
  db.exec(`
    CREATE TABLE edit_log_lean (
      id         INTEGER PRIMARY KEY,
      record_id  INTEGER NOT NULL REFERENCES trade_row(id),
      field      TEXT NOT NULL,
      old_value  TEXT,
      new_value  TEXT,
      at         TEXT NOT NULL,
      action_id  INTEGER REFERENCES edit_action(id),
      kind       TEXT NOT NULL DEFAULT 'edit' CHECK (kind IN ('edit', 'undo', 'redo', 'delete', 'restore', 'revert_batch', 'restore_batch'))
    ) STRICT;
    INSERT INTO edit_log_lean (id, record_id, field, old_value, new_value, at, action_id, kind)
      SELECT id, record_id, field, old_value, new_value, at, action_id, kind FROM edit_log;
    DROP TABLE edit_log;
    ALTER TABLE edit_log_lean RENAME TO edit_log;
    CREATE INDEX edit_log_record ON edit_log(record_id, id);
    CREATE INDEX edit_log_action ON edit_log(action_id);

    DROP TABLE trade_record;
    CREATE INDEX trade_record_batch ON trade_row(batch_id);
    CREATE INDEX trade_record_key ON trade_row(reporter_id, partner_id, flow_id, period_id, code_id, classification_id) WHERE superseded_by IS NULL;
    CREATE INDEX trade_record_breakdown ON trade_row(freq_id, period_id, reporter_id, flow_id, partner_id, code_id, classification_id, currency_id, period_months, value, value_exp)
      WHERE superseded_by IS NULL AND deleted_by IS NULL;
    CREATE INDEX trade_record_deleted_by ON trade_row(deleted_by) WHERE deleted_by IS NOT NULL;
    CREATE INDEX trade_record_unsuperseded_by ON trade_row(unsuperseded_by) WHERE unsuperseded_by IS NOT NULL;
    CREATE INDEX trade_record_superseded_by ON trade_row(superseded_by) WHERE superseded_by IS NOT NULL;
  `);

  // A dimension a reader filters on is joined (SQLite finds its id by text, then seeks trade_row's
  // indexes by id, and leaves the join out of a plain SELECT that does not name it); the others are
  // looked up only where a reader names them.
  const viewColumn = (c: string) => {
    const dim = dimOf(c);
    if (!dim) return `r.${c}`;
    return JOINED.has(c) ? `${c}_d.text AS ${c}` : `(SELECT text FROM ${dim[1]} WHERE id = r.${c}_id) AS ${c}`;
  };
  const joins = DIMENSIONS.filter(([c]) => JOINED.has(c)).map(
    ([c, table]) => `LEFT JOIN ${table} ${c}_d ON ${c}_d.id = r.${c}_id`,
  );
  db.exec(
    `CREATE VIEW trade_record AS SELECT ${VIEW_COLUMNS.map(viewColumn).join(', ')} FROM trade_row r ${joins.join(' ')}`,
  );

  const valueOf = (c: string) => {
    const dim = dimOf(c);
    if (dim) return idOf(dim[1], dim[2] ? `COALESCE(NEW.${c}, ${dim[2]})` : `NEW.${c}`);
    const dflt = DEFAULTS[c as keyof typeof DEFAULTS];
    return dflt ? `COALESCE(NEW.${c}, ${dflt})` : `NEW.${c}`;
  };
  const written = VIEW_COLUMNS.filter((c) => c !== 'value_milli');
  const physicalOf = (c: string) => (dimOf(c) ? `${c}_id` : c);
  db.exec(`
    CREATE TRIGGER trade_record_insert INSTEAD OF INSERT ON trade_record BEGIN
      ${fillDictionaries('NEW')}
      INSERT INTO trade_row (${written.map(physicalOf).join(', ')}) VALUES (${written.map(valueOf).join(', ')});
    END;
    CREATE TRIGGER trade_record_update INSTEAD OF UPDATE ON trade_record BEGIN
      ${fillDictionaries('NEW')}
      UPDATE trade_row SET ${written.map((c) => `${physicalOf(c)} = ${valueOf(c)}`).join(', ')} WHERE id = OLD.id;
    END;
    CREATE TRIGGER trade_record_delete INSTEAD OF DELETE ON trade_record BEGIN
      DELETE FROM trade_row WHERE id = OLD.id;
    END;
  `);
}
