// `npm run bench:dataset`: the first open of a Parquet dataset (ensureDatasetCache: DuckDB reads the
// files, SQLite takes the rows, the indexes and summaries are built), against the sqlite3 command
// line's `.import` of the same rows from the generated CSV, in the same run. The open is an import
// from Parquet, so the import's anchor is its yardstick. Later opens read the copy and cost nothing.
// Default 1,000,000 rows; `npm run bench:dataset -- 5000000` for another size. Each side runs
// BENCH_RUNS times (default 2), alternating, and the best of each is compared.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatasetCache } from '../src/core/dataset/dataset-cache';
import { readDataset } from '../src/core/dataset/dataset-manifest';
import { openDb } from '../src/core/db/open';
import { stagingPathFor } from '../src/core/export/export-service';
import { exportParquet } from '../src/core/export/parquet-export';
import { queryDatabase } from './lib/query-database';
import { sqliteCliImport } from './lib/sqlite-cli-import';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '.data');
const rows = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 2);
if (!Number.isInteger(rows) || rows < 1)
  throw new Error(`The row count must be a whole number, got "${process.argv[2]}".`);
mkdirSync(dataDir, { recursive: true });

// The database bench:query and bench:parquet keep, exported once: the dataset a colleague would share.
console.log(`Generating ${rows.toLocaleString('en-US')} rows and their dataset (cached in bench/.data)…`);
const { csv, dbPath } = queryDatabase(dataDir, rows);
const datasetDir = join(dataDir, `dataset-${rows}`);
if (!existsSync(join(datasetDir, '_tidemark.json'))) {
  rmSync(datasetDir, { recursive: true, force: true });
  const db = openDb(dbPath, { readonly: true });
  await exportParquet(db, datasetDir, () => {}, stagingPathFor(datasetDir));
  db.close();
}
const dataset = readDataset(datasetDir);

const cacheDir = join(dataDir, 'dataset-cache');
async function tidemark(): Promise<number> {
  rmSync(cacheDir, { recursive: true, force: true });
  const t0 = performance.now();
  await ensureDatasetCache(dataset, cacheDir);
  return (performance.now() - t0) / 1000;
}

const anchorDb = join(dataDir, 'dataset-anchor.sqlite');
function anchor(): number {
  rmSync(anchorDb, { force: true });
  return sqliteCliImport(anchorDb, csv).seconds;
}

const ours: number[] = [];
const theirs: number[] = [];
for (let i = 0; i < runs; i++) {
  theirs.push(anchor());
  ours.push(await tidemark());
}
rmSync(cacheDir, { recursive: true, force: true });
rmSync(anchorDb, { force: true });
const [t, a] = [Math.min(...ours), Math.min(...theirs)];
console.log(`\n== first open of a ${rows.toLocaleString('en-US')}-row Parquet dataset (best of ${runs}) ==`);
console.log(`Tidemark ensureDatasetCache  ${t.toFixed(2).padStart(7)} s`);
console.log(`sqlite3 .import of the CSV   ${a.toFixed(2).padStart(7)} s`);
console.log(`speed ratio ${(a / t).toFixed(2)}x the anchor (an import through the CLI runs at about 0.3x)`);
