import { mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { familyOf } from '../../shared/classification';
import { AppError } from '../../shared/errors';
import { currentRow } from '../db/current-row';
import { SCHEMA_VERSION } from '../db/migrate';
import type { Db } from '../db/open';
import { partnerKind } from '../reference/areas';
import { loadDuckDb } from './duckdb';
import { buildManifest, MANIFEST_FILE, type ParquetFile } from './parquet-manifest';
import { ALL_COLUMNS, PARTITION_COLUMNS } from './parquet-schema';
import { RowStager } from './parquet-stage';

export type ParquetExportResult = { dir: string; rows: number; files: number; bytes: number; schemaVersion: number };
/** Rows staged so far, of how many. */
export type ParquetProgress = (rows: number, total: number) => void;

/** Record ids per read: big enough that a read's own cost vanishes, small enough to keep memory flat. */
const RANGE_IDS = 16_384;
const SEP = '\u0001';
const NULL = '\u0002';
/**
 * The low-cardinality columns of a row, read from SQLite as two strings (where and when; with whom and
 * how): two JS strings and two Map lookups per row instead of seventeen values. Two, not one: their
 * product would be almost as many combinations as rows.
 */
const WHERE_FIELDS = [
  'reporter',
  'flow',
  'period',
  'freq',
  'period_months',
  'classification',
  'currency',
  'batch_id',
  'source_sheet',
] as const;
const PARTY_FIELDS = [
  'partner',
  'unit',
  'unit2',
  'is_aggregate',
  'regime',
  'province',
  'mot',
  'partner2',
  'partner_raw',
] as const;
const joined = (fields: readonly string[]) =>
  `concat_ws('${SEP}', ${fields.map((f) => `ifnull(${f}, '${NULL}')`).join(', ')})`;

/**
 * Writes every current record as Hive-partitioned Parquet (DIR/reporter=…/year=…/part-N.parquet) with
 * `_tidemark.json` beside it. DuckDB writes the files; the rows reach it as integer columns (ids into
 * small dictionaries of the repeating text) in data chunks, which cost no native call per value. The
 * files are written into `staging` (a sibling folder: stagingPathFor) and renamed into place, so a
 * failure leaves nothing behind; a caller that can stop this midway removes `staging` itself.
 */
export async function exportParquet(
  db: Db,
  target: string,
  progress: ParquetProgress,
  staging: string,
  stopAsked: () => boolean = () => false,
): Promise<ParquetExportResult> {
  const dir = resolve(target);
  checkTarget(dir);
  mkdirSync(dirname(dir), { recursive: true });
  const spill = join(tmpdir(), `tidemark-parquet-spill-${basename(staging)}`);
  const { DuckDBInstance } = loadDuckDb();
  const duck = await DuckDBInstance.create(':memory:', { temp_directory: spill, preserve_insertion_order: 'false' });
  const con = await duck.connect();
  try {
    const rows = await stage(db, con, progress, stopAsked);
    await interruptible(
      con,
      stopAsked,
      `COPY (SELECT ${ALL_COLUMNS.map((c) => `${c.sql} AS ${c.name}`).join(', ')}
        FROM r JOIN place w ON w.id = r.w JOIN party p ON p.id = r.p JOIN code k ON k.id = r.code
        LEFT JOIN descr d ON d.id = r.descr LEFT JOIN batch b ON b.id = w.batch_id)
      TO '${sqlText(staging)}' (FORMAT parquet, PARTITION_BY (${PARTITION_COLUMNS.map((c) => c.name).join(', ')}), FILENAME_PATTERN 'part-{i}', COMPRESSION snappy)`,
    );
    if (stopAsked()) throw cancelled();
    if (rows === 0) mkdirSync(staging, { recursive: true });
    const files = await parquetFiles(con, staging);
    const manifest = buildManifest(db, { schemaVersion: SCHEMA_VERSION, rows, files });
    writeFileSync(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    checkTarget(dir);
    if (isEmptyDir(dir)) rmdirSync(dir);
    renameSync(staging, dir);
    return {
      dir,
      rows,
      files: files.length,
      bytes: files.reduce((a, f) => a + f.bytes, 0),
      schemaVersion: SCHEMA_VERSION,
    };
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  } finally {
    con.closeSync();
    duck.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}

/** A folder that exists and holds anything is never written into: an export is a whole dataset or nothing. */
function checkTarget(dir: string): void {
  let st;
  try {
    st = statSync(dir);
  } catch {
    return;
  }
  if (!st.isDirectory())
    throw new AppError(
      'target_exists',
      `${dir} is a file. Choose a new folder name for the Parquet dataset; Tidemark creates the folder.`,
    );
  if (!isEmptyDir(dir))
    throw new AppError(
      'target_exists',
      `The folder ${dir} already holds files. Choose a new or empty folder for the Parquet dataset, or remove that one first; Tidemark never mixes a new export with old files.`,
    );
}

function isEmptyDir(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

const cancelled = () => new AppError('cancelled', 'The export was cancelled; no file was written.');

/** Runs one long DuckDB statement (the COPY), interrupting it once a stop is asked: polled every 50 ms. */
async function interruptible(con: DuckDBConnection, stopAsked: () => boolean, sql: string): Promise<void> {
  const poll = setInterval(() => stopAsked() && con.interrupt(), 50);
  try {
    await con.run(sql);
  } catch (err) {
    throw stopAsked() ? cancelled() : err;
  } finally {
    clearInterval(poll);
  }
}

/** Streams the current records into DuckDB tables r (per row, integers) and place, party, code, descr and batch (dictionaries). Returns the row count. */
async function stage(
  db: Db,
  con: DuckDBConnection,
  progress: ParquetProgress,
  stopAsked: () => boolean,
): Promise<number> {
  const total = db
    .prepare(`SELECT COUNT(*) FROM trade_row r WHERE ${currentRow('r')}`)
    .pluck()
    .get() as number;
  progress(0, total);
  await con.run(
    'CREATE TABLE r (w INTEGER, p INTEGER, code INTEGER, descr INTEGER, hi DOUBLE, lo INTEGER, q DOUBLE, q2 DOUBLE, src INTEGER)',
  );
  const places = new Map<string, number>();
  const parties = new Map<string, number>();
  const codes = new Map<string, number>();
  const stager = await RowStager.open(con, 'r');
  // value_milli as hi * 2^24 + lo: both parts are exact JS numbers whatever the value, so no BigInt per row.
  // Read in id ranges with all(): about 15% cheaper per row than iterate().
  const range = db
    .prepare(
      `SELECT ${joined(WHERE_FIELDS)}, ${joined(PARTY_FIELDS)}, code, ifnull(description_id, 0), value_milli >> 24, value_milli & 16777215, quantity, quantity2, source_row
      FROM trade_record r WHERE r.id >= ? AND r.id < ? AND ${currentRow('r')}`,
    )
    .raw();
  const maxId = (db.prepare('SELECT ifnull(max(id), 0) FROM trade_row').pluck().get() as number) + 1;
  for (let from = 0; from < maxId; from += RANGE_IDS) {
    if (stopAsked()) throw cancelled();
    for (const [place, party, code, descr, hi, lo, q, q2, src] of range.all(from, from + RANGE_IDS) as [
      string,
      string,
      string,
      number,
      number,
      number,
      number | null,
      number | null,
      number,
    ][]) {
      let w = places.get(place);
      if (w === undefined) places.set(place, (w = places.size + 1));
      let p = parties.get(party);
      if (p === undefined) parties.set(party, (p = parties.size + 1));
      let k = codes.get(code);
      if (k === undefined) codes.set(code, (k = codes.size + 1));
      stager.push(w, p, k, descr, hi, lo, q ?? NaN, q2 ?? NaN, src);
    }
    progress(stager.rows, total);
  }
  stager.close();
  await stageDictionaries(db, con, places, parties, codes);
  return stager.rows;
}

async function stageDictionaries(
  db: Db,
  con: DuckDBConnection,
  places: Map<string, number>,
  parties: Map<string, number>,
  codes: Map<string, number>,
): Promise<void> {
  await con.run(`CREATE TABLE place_raw (id INTEGER, k VARCHAR); CREATE TABLE party_raw (id INTEGER, k VARCHAR); CREATE TABLE code (id INTEGER, code VARCHAR);
    CREATE TABLE descr (id INTEGER, text VARCHAR); CREATE TABLE batch (id BIGINT, file_name VARCHAR);
    CREATE TABLE scope (batch_id BIGINT, reporter VARCHAR, flow VARCHAR, freq VARCHAR, period VARCHAR, period_months BIGINT, family VARCHAR, partners_all BOOLEAN, goods_all BOOLEAN)`);
  const family = memo((classification: string) => familyOf(classification));
  await appendRows(
    con,
    'place_raw',
    [...places].map(([k, id]) => [id, `${k}${SEP}${family(k.split(SEP)[WHERE_FIELDS.indexOf('classification')]!)}`]),
  );
  await appendRows(
    con,
    'party_raw',
    [...parties].map(([k, id]) => [id, `${k}${SEP}${partyDerived(k.split(SEP)).join(SEP)}`]),
  );
  await appendRows(
    con,
    'code',
    [...codes].map(([code, id]) => [id, code]),
  );
  await appendRows(con, 'descr', db.prepare('SELECT id, text FROM description').raw().all() as [number, string][]);
  await appendRows(
    con,
    'batch',
    db.prepare('SELECT id, file_name FROM import_batch').raw().all() as [number, string][],
  );
  const scopes = db
    .prepare(
      'SELECT batch_id, reporter, flow, freq, period, period_months, family, partners_all, goods_all FROM batch_scope',
    )
    .raw()
    .all() as unknown[][];
  await appendRows(
    con,
    'scope',
    scopes.map((s) => [...s.slice(0, 7), s[7] === 1, s[8] === 1]),
  );
  await con.run(`CREATE TABLE place AS SELECT w.*, s.partners_all AS scope_all_partners, s.goods_all AS scope_all_goods
      FROM (${splitSql('place_raw', [...WHERE_FIELDS, 'family'])}) w
      LEFT JOIN scope s ON s.batch_id = w.batch_id AND s.reporter = w.reporter AND s.flow = w.flow AND s.freq = w.freq
        AND s.period = w.period AND s.period_months = w.period_months AND s.family = w.family;
    CREATE TABLE party AS ${splitSql('party_raw', [...PARTY_FIELDS, 'partner_kind', 'split_by'])}`);
}

/** A dictionary's joined strings back into typed columns. */
function splitSql(table: string, fields: string[]): string {
  const column = (name: string, i: number) => {
    const text = `nullif(f[${i + 1}], '${NULL}')`;
    if (name === 'is_aggregate') return `${text} = '1'`;
    return name === 'batch_id' || name === 'period_months' ? `CAST(${text} AS BIGINT)` : text;
  };
  return `SELECT id, ${fields.map((f, i) => `${column(f, i)} AS ${f}`).join(', ')} FROM (SELECT id, string_split(k, '${SEP}') AS f FROM ${table})`;
}

function memo<T>(fn: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined) seen.set(key, (v = fn(key)));
    return v;
  };
}

/** partner_kind and split_by of one party's fields (PARTY_FIELDS order). */
function partyDerived(f: string[]): string[] {
  const at = (name: (typeof PARTY_FIELDS)[number]) => f[PARTY_FIELDS.indexOf(name)]!;
  const split = [
    ['regime', 'regime'],
    ['province', 'province'],
    ['mot', 'mode_of_transport'],
    ['partner2', 'partner2'],
  ] as const;
  const by = split.filter(([col]) => at(col) !== NULL).map(([, name]) => name);
  return [partnerKind(at('partner')), by.length ? by.join('+') : NULL];
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

/** The files DuckDB wrote, with their rows and bytes, paths relative to the dataset folder. */
async function parquetFiles(con: DuckDBConnection, root: string): Promise<ParquetFile[]> {
  const paths: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.parquet')) paths.push(join(d, e.name));
    }
  };
  walk(root);
  if (paths.length === 0) return [];
  const counts = new Map<string, number>();
  const reader = await con.runAndReadAll(
    `SELECT file_name, num_rows FROM parquet_file_metadata([${paths.map((p) => `'${sqlText(p)}'`).join(', ')}])`,
  );
  for (const [file, num] of reader.getRows()) counts.set(String(file), Number(num));
  return paths
    .sort()
    .map((p) => ({ path: relative(root, p).split(sep).join('/'), rows: counts.get(p) ?? 0, bytes: statSync(p).size }));
}

const sqlText = (s: string) => s.replace(/'/g, "''");
