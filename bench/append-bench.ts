// `npm run bench:append`: an import into a table that already holds 3x the file's rows, against the
// same import into an empty table, in the same run (issue 15's target: >= 0.9x the empty speed).
// Each index mode is timed (bulk-indexes.ts): auto (what the app does), always (drop and rebuild),
// merge (stage, then insert in key order), never (row by row). Each pair runs `repeats` times,
// interleaved; the ratio is of the medians. CPU seconds (writer and parser threads together) are
// printed beside wall seconds: on a shared machine they move less.
// `npm run bench:append -- ROWS [REPEATS] [MODES] [sorted]`, e.g. `npm run bench:append -- 100000 3 auto,merge`.
// `sorted`: the full table also holds the grid's six sort indexes, as a database does once its
// grid has been sorted by value, period, code, unit, description and quantity.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../src/core/db/migrate';
import { openDb } from '../src/core/db/open';
import { sortIndexSql } from '../src/core/db/runtime-schema';
import { sourceParseWorker } from '../src/core/import/pipeline/parse-channel';
import { importFile } from '../src/core/import/pipeline/run-import';
import { generateCustomsCsv } from './lib/generate-customs-csv';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '.data');
const rows = Number(process.argv[2] ?? 300_000);
const repeats = Number(process.argv[3] ?? 1);
const modes = (process.argv[4] ?? 'auto,always,merge,never').split(',');
const sorted = process.argv[5] === 'sorted';
if (!Number.isInteger(rows) || rows < 1)
  throw new Error(`The row count must be a whole number, got "${process.argv[2]}".`);

mkdirSync(dataDir, { recursive: true });
// Different seeds: the two files hold different rows, as a second download would.
const baseCsv = generateCustomsCsv(join(dataDir, `append-base-${rows * 3}.csv`), rows * 3, 1).path;
const add = generateCustomsCsv(join(dataDir, `append-add-${rows}.csv`), rows, 2).path;

// The table of 3x the rows is imported once (untimed) and copied for each run.
const baseDb = join(dataDir, `append-base-${rows * 3}.sqlite`);
if (!existsSync(baseDb)) {
  const tmp = `${baseDb}.part`;
  for (const s of ['', '-wal', '-shm']) rmSync(tmp + s, { force: true });
  const db = openDb(tmp);
  migrate(db, () => {});
  importFile(db, { path: baseCsv }, {}, () => {}, { parseWorker: sourceParseWorker });
  db.pragma('journal_mode = DELETE');
  db.close();
  renameSync(tmp, baseDb);
} else {
  // A base left by an older Tidemark is upgraded once here (untimed): else every timed run would upgrade
  // its copy first, with the backup that takes, and time and measure that as well.
  const db = openDb(baseDb);
  migrate(db, () => {});
  db.pragma('journal_mode = DELETE');
  db.close();
}

// The same table with the grid's sort indexes, built once (untimed) and copied for each run.
const sortedDb = join(dataDir, `append-base-${rows * 3}-sorted.sqlite`);
if (sorted && !existsSync(sortedDb)) {
  const tmp = `${sortedDb}.part`;
  rmSync(tmp, { force: true });
  copyFileSync(baseDb, tmp);
  const db = openDb(tmp);
  for (const column of ['value', 'period', 'code', 'unit', 'description', 'quantity'] as const)
    db.exec(sortIndexSql(column)!);
  db.pragma('journal_mode = DELETE');
  db.close();
  renameSync(tmp, sortedDb);
}
const fullDb = sorted ? sortedDb : baseDb;

type Run = { seconds: number; cpuSeconds: number };
function timed(base: string, mode: string): Run {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(here, 'lib/append-import-child.ts'), join(dataDir, 'append.sqlite'), base, add, mode],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Run;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (x: number) => x.toFixed(1).padStart(6);

console.log(
  `\n== ${rows.toLocaleString('en-US')} rows into an empty table and into one of ${(rows * 3).toLocaleString('en-US')}${sorted ? " with the grid's six sort indexes" : ''}, ${repeats} run(s) each ==`,
);
for (const mode of modes) {
  const empty: Run[] = [];
  const full: Run[] = [];
  for (let i = 0; i < repeats; i++) {
    empty.push(timed('-', mode));
    full.push(timed(fullDb, mode));
  }
  const [e, f] = [median(empty.map((r) => r.seconds)), median(full.map((r) => r.seconds))];
  const [ec, fc] = [median(empty.map((r) => r.cpuSeconds)), median(full.map((r) => r.cpuSeconds))];
  console.log(
    `${mode.padEnd(7)} empty ${s(e)} s (cpu ${s(ec)})   3x-full ${s(f)} s (cpu ${s(fc)})   speed ratio ${(e / f).toFixed(2)}x (cpu ${(ec / fc).toFixed(2)}x)  [target >= 0.9x]`,
  );
}
