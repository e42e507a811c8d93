import { closeSync, openSync, writeSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { familyOf } from '../../shared/classification';
import { currentRow } from '../db/current-row';
import type { Db } from '../db/open';
import { partnerKind } from '../reference/areas';

/** Record ids per read: big enough that a read's own cost vanishes, small enough to keep memory flat. */
const RANGE_IDS = 16_384;

/**
 * The staged rows r: trade_row's columns as they are stored (dimensions as dictionary ids), in the
 * order each line lists them. A NULL is written as nothing (SQLite's concat_ws would drop it), which
 * DuckDB reads as NULL.
 */
const STAGED = [
  ['reporter_id', 'reporter_id', 'INTEGER'],
  ['partner_id', 'partner_id', 'INTEGER'],
  ['flow_id', 'flow_id', 'INTEGER'],
  ['period_id', 'period_id', 'INTEGER'],
  ['freq_id', 'freq_id', 'INTEGER'],
  ['period_months', 'period_months', 'BIGINT'],
  ['classification_id', 'classification_id', 'INTEGER'],
  ['currency_id', 'currency_id', 'INTEGER'],
  ['code_id', 'code_id', 'INTEGER'],
  ['description_id', "ifnull(description_id, '')", 'INTEGER'],
  ['value_milli', 'value_milli', 'BIGINT'],
  ['quantity', "ifnull(quantity, '')", 'DOUBLE'],
  ['unit_id', "ifnull(unit_id, '')", 'INTEGER'],
  ['quantity2', "ifnull(quantity2, '')", 'DOUBLE'],
  ['unit2_id', "ifnull(unit2_id, '')", 'INTEGER'],
  ['regime_id', "ifnull(regime_id, '')", 'INTEGER'],
  ['province_id', "ifnull(province_id, '')", 'INTEGER'],
  ['mot_id', "ifnull(mot_id, '')", 'INTEGER'],
  ['partner2_id', "ifnull(partner2_id, '')", 'INTEGER'],
  ['partner_raw_id', "ifnull(partner_raw_id, '')", 'INTEGER'],
  ['is_aggregate', 'is_aggregate', 'INTEGER'],
  ['batch_id', 'batch_id', 'BIGINT'],
  ['source_sheet_id', 'source_sheet_id', 'INTEGER'],
  ['source_row', 'source_row', 'BIGINT'],
] as const;

/** The dictionaries the export names ids from (dim_url is not exported). */
const DICTIONARIES = [
  'dim_area',
  'dim_flow',
  'dim_period',
  'dim_freq',
  'dim_classification',
  'dim_currency',
  'dim_code',
  'dim_unit',
  'dim_regime',
  'dim_province',
  'dim_mot',
  'dim_raw',
  'dim_sheet',
] as const;

/**
 * Writes the current records to `file` as lines of STAGED, makes DuckDB view r read it back, and
 * stages the dictionaries, descriptions, batches and scopes beside it. Returns the row count.
 *
 * SQLite writes each range of rows as one text (group_concat, in C) and DuckDB's own CSV reader reads
 * them, in parallel, as it writes the Parquet files: a JS value per row cost more than SQLite's whole
 * reading of the row. A REAL's text is SQLite's shortest exact one (it reads back as the same
 * double); integers are exact.
 */
export async function stageRows(
  db: Db,
  con: DuckDBConnection,
  file: string,
  progress: (rows: number, total: number) => void,
  stopAsked: () => boolean,
  cancelled: () => Error,
): Promise<number> {
  const total = db
    .prepare(`SELECT COUNT(*) FROM trade_row r WHERE ${currentRow('r')}`)
    .pluck()
    .get() as number;
  progress(0, total);
  const range = db
    .prepare(
      `SELECT COUNT(*), group_concat(concat_ws(',', ${STAGED.map(([, sql]) => sql).join(', ')}), char(10)) || char(10)
      FROM trade_row r WHERE r.id >= ? AND r.id < ? AND ${currentRow('r')}`,
    )
    .raw();
  const maxId = (db.prepare('SELECT ifnull(max(id), 0) FROM trade_row').pluck().get() as number) + 1;
  let rows = 0;
  const fd = openSync(file, 'w');
  try {
    for (let from = 0; from < maxId; from += RANGE_IDS) {
      if (stopAsked()) throw cancelled();
      const [n, text] = range.get(from, from + RANGE_IDS) as [number, string | null];
      if (text === null) continue;
      writeSync(fd, text);
      rows += n;
      progress(rows, total);
    }
  } finally {
    closeSync(fd);
  }
  const columns = STAGED.map(([name, , type]) => `'${name}': '${type}'`).join(', ');
  await con.run(`CREATE VIEW r AS SELECT * FROM read_csv('${sqlText(file)}', header = false, delim = ',', quote = '',
    escape = '', null_padding = false, columns = {${columns}})`);
  await stageDictionaries(db, con);
  return rows;
}

const sqlText = (s: string) => s.replace(/'/g, "''");

async function stageDictionaries(db: Db, con: DuckDBConnection): Promise<void> {
  // Areas with their kind, classifications with their family: worked out once per text, here.
  await con.run(`CREATE TABLE dim_area (id INTEGER, text VARCHAR, kind VARCHAR);
    CREATE TABLE dim_classification (id INTEGER, text VARCHAR, family VARCHAR);
    ${DICTIONARIES.filter((d) => d !== 'dim_area' && d !== 'dim_classification')
      .map((d) => `CREATE TABLE ${d} (id INTEGER, text VARCHAR);`)
      .join('\n')}
    CREATE TABLE descr (id INTEGER, text VARCHAR); CREATE TABLE batch (id BIGINT, file_name VARCHAR);
    CREATE TABLE scope_text (batch_id BIGINT, reporter VARCHAR, flow VARCHAR, freq VARCHAR, period VARCHAR, period_months BIGINT, family VARCHAR, partners_all BOOLEAN, goods_all BOOLEAN)`);
  const all = (sql: string) => db.prepare(sql).raw().all() as [number, string][];
  for (const d of DICTIONARIES) {
    const texts = all(`SELECT id, text FROM ${d}`);
    const derived =
      d === 'dim_area'
        ? texts.map(([id, text]) => [id, text, partnerKind(text)])
        : d === 'dim_classification'
          ? texts.map(([id, text]) => [id, text, familyOf(text)])
          : texts;
    await appendRows(con, d, derived);
  }
  await appendRows(con, 'descr', all('SELECT id, text FROM description'));
  await appendRows(con, 'batch', all('SELECT id, file_name FROM import_batch'));
  const scopes = db
    .prepare(
      'SELECT batch_id, reporter, flow, freq, period, period_months, family, partners_all, goods_all FROM batch_scope',
    )
    .raw()
    .all() as unknown[][];
  await appendRows(
    con,
    'scope_text',
    scopes.map((s) => [...s.slice(0, 7), s[7] === 1, s[8] === 1]),
  );
  // The scopes by id (a text is one id): a scope whose text no record holds matches no row anyway.
  await con.run(`CREATE TABLE scope AS SELECT s.batch_id, a.id AS reporter_id, f.id AS flow_id, q.id AS freq_id, p.id AS period_id,
      s.period_months, s.family, s.partners_all, s.goods_all
    FROM scope_text s JOIN dim_area a ON a.text = s.reporter JOIN dim_flow f ON f.text = s.flow
      JOIN dim_freq q ON q.text = s.freq JOIN dim_period p ON p.text = s.period`);
}

/**
 * One row per staged record with every id named, as the columns of parquet-schema.ts read it (alias
 * x): DuckDB joins the dictionaries, a hash join each, while it writes the files.
 */
export const FLAT_ROWS = `SELECT rep.text AS reporter, par.text AS partner, par.kind AS partner_kind, fl.text AS flow, pe.text AS period,
    fq.text AS freq, r.period_months, cl.text AS classification, cl.family, k.text AS code, d.text AS description, r.value_milli,
    cu.text AS currency, r.quantity, u1.text AS unit, r.quantity2, u2.text AS unit2, rg.text AS regime, pv.text AS province,
    mo.text AS mot, p2.text AS partner2, raw.text AS partner_raw, r.is_aggregate = 1 AS is_aggregate,
    nullif(concat_ws('+', CASE WHEN r.regime_id IS NOT NULL THEN 'regime' END, CASE WHEN r.province_id IS NOT NULL THEN 'province' END,
      CASE WHEN r.mot_id IS NOT NULL THEN 'mode_of_transport' END, CASE WHEN r.partner2_id IS NOT NULL THEN 'partner2' END), '') AS split_by,
    s.partners_all AS scope_all_partners, s.goods_all AS scope_all_goods, r.batch_id, b.file_name AS source_file,
    sh.text AS source_sheet, r.source_row
  FROM r JOIN dim_area rep ON rep.id = r.reporter_id JOIN dim_area par ON par.id = r.partner_id JOIN dim_flow fl ON fl.id = r.flow_id
    JOIN dim_period pe ON pe.id = r.period_id JOIN dim_freq fq ON fq.id = r.freq_id
    JOIN dim_classification cl ON cl.id = r.classification_id JOIN dim_currency cu ON cu.id = r.currency_id
    JOIN dim_code k ON k.id = r.code_id JOIN dim_sheet sh ON sh.id = r.source_sheet_id
    LEFT JOIN descr d ON d.id = r.description_id LEFT JOIN dim_unit u1 ON u1.id = r.unit_id LEFT JOIN dim_unit u2 ON u2.id = r.unit2_id
    LEFT JOIN dim_regime rg ON rg.id = r.regime_id LEFT JOIN dim_province pv ON pv.id = r.province_id
    LEFT JOIN dim_mot mo ON mo.id = r.mot_id LEFT JOIN dim_area p2 ON p2.id = r.partner2_id
    LEFT JOIN dim_raw raw ON raw.id = r.partner_raw_id LEFT JOIN batch b ON b.id = r.batch_id
    LEFT JOIN scope s ON s.batch_id = r.batch_id AND s.reporter_id = r.reporter_id AND s.flow_id = r.flow_id
      AND s.freq_id = r.freq_id AND s.period_id = r.period_id AND s.period_months = r.period_months AND s.family = cl.family`;

async function appendRows(con: DuckDBConnection, table: string, rows: unknown[][]): Promise<void> {
  const appender = await con.createAppender(table);
  for (const row of rows) {
    for (const v of row) {
      if (v === null) appender.appendNull();
      else if (typeof v === 'string') appender.appendVarchar(v);
      else if (typeof v === 'number' && Number.isInteger(v)) appender.appendBigInt(BigInt(v));
      else if (typeof v === 'number') appender.appendDouble(v);
      else appender.appendBoolean(Boolean(v));
    }
    appender.endRow();
  }
  appender.closeSync();
}
