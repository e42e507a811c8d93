/**
 * The columns of a Parquet export (`tidemark export --parquet DIR`), in file order, with the SQL that
 * makes each from a staged row with its texts (x: parquet-stage.ts's FLAT_ROWS) and what it means. `_tidemark.json` and the
 * README state the same meanings; parquet-export.test.ts checks the files against this list.
 *
 * Types are kept to what Spark, Trino and DuckDB all read: UTF-8 strings, INT64, DOUBLE, BOOLEAN. No
 * INT96, no unsigned types, no DECIMAL wider than INT64 needs: money is INT64 milli-units.
 */
export type ParquetType = 'VARCHAR' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN';
export type ParquetColumn = { name: string; type: ParquetType; sql: string; meaning: string };

/** Bumped when a column is added, dropped or changes meaning. */
export const PARQUET_LAYOUT_VERSION = 2;

/** The Hive partition keys, in path order: DIR/reporter=CHN/year=2020/part-0.parquet. */
export const PARTITION_COLUMNS: ParquetColumn[] = [
  {
    name: 'reporter',
    type: 'VARCHAR',
    sql: 'x.reporter',
    meaning:
      'the reporting country or area (ISO 3166 alpha-3, or a Tidemark area code such as C97 or G199); a partition key, in the path',
  },
  {
    name: 'year',
    type: 'BIGINT',
    sql: 'CAST(substr(x.period, 1, 4) AS BIGINT)',
    meaning: 'the calendar year of the period; a partition key, in the path',
  },
];

export const DATA_COLUMNS: ParquetColumn[] = [
  { name: 'partner', type: 'VARCHAR', sql: 'x.partner', meaning: 'the partner country or area; WLD is the world' },
  {
    name: 'partner_kind',
    type: 'VARCHAR',
    sql: 'x.partner_kind',
    meaning: 'leaf (a country or territory), group (a region or bloc restating its members) or world',
  },
  { name: 'flow', type: 'VARCHAR', sql: 'x.flow', meaning: "import or export, from the reporter's side" },
  { name: 'period', type: 'VARCHAR', sql: 'x.period', meaning: 'YYYY-MM for a month, YYYY for a year' },
  { name: 'freq', type: 'VARCHAR', sql: 'x.freq', meaning: 'month or year' },
  {
    name: 'period_months',
    type: 'BIGINT',
    sql: 'x.period_months',
    meaning: 'how many months the figure spans, ending at period (2 for a January+February release)',
  },
  {
    name: 'classification',
    type: 'VARCHAR',
    sql: 'x.classification',
    meaning: 'the nomenclature and edition the code is read in (HS, H5, S4, …)',
  },
  {
    name: 'family',
    type: 'VARCHAR',
    sql: 'x.family',
    meaning: 'the classification family (HS, SITC, BEC, …): figures of different families are never added together',
  },
  {
    name: 'code',
    type: 'VARCHAR',
    sql: 'x.code',
    meaning: 'the commodity code as text (leading zeros kept); TOTAL is all goods',
  },
  {
    name: 'code_level',
    type: 'BIGINT',
    sql: "CAST(CASE x.code WHEN 'TOTAL' THEN 0 ELSE length(x.code) END AS BIGINT)",
    meaning: 'digits in the code; 0 for TOTAL',
  },
  {
    name: 'description',
    type: 'VARCHAR',
    sql: 'x.description',
    meaning: 'the commodity description as the source file gave it',
  },
  {
    name: 'value_milli',
    type: 'BIGINT',
    sql: 'x.value_milli',
    meaning: 'the trade value, exact, in thousandths of the currency unit (divide by 1000 for units)',
  },
  { name: 'currency', type: 'VARCHAR', sql: 'x.currency', meaning: 'ISO 4217 currency of value_milli' },
  {
    name: 'quantity',
    type: 'DOUBLE',
    sql: 'x.quantity',
    meaning: 'the quantity in unit, as the source gave it; null where none',
  },
  { name: 'unit', type: 'VARCHAR', sql: 'x.unit', meaning: 'the unit of quantity' },
  {
    name: 'quantity2',
    type: 'DOUBLE',
    sql: 'x.quantity2',
    meaning: 'a second quantity, where the source gives one',
  },
  { name: 'unit2', type: 'VARCHAR', sql: 'x.unit2', meaning: 'the unit of quantity2' },
  {
    name: 'regime',
    type: 'VARCHAR',
    sql: 'x.regime',
    meaning: 'customs procedure or trade mode of a split row; null on the total',
  },
  { name: 'province', type: 'VARCHAR', sql: 'x.province', meaning: 'province of a split row; null on the total' },
  {
    name: 'mode_of_transport',
    type: 'VARCHAR',
    sql: 'x.mot',
    meaning: 'mode of transport of a split row; null on the total (Comtrade mode 0)',
  },
  {
    name: 'partner2',
    type: 'VARCHAR',
    sql: 'x.partner2',
    meaning: 'second partner of a split row; null on the total (Comtrade W00)',
  },
  {
    name: 'partner_raw',
    type: 'VARCHAR',
    sql: 'x.partner_raw',
    meaning: 'the partner as the source wrote it, where Tidemark could not map it to a known area',
  },
  {
    name: 'split_by',
    type: 'VARCHAR',
    sql: 'x.split_by',
    meaning:
      'null for a total row; else what the row splits its total by (regime, province, mode_of_transport, partner2, joined with +); never add a split row to its total',
  },
  {
    name: 'is_aggregate',
    type: 'BOOLEAN',
    sql: 'x.is_aggregate',
    meaning:
      'true where the row restates the sum of other rows: TOTAL, a world or group partner, a code with more detailed codes under it in the same file, or a split total',
  },
  {
    name: 'is_reported_total',
    type: 'BOOLEAN',
    sql: "(x.code = 'TOTAL' AND x.split_by IS NULL)",
    meaning:
      "true for the file's own all-goods figure of its reporter, partner, flow and period; it wins over the sum of the codes under it",
  },
  {
    name: 'scope_all_partners',
    type: 'BOOLEAN',
    sql: 'x.scope_all_partners',
    meaning:
      "whether the row's batch covers every partner of its reporter, flow and period (so a partner absent from it traded nothing); null if unknown",
  },
  {
    name: 'scope_all_goods',
    type: 'BOOLEAN',
    sql: 'x.scope_all_goods',
    meaning: "whether the row's batch covers every good of its reporter, flow and period; null if unknown",
  },
  {
    name: 'batch_id',
    type: 'BIGINT',
    sql: 'x.batch_id',
    meaning: 'the import batch the row came from (see batches in _tidemark.json)',
  },
  { name: 'source_file', type: 'VARCHAR', sql: 'x.source_file', meaning: 'the name of the file the batch imported' },
  {
    name: 'source_sheet',
    type: 'VARCHAR',
    sql: "nullif(x.source_sheet, '')",
    meaning: 'the sheet of source_file the row was read from; null for a file without sheets (added in layout 2)',
  },
  {
    name: 'source_row',
    type: 'BIGINT',
    sql: 'x.source_row',
    meaning:
      'the row of source_file (of its sheet) the figure was read from, as Tidemark numbers rows (added in layout 2)',
  },
];

export const ALL_COLUMNS = [...PARTITION_COLUMNS, ...DATA_COLUMNS];

/** How to add figures up without counting anything twice, for the manifest and the README. */
export const SUMMING_RULES = [
  'Add only rows with the same currency and family.',
  'Leave out rows with split_by set: each is a part of a total row that is also present.',
  'For all goods, take the is_reported_total row where one exists; otherwise add the rows with is_aggregate false.',
  "For all partners, take partner WLD where present; never add a group or the world to the countries in it (partner_kind = 'leaf' rows only).",
  'A partner or good absent from a batch whose scope_all_partners / scope_all_goods is true traded nothing; where it is false or null, absent means not covered, not zero.',
];
