import { availableParallelism } from 'node:os';
import type { DuckDBConnection } from '@duckdb/node-api';
import { familyOf } from '../../shared/classification';
import { currentRow } from '../db/current-row';
import type { Db } from '../db/open';
import { partnerKind } from '../reference/areas';
import { duckText } from './duckdb';
import { packKey, packSql, sameWords, unpackSql, type KeyField, type PackedKey } from './parquet-keys';
import { writeLines } from './parquet-lines';
import { withSecondReader, type SecondReaderSource } from './second-reader';

type Progress = (rows: number, total: number) => void;

/**
 * Exports of fewer rows read on one thread. Starting the second reader takes 70-90 ms (the CLI's build),
 * about what it saves on 100k rows: at 1M, one thread stages the lines in 2.0-2.2 s, two in 1.1-1.3 s.
 */
export const SECOND_READER_MIN_ROWS = 200_000;

/** A place: where, when and from which file a row is (packed: parquet-keys.ts). */
const PLACE = [
  ['reporter_id', 'dim_area', false],
  ['flow_id', 'dim_flow', false],
  ['period_id', 'dim_period', false],
  ['freq_id', 'dim_freq', false],
  ['period_months', null, false],
  ['classification_id', 'dim_classification', false],
  ['currency_id', 'dim_currency', false],
  ['batch_id', 'import_batch', false],
  ['source_sheet_id', 'dim_sheet', false],
] as const;
/** A party: with whom and how, and whether the row restates others. */
const PARTY = [
  ['partner_id', 'dim_area', false],
  ['unit_id', 'dim_unit', true],
  ['unit2_id', 'dim_unit', true],
  ['is_aggregate', null, false],
  ['regime_id', 'dim_regime', true],
  ['province_id', 'dim_province', true],
  ['mot_id', 'dim_mot', true],
  ['partner2_id', 'dim_area', true],
  ['partner_raw_id', 'dim_raw', true],
] as const;
/** After the words of the place and the party, each line's other columns. A NULL is written as nothing (concat_ws would drop it), read back as NULL. */
const VALUES = [
  ['code_id', 'code_id', 'INTEGER'],
  ['description_id', "ifnull(description_id, '')", 'INTEGER'],
  ['value_milli', 'value_milli', 'BIGINT'],
  ['quantity', "ifnull(quantity, '')", 'DOUBLE'],
  ['quantity2', "ifnull(quantity2, '')", 'DOUBLE'],
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
 * Writes the current records to `file`, one line each, loads them into DuckDB table r, and stages
 * the dictionaries, descriptions, batches and scopes beside it, and the distinct places and parties
 * named. Returns the row count, the rows of each batch and of the largest partition (reporter and year) and the SELECT of
 * one named row per record (FROM … x in the COPY).
 *
 * SQLite writes each range of rows as one text (group_concat, in C) and DuckDB's own CSV reader reads
 * the file: a JS value per row cost more than SQLite's whole reading of the row. A REAL's text is
 * SQLite's shortest exact one (it reads back as the same double); integers are exact. At 1M rows
 * (bench:parquet) SQLite's part is about 1.0 s of 2.9 (half decoding the rows, half writing their
 * text), DuckDB's reading 0.45 s and its COPY 1.2 s. Given `second` (the export worker gives it), two
 * threads read the rows, each half of the ids (second-reader.ts).
 */
export async function stageRows(
  db: Db,
  con: DuckDBConnection,
  file: string,
  progress: Progress,
  stopAsked: () => boolean,
  cancelled: () => Error,
  second?: SecondReaderSource,
): Promise<{ rows: number; batchRows: Map<number, number>; flat: string; largestPart: number }> {
  // One read transaction: the count, the largest ids the keys are packed for and every row are of one
  // snapshot, though an import may commit meanwhile (a newer id would not fit its field).
  // On a connection already in one (the export worker's), a second reader can share the snapshot.
  const { rows, place, party, files } =
    second && db.inTransaction && (second.cores ?? availableParallelism()) > 1
      ? await readInTwo(db, file, progress, stopAsked, cancelled, second)
      : db.transaction(() => readAlone(db, planLines(db), file, progress, stopAsked, cancelled))();
  const columns = [
    ...[...place.words, ...party.words].map((w) => `'${w}': 'BIGINT'`),
    ...VALUES.map(([name, , type]) => `'${name}': '${type}'`),
  ].join(', ');
  // DuckDB's CSV reader refuses an empty file: no rows, an empty table.
  await con.run(
    rows === 0
      ? `CREATE TABLE staged AS SELECT * FROM (SELECT ${columns.replace(/'(\w+)': '(\w+)'/g, 'NULL::$2 AS $1')}) WHERE false`
      : `CREATE TABLE staged AS SELECT * FROM read_csv([${files.map((f) => `'${duckText(f)}'`).join(', ')}], header = false, delim = ',', quote = '',
    escape = '', null_padding = false, columns = {${columns}})`,
  );
  await stageDictionaries(db, con);
  await con.run(placesSql(place));
  await con.run(partiesSql(party));
  // Rows in file order (reporter, year): DuckDB writes the Hive partitions of clustered rows about
  // twice as fast as of rows that jump between partitions, and the sort is of integers only.
  await con.run(`CREATE TABLE r AS SELECT s.* FROM staged s JOIN place w ON ${sameWords(place, 'w', 's')} ORDER BY w.part;
    DROP TABLE staged`);
  const largest = await con.runAndReadAll(
    'SELECT ifnull(max(n), 0) FROM (SELECT sum(k.row_count) AS n FROM place k GROUP BY k.part)',
  );
  // The manifest's rows per batch, from the rows staged: counted again in SQLite, 1.6 s at 5M.
  const perBatch = await con.runAndReadAll('SELECT batch_id, sum(row_count) FROM place GROUP BY batch_id');
  return {
    rows,
    batchRows: new Map(perBatch.getRows().map(([b, n]) => [Number(b), Number(n)])),
    largestPart: Number(largest.getRows()[0]![0]),
    flat: `SELECT w.*, p.*, k.text AS code, d.text AS description, r.value_milli, r.quantity, r.quantity2, r.source_row
      FROM r JOIN place w ON ${sameWords(place, 'w', 'r')} JOIN party p ON ${sameWords(party, 'p', 'r')}
        JOIN dim_code k ON k.id = r.code_id LEFT JOIN descr d ON d.id = r.description_id`,
  };
}

type Staged = { rows: number; place: PackedKey; party: PackedKey; files: string[] };
type Plan = { total: number; place: PackedKey; party: PackedKey; sql: string; end: number };

/** What the lines are read by: the count for the progress bar, the packed keys, the range query, the ids' end. */
function planLines(db: Db): Plan {
  // For the progress bar only: the summary's count of current rows, kept with them. Counted from the rows,
  // the planner walked the key index and read every row for deleted_by: 1.8 s of a 4.5 s export at 1M.
  const total = db.prepare('SELECT COALESCE(SUM(row_count), 0) FROM summary_total').pluck().get() as number;
  const maxOf = (table: string) => db.prepare(`SELECT ifnull(max(id), 0) FROM ${table}`).pluck().get() as number;
  const fields = (group: typeof PLACE | typeof PARTY): KeyField[] =>
    group.map(([column, table, nullable]) => ({
      name: column,
      column,
      max: table ? maxOf(table) : column === 'period_months' ? 12 : 1,
      nullable,
    }));
  const place = packKey('w', fields(PLACE));
  const party = packKey('p', fields(PARTY));
  const line = [...packSql(place), ...packSql(party), ...VALUES.map(([, sql]) => sql)];
  const sql = `SELECT COUNT(*), group_concat(concat_ws(',', ${line.join(', ')}), char(10)) || char(10)
    FROM trade_row r WHERE r.id >= ? AND r.id < ? AND ${currentRow('r')}`;
  const end = (db.prepare('SELECT ifnull(max(id), 0) FROM trade_row').pluck().get() as number) + 1;
  return { total, place, party, sql, end };
}

/** Writes every line of `plan` to `file` on this thread; call inside the read transaction it was planned in. */
function readAlone(
  db: Db,
  plan: Plan,
  file: string,
  progress: Progress,
  stopAsked: () => boolean,
  cancelled: () => Error,
): Staged {
  const { total, place, party, sql, end } = plan;
  let rows = 0;
  progress(0, total);
  const added = (n: number) => {
    rows += n;
    progress(rows, Math.max(rows, total));
  };
  writeLines(db, { sql, from: 0, to: end, file }, added, stopAsked, cancelled);
  progress(rows, rows);
  return { rows, place, party, files: [file] };
}

/**
 * Writes the lower half of the ids' lines to `file` and has a second reader (second-reader.ts) write the
 * upper half to `file`.2 meanwhile, on the same snapshot; alone where it cannot start. Call inside the
 * caller's read transaction before it has read anything, so that its snapshot is taken here.
 */
async function readInTwo(
  db: Db,
  file: string,
  progress: Progress,
  stopAsked: () => boolean,
  cancelled: () => Error,
  second: SecondReaderSource,
): Promise<Staged> {
  const upper = `${file}.2`;
  const { result, reader } = await withSecondReader(db, second, () => {
    const plan = planLines(db);
    const half = Math.ceil(plan.end / 2);
    const worth = plan.total >= (second.minRows ?? SECOND_READER_MIN_ROWS) && half < plan.end;
    return { result: { plan, half }, job: worth ? { sql: plan.sql, from: half, to: plan.end, file: upper } : null };
  });
  if (!reader) return readAlone(db, result.plan, file, progress, stopAsked, cancelled);
  const { total, place, party, sql } = result.plan;
  const { half } = result;
  try {
    let mine = 0;
    progress(0, total);
    const added = (n: number) => {
      mine += n;
      const rows = mine + reader.written();
      progress(rows, Math.max(rows, total));
    };
    writeLines(db, { sql, from: 0, to: half, file }, added, stopAsked, cancelled);
    // Its rows, with the progress bar moving and a stop heeded while this thread waits for them.
    const theirs = await reader.finished(stopAsked, cancelled, () => added(0));
    progress(mine + theirs, mine + theirs);
    // DuckDB's CSV reader refuses an empty file.
    const files = [mine > 0 ? file : null, theirs > 0 ? upper : null].filter((f) => f !== null);
    return { rows: mine + theirs, place, party, files };
  } finally {
    reader.stop();
  }
}

/** The distinct places, named, with their batch's scope and how many rows each holds. */
function placesSql(key: PackedKey): string {
  const v = (name: string) => unpackSql(key, 'k', name);
  return `CREATE TABLE place AS SELECT ${key.words.map((w) => `k.${w}`).join(', ')}, rep.text AS reporter, fl.text AS flow,
      pe.text AS period, fq.text AS freq, ${v('period_months')} AS period_months, cl.text AS classification, cl.family,
      cu.text AS currency, ${v('batch_id')} AS batch_id, b.file_name AS source_file, sh.text AS source_sheet,
      s.partners_all AS scope_all_partners, s.goods_all AS scope_all_goods,
      dense_rank() OVER (ORDER BY rep.text, substr(pe.text, 1, 4)) AS part, k.row_count
    FROM (SELECT ${key.words.join(', ')}, count(*) AS row_count FROM staged GROUP BY ALL) k
      JOIN dim_area rep ON rep.id = ${v('reporter_id')} JOIN dim_flow fl ON fl.id = ${v('flow_id')}
      JOIN dim_period pe ON pe.id = ${v('period_id')} JOIN dim_freq fq ON fq.id = ${v('freq_id')}
      JOIN dim_classification cl ON cl.id = ${v('classification_id')} JOIN dim_currency cu ON cu.id = ${v('currency_id')}
      JOIN dim_sheet sh ON sh.id = ${v('source_sheet_id')} LEFT JOIN batch b ON b.id = ${v('batch_id')}
      LEFT JOIN scope s ON s.batch_id = ${v('batch_id')} AND s.reporter_id = ${v('reporter_id')} AND s.flow_id = ${v('flow_id')}
        AND s.freq_id = ${v('freq_id')} AND s.period_id = ${v('period_id')} AND s.period_months = ${v('period_months')}
        AND s.family = cl.family`;
}

/** The distinct parties, named, with what a split row splits its total by. */
function partiesSql(key: PackedKey): string {
  const v = (name: string) => unpackSql(key, 'k', name);
  const split = [
    ['regime_id', 'regime'],
    ['province_id', 'province'],
    ['mot_id', 'mode_of_transport'],
    ['partner2_id', 'partner2'],
  ].map(([id, name]) => `CASE WHEN ${v(id!)} IS NOT NULL THEN '${name}' END`);
  return `CREATE TABLE party AS SELECT ${key.words.map((w) => `k.${w}`).join(', ')}, par.text AS partner, par.kind AS partner_kind,
      u1.text AS unit, u2.text AS unit2, ${v('is_aggregate')} = 1 AS is_aggregate, rg.text AS regime, pv.text AS province,
      mo.text AS mot, p2.text AS partner2, raw.text AS partner_raw, nullif(concat_ws('+', ${split.join(', ')}), '') AS split_by
    FROM (SELECT DISTINCT ${key.words.join(', ')} FROM staged) k
      JOIN dim_area par ON par.id = ${v('partner_id')} LEFT JOIN dim_unit u1 ON u1.id = ${v('unit_id')}
      LEFT JOIN dim_unit u2 ON u2.id = ${v('unit2_id')} LEFT JOIN dim_regime rg ON rg.id = ${v('regime_id')}
      LEFT JOIN dim_province pv ON pv.id = ${v('province_id')} LEFT JOIN dim_mot mo ON mo.id = ${v('mot_id')}
      LEFT JOIN dim_area p2 ON p2.id = ${v('partner2_id')} LEFT JOIN dim_raw raw ON raw.id = ${v('partner_raw_id')}`;
}

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
