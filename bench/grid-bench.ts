// `npm run bench:grid -- N`: the grid's first pages (bench/lib/grid-pages.ts) on the database bench:scale
// imported at N rows (bench/.data/query-N.sqlite), without importing again. The grid's sort indexes
// are dropped first: the first sorts by value, period and code go through the core, which builds
// their indexes in a worker (bench/lib/grid-cold.ts); then the cold column of the table shows what
// the first use of each other index waits for. `--keep-indexes` keeps them (warm figures only). `--no-stats` removes ANALYZE's statistics, which
// bench:scale gathers and the app never does, so the planner chooses as it does in the app.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDb, useBrowsingCache } from '../src/core/db/open';
import { SORT_INDEX_PREFIX } from '../src/core/db/runtime-schema';
import { coldSorts, printColdSorts } from './lib/grid-cold';
import { gridFirstPages, printGridPages, unfilteredTotalMs } from './lib/grid-pages';

const args = process.argv.slice(2);
const ROWS = Number(args.find((a) => !a.startsWith('--')) ?? 1_000_000);
const dbPath = join(resolve(import.meta.dirname, '.data'), `query-${ROWS}.sqlite`);
if (!existsSync(dbPath)) throw new Error(`No database at ${dbPath}: run \`npm run bench:scale -- ${ROWS}\` first.`);

const db = openDb(dbPath);
const sortIndexes = () =>
  db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE ? ORDER BY name`)
    .pluck()
    .all(`${SORT_INDEX_PREFIX}%`) as string[];
if (!args.includes('--keep-indexes')) for (const name of sortIndexes()) db.exec(`DROP INDEX ${name}`);
if (args.includes('--no-stats') && db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`).get())
  db.exec('DELETE FROM sqlite_stat1');
db.close();

if (!args.includes('--keep-indexes')) {
  console.log(`== bench:grid at ${ROWS.toLocaleString('en-US')} rows: first sorts, indexes built in the background ==`);
  printColdSorts(await coldSorts(dbPath));
  console.log();
}
const grid = openDb(dbPath);
// The page cache the app's own connection has (open-tidemark.ts).
useBrowsingCache(grid);
console.log(`== bench:grid at ${ROWS.toLocaleString('en-US')} rows ==`);
printGridPages(gridFirstPages(grid), unfilteredTotalMs(grid));
const sizes = grid
  .prepare(`SELECT name, SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE ? GROUP BY name ORDER BY name`)
  .all(`${SORT_INDEX_PREFIX}%`) as { name: string; bytes: number }[];
console.log(`sort indexes now: ${sizes.map((s) => `${s.name} ${(s.bytes / 1e6).toFixed(0)} MB`).join(', ') || 'none'}`);
grid.close();
