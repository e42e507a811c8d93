import { mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { AppError } from '../../shared/errors';
import { SCHEMA_VERSION } from '../db/migrate';
import type { Db } from '../db/open';
import { duckText, loadDuckDb } from './duckdb';
import { buildManifest, MANIFEST_FILE, type ParquetFile } from './parquet-manifest';
import { ALL_COLUMNS, PARTITION_COLUMNS } from './parquet-schema';
import { stageRows } from './parquet-stage';
import type { SecondReaderSource } from './second-reader';

export type ParquetExportResult = { dir: string; rows: number; files: number; bytes: number; schemaVersion: number };
/** Rows staged so far, of how many. */
export type ParquetProgress = (rows: number, total: number) => void;

/**
 * Writes every current record as Hive-partitioned Parquet (DIR/reporter=…/year=…/part-N.parquet) with
 * `_tidemark.json` beside it. DuckDB writes the files; the rows reach it as trade_row holds them (ids
 * into the dictionaries of the repeating text, which it joins as it writes: parquet-stage.ts). The
 * files are written into `staging` (a sibling folder: stagingPathFor) and renamed into place, so a
 * failure leaves nothing behind; a caller that can stop this midway removes `staging` itself. With
 * `second`, and `db` in a read transaction that has not read yet, two threads read the rows.
 */
export async function exportParquet(
  db: Db,
  target: string,
  progress: ParquetProgress,
  staging: string,
  stopAsked: () => boolean = () => false,
  second?: SecondReaderSource,
): Promise<ParquetExportResult> {
  const dir = resolve(target);
  checkTarget(dir);
  mkdirSync(dirname(dir), { recursive: true });
  const spill = join(tmpdir(), `tidemark-parquet-spill-${basename(staging)}`);
  const { DuckDBInstance } = loadDuckDb();
  const duck = await DuckDBInstance.create(':memory:', { temp_directory: spill, preserve_insertion_order: 'false' });
  const con = await duck.connect();
  try {
    mkdirSync(spill, { recursive: true });
    const { rows, batchRows, flat, largestPart } = await stageRows(
      db,
      con,
      join(spill, 'rows.csv'),
      progress,
      stopAsked,
      cancelled,
      second,
    );
    await interruptible(
      con,
      stopAsked,
      `COPY (SELECT ${ALL_COLUMNS.map((c) => `${c.sql} AS ${c.name}`).join(', ')} FROM (${flat}) x)
      TO '${duckText(staging)}' (FORMAT parquet, PARTITION_BY (${PARTITION_COLUMNS.map((c) => c.name).join(', ')}), FILENAME_PATTERN 'part-{i}', COMPRESSION snappy, ROW_GROUP_SIZE ${rowGroupSize(largestPart)})`,
    );
    if (stopAsked()) throw cancelled();
    if (rows === 0) mkdirSync(staging, { recursive: true });
    const files = await parquetFiles(con, staging);
    const manifest = buildManifest(db, { schemaVersion: SCHEMA_VERSION, rows, files, batchRows });
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

/** DuckDB's own row group size, and the least it is given here (its vector size: one batch of rows). */
const DEFAULT_ROW_GROUP = 122_880;
const MIN_ROW_GROUP = 2048;

/**
 * The row group size of a COPY whose largest partition holds `largest` rows: that many, within DuckDB's
 * default. Each partition then is one row group, as with the default, but a partitioned COPY's time grows
 * with the row group size asked, whatever the rows (DuckDB 1.5, bench:parquet, 100 partitions, COPY alone):
 * 5M rows, 50k a partition: 8.5-9.7 s at the default, 5.2-6.7 s at 60,000 (files 131.5 and 135 MB), 7.9 s
 * at 100,000, 10.1 s at 200,000; 1M rows, 10k a partition: 1.8-2.1 s at the default, 1.1-1.3 s at 10,000.
 */
export const rowGroupSize = (largest: number) => Math.min(DEFAULT_ROW_GROUP, Math.max(MIN_ROW_GROUP, largest));

/** A folder that exists and holds anything is never written into: an export is a whole dataset or nothing. */
function checkTarget(dir: string): void {
  let st;
  try {
    st = statSync(dir);
  } catch {
    return;
  }
  if (!st.isDirectory()) throw new AppError('target_exists', { key: 'export.targetIsFile', params: { dir } });
  if (!isEmptyDir(dir)) throw new AppError('target_exists', { key: 'export.targetNotEmpty', params: { dir } });
}

function isEmptyDir(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

const cancelled = () => new AppError('cancelled', { key: 'export.cancelled' });

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
    `SELECT file_name, num_rows FROM parquet_file_metadata([${paths.map((p) => `'${duckText(p)}'`).join(', ')}])`,
  );
  for (const [file, num] of reader.getRows()) counts.set(String(file), Number(num));
  return paths
    .sort()
    .map((p) => ({ path: relative(root, p).split(sep).join('/'), rows: counts.get(p) ?? 0, bytes: statSync(p).size }));
}
