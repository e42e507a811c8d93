// `npm run bench:import`: Tidemark's CSV import against the sqlite3 command line's `.import`, on
// deterministic customs files of 1M and 5M rows. Figures, not pass/fail: the targets are printed
// next to them. Pass row counts to run other sizes, e.g. `npm run bench:import -- 200000`.
// `--threads 1,2` imports once per parser thread count (parse-ranges.ts) against the same `.import`;
// by default the import's own default (one, or TIDEMARK_PARSE_THREADS).
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCustomsCsv } from './lib/generate-customs-csv';
import { sqliteCliImport } from './lib/sqlite-cli-import';
import { tidemarkCliImport } from './lib/tidemark-cli-import';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '.data');
const argv = process.argv.slice(2);
const threadsAt = argv.indexOf('--threads');
const threadCounts: (number | undefined)[] =
  threadsAt >= 0 ? argv.splice(threadsAt, 2)[1]!.split(',').map(Number) : [undefined];
const sizes = argv.map(Number).filter((n) => n > 0);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

mkdirSync(dataDir, { recursive: true });
for (const rows of sizes.length ? sizes : [1_000_000, 5_000_000]) {
  const csv = generateCustomsCsv(join(dataDir, `customs-${rows}.csv`), rows);
  const tDb = join(dataDir, `tidemark-${rows}.sqlite`);
  const cDb = join(dataDir, `cli-${rows}.sqlite`);
  for (const p of [tDb, `${tDb}-wal`, `${tDb}-shm`, cDb]) rmSync(p, { force: true });

  const cli = sqliteCliImport(cDb, csv.path);
  const cRate = cli.rows / cli.seconds;
  console.log(`\n== ${fmt(rows)} rows, ${(csv.bytes / 1e6).toFixed(0)} MB CSV ==`);
  console.log(
    `sqlite3 .import   ${fmt(cRate).padStart(10)} rows/s  (${cli.seconds.toFixed(1)} s, ${fmt(cli.rows)} rows)`,
  );
  for (const threads of threadCounts) {
    for (const p of [tDb, `${tDb}-wal`, `${tDb}-shm`]) rmSync(p, { force: true });
    const t = tidemarkCliImport(tDb, [csv.path], { all: false, threads });
    const file = t.report.files[0]!;
    if (file.status !== 'imported' || file.rowsImported !== rows)
      throw new Error(`Tidemark imported ${file.rowsImported} of ${rows} rows (${file.status}).`);
    const tBytes = statSync(tDb).size;
    const tRate = rows / t.seconds;
    const label = threads ? `tidemark, ${threads} parser thread${threads > 1 ? 's' : ''}` : 'tidemark import';
    console.log(
      `${label.padEnd(17)} ${fmt(tRate).padStart(10)} rows/s  (${t.seconds.toFixed(1)} s, ${t.cpuSeconds.toFixed(1)} s CPU)   ratio ${(tRate / cRate).toFixed(2)}x  [target >= 1.0x]`,
    );
    console.log(`peak RSS          ${t.peakRssMb.toFixed(0).padStart(10)} MB      [target <= 200 MB, flat with size]`);
    console.log(
      `database size     ${(tBytes / 1e6).toFixed(0).padStart(10)} MB      vs flat table ${(cli.bytes / 1e6).toFixed(0)} MB = ${(tBytes / cli.bytes).toFixed(2)}x  [target <= 0.6x]`,
    );
  }
}
