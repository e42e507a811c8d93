// `npm run bench:append`: an import into a table that already holds 3x the file's rows, against the
// same import into an empty table, in the same run (issue 15's target: >= 0.9x the empty speed).
// Each index mode is timed: auto (what the app does), always (drop and rebuild), never (row by row).
// Pass a row count for the added file, e.g. `npm run bench:append -- 100000` (default 300,000).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCustomsCsv } from './lib/generate-customs-csv';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '.data');
const rows = Number(process.argv[2] ?? 300_000);
if (!Number.isInteger(rows) || rows < 1)
  throw new Error(`The row count must be a whole number, got "${process.argv[2]}".`);

mkdirSync(dataDir, { recursive: true });
// Different seeds: the two files hold different rows, as a second download would.
const base = generateCustomsCsv(join(dataDir, `append-base-${rows * 3}.csv`), rows * 3, 1).path;
const add = generateCustomsCsv(join(dataDir, `append-add-${rows}.csv`), rows, 2).path;

function timed(baseCsv: string, mode: string): number {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(here, 'lib/append-import-child.ts'), join(dataDir, 'append.sqlite'), baseCsv, add, mode],
    { encoding: 'utf8' },
  );
  return (JSON.parse(out.trim().split('\n').pop()!) as { seconds: number }).seconds;
}

console.log(
  `\n== ${rows.toLocaleString('en-US')} rows into an empty table and into one of ${(rows * 3).toLocaleString('en-US')} ==`,
);
for (const mode of ['auto', 'always', 'never']) {
  const empty = timed('-', mode);
  const full = timed(base, mode);
  console.log(
    `${mode.padEnd(7)} empty ${empty.toFixed(1).padStart(6)} s   3x-full ${full.toFixed(1).padStart(6)} s   speed ratio ${(empty / full).toFixed(2)}x  [target >= 0.9x]`,
  );
}
