// `npm run bench:parquet`: Tidemark's Parquet export (exportParquet: SQLite → DuckDB → Hive-partitioned
// Parquet) against DuckDB's own `COPY (SELECT * FROM read_csv(flat.csv)) TO … (FORMAT parquet,
// PARTITION_BY (reporter, year))` of the same flat table, in the same run. The flat CSV holds exactly
// the exported columns (it is written from Tidemark's own output, untimed). Figures, not pass/fail:
// the target (issue 15) is >= 1.0x, Tidemark at least as fast as the anchor.
// Default 5,000,000 rows; pass another count, e.g. `npm run bench:parquet -- 1000000`. Each side runs
// BENCH_RUNS times (default 2), alternating, and the best of each is compared. Tidemark runs as the
// export worker runs it, with a second reader of the rows (second-reader.ts), and also with one reader.
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../src/core/db/open';
import { stagingPathFor } from '../src/core/export/export-service';
import { exportParquet } from '../src/core/export/parquet-export';
import { sourceLinesWorker } from '../src/core/export/parquet-lines';
import type { SecondReaderSource } from '../src/core/export/second-reader';
import { PARQUET_LAYOUT_VERSION } from '../src/core/export/parquet-schema';
import { queryDatabase } from './lib/query-database';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '.data');
const rows = Number(process.argv[2] ?? 5_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 2);
mkdirSync(dataDir, { recursive: true });

// The same database bench:query builds and keeps.
console.log(`Generating ${rows.toLocaleString('en-US')} rows (cached in bench/.data)…`);
const { dbPath } = queryDatabase(dataDir, rows);

const bytesUnder = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (a, e) => a + (e.isDirectory() ? bytesUnder(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
const seconds = async (fn: () => Promise<unknown>) => {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
};

const db = openDb(dbPath, { readonly: true });
const tidemarkDir = join(dataDir, `parquet-tidemark-${rows}`);
const anchorDir = join(dataDir, `parquet-duckdb-${rows}`);
const flat = join(dataDir, `parquet-flat-${rows}-v${PARQUET_LAYOUT_VERSION}.csv`);

/** Each run's SQLite part: until the export's progress says every row is staged (parquet-stage.ts); DuckDB's after. */
const sqliteParts: number[] = [];
const twoReaders: SecondReaderSource = { dbPath, start: sourceLinesWorker };
/** An export with two readers of the rows, or with one (`second` null). */
async function tidemark(second: SecondReaderSource | null = twoReaders): Promise<number> {
  rmSync(tidemarkDir, { recursive: true, force: true });
  const t0 = performance.now();
  let staged = 0;
  const progress = (done: number, total: number) => {
    if (done === total) staged = performance.now();
  };
  // As the export worker does: one read transaction around the whole export.
  db.exec('BEGIN');
  const s = await seconds(() =>
    exportParquet(db, tidemarkDir, progress, stagingPathFor(tidemarkDir), () => false, second ?? undefined),
  );
  db.exec('ROLLBACK');
  if (second) sqliteParts.push((staged - t0) / 1000);
  return s;
}

/** DuckDB on the flat table: a fresh instance each run, as an export starts one. */
async function anchor(): Promise<number> {
  rmSync(anchorDir, { recursive: true, force: true });
  const duck = await DuckDBInstance.create(':memory:');
  const con = await duck.connect();
  try {
    return await seconds(() =>
      con.run(
        `COPY (SELECT * FROM read_csv('${flat}')) TO '${anchorDir}' (FORMAT parquet, PARTITION_BY (reporter, year), FILENAME_PATTERN 'part-{i}')`,
      ),
    );
  } finally {
    con.closeSync();
    duck.closeSync();
  }
}

/** The floor of any reader through better-sqlite3: one integer per current row, in the same id ranges. */
function sqliteFloor(): number {
  const t0 = performance.now();
  const range = db
    .prepare(
      'SELECT id FROM trade_record r WHERE r.id >= ? AND r.id < ? AND superseded_by IS NULL AND deleted_by IS NULL',
    )
    .raw();
  const max = db.prepare('SELECT ifnull(max(id), 0) FROM trade_record').pluck().get() as number;
  let n = 0;
  for (let from = 0; from <= max; from += 16_384) n += range.all(from, from + 16_384).length;
  if (n !== rows) throw new Error(`read ${n} of ${rows} rows`);
  return (performance.now() - t0) / 1000;
}

const t: number[] = [];
const a: number[] = [];
const one: number[] = [];
t.push(await tidemark());
if (!existsSync(flat)) {
  // The flat table: Tidemark's exported columns, one row per record, the partition keys included.
  const duck = await DuckDBInstance.create(':memory:');
  const con = await duck.connect();
  await con.run(
    `COPY (SELECT * FROM read_parquet('${tidemarkDir}/**/*.parquet', hive_partitioning = true)) TO '${flat}' (HEADER)`,
  );
  con.closeSync();
  duck.closeSync();
}
a.push(await anchor());
for (let i = 1; i < runs; i++) {
  a.push(await anchor());
  t.push(await tidemark());
}
for (let i = 0; i < runs; i++) one.push(await tidemark(null));
const floor = sqliteFloor();
const best = (xs: number[]) => Math.min(...xs);
const tBytes = bytesUnder(tidemarkDir);
const aBytes = bytesUnder(anchorDir);
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
const fmt = (xs: number[]) => `${best(xs).toFixed(2)} s (runs: ${xs.map((x) => x.toFixed(2)).join(', ')})`;

console.log(`\n== Parquet export, ${rows.toLocaleString('en-US')} rows ==`);
console.log(`DuckDB COPY read_csv(flat) → parquet   ${fmt(a)}`);
console.log(
  `tidemark exportParquet                  ${fmt(t)}   ratio ${(best(a) / best(t)).toFixed(2)}x  [target >= 1.0x: DuckDB's time / Tidemark's]`,
);
console.log(
  `tidemark exportParquet, one reader      ${fmt(one)}   ratio ${(best(a) / best(one)).toFixed(2)}x; two readers ${(best(one) / best(t)).toFixed(2)}x as fast`,
);
const fastest = t.indexOf(best(t));
const duckPart = best(t) - sqliteParts[fastest]!;
console.log(
  `  SQLite's part ${sqliteParts[fastest]!.toFixed(2)} s, DuckDB's ${duckPart.toFixed(2)} s = ${(duckPart / best(a)).toFixed(2)}x the anchor's whole time (reading the staged rows, naming them, sorting by partition, the COPY)`,
);
console.log(
  `  of which reading the rows from SQLite  >= ${floor.toFixed(2)} s (one integer per row through better-sqlite3: ${(floor / best(a)).toFixed(2)}x the anchor's whole time)`,
);
console.log(
  `sizes: tidemark ${mb(tBytes)} in ${readdirSync(tidemarkDir).length - 1} reporters, DuckDB ${mb(aBytes)}, flat CSV ${mb(statSync(flat).size)}, SQLite ${mb(statSync(dbPath).size)}`,
);
db.close();
