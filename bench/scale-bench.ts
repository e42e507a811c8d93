// `npm run bench:scale`: a decade of trade on one laptop. Generates N rows (default 50,000,000;
// `npm run bench:scale -- 1000000` for CI's size), imports them the way the app does next to the
// sqlite3 CLI's `.import` of the same CSV, prints sizes, then runs bench:query's five dashboard queries
// against DuckDB on the same CSV and the grid's first page under each filter and sort.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDb, useBrowsingCache } from '../src/core/db/open';
import { bytesByStructure } from './lib/bytes-by-structure';
import { benchCsvParts } from './lib/generate-customs-csv';
import { gridFirstPages, printGridPages, unfilteredTotalMs } from './lib/grid-pages';
import { sqliteCliImport } from './lib/sqlite-cli-import';
import { tidemarkCliImport } from './lib/tidemark-cli-import';

const ROWS = Number(process.argv[2] ?? 50_000_000);
if (!Number.isInteger(ROWS) || ROWS < 1)
  throw new Error(`The row count must be a whole number, got "${process.argv[2]}".`);
const here = import.meta.dirname;
const DATA = resolve(here, '.data');
mkdirSync(DATA, { recursive: true });
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

console.log(`== bench:scale at ${ROWS.toLocaleString('en-US')} rows ==`);
const csv = benchCsvParts(join(DATA, `customs-${ROWS}.csv`), ROWS);
console.log(
  `CSV ${mb(csv.reduce((n, p) => n + p.bytes, 0))}${csv.length > 1 ? ` in ${csv.length} files (each under the importer's limit; the second goes into a non-empty table)` : ''}`,
);

// The same database bench:query opens (it skips its own import when the file is there).
const dbPath = join(DATA, `query-${ROWS}.sqlite`);
const flatPath = join(DATA, `cli-${ROWS}.sqlite`);
for (const p of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, flatPath]) rmSync(p, { force: true });
const cli = sqliteCliImport(
  flatPath,
  csv.map((p) => p.path),
);
const t = tidemarkCliImport(
  dbPath,
  csv.map((p) => p.path),
);
// A refused or short import would print a meaningless speed: stop and say why instead.
const imported = t.report.files.reduce((n, f) => n + f.rowsImported, 0);
if (imported !== ROWS) {
  const why = t.report.files.map((f) => f.error?.message ?? f.status).join('; ');
  throw new Error(
    `Tidemark imported ${imported.toLocaleString('en-US')} of ${ROWS.toLocaleString('en-US')} rows: ${why}`,
  );
}
const size = statSync(dbPath).size;
console.log(`sqlite3 .import   ${cli.seconds.toFixed(1).padStart(8)} s   flat table ${mb(cli.bytes)}`);
console.log(
  `tidemark import   ${t.seconds.toFixed(1).padStart(8)} s   speed ratio ${(cli.seconds / t.seconds).toFixed(2)}x [>= 1.0x]   peak RSS ${t.peakRssMb.toFixed(0)} MB [<= 200]`,
);
console.log(`database          ${mb(size).padStart(10)}   ${(size / cli.bytes).toFixed(2)}x the flat table [<= 0.6x]`);
rmSync(flatPath, { force: true });
{
  const db = openDb(dbPath);
  console.log(
    `\n-- where the database's bytes go (per row; the flat table is ${(cli.bytes / ROWS).toFixed(0)} B/row) --`,
  );
  for (const s of bytesByStructure(db))
    console.log(`${s.name.padEnd(44)} ${mb(s.bytes).padStart(8)} ${(s.bytes / ROWS).toFixed(1).padStart(7)} B/row`);
  db.exec('ANALYZE');
  db.close();
}

console.log('\n-- dashboard queries against DuckDB (bench:query) --');
execFileSync(process.execPath, ['--import', 'tsx', join(here, 'query-bench.ts')], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_ROWS: String(ROWS) },
});

console.log("\n-- the grid's first page (100 rows and the count) --");
const db = openDb(dbPath);
// The page cache the app's own connection has (open-tidemark.ts).
useBrowsingCache(db);
printGridPages(gridFirstPages(db), unfilteredTotalMs(db));
db.close();
