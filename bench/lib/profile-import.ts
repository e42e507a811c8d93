// Times one in-process import (no import worker) so a CPU profile shows the hot path:
// `node --cpu-prof --import tsx bench/lib/profile-import.ts CSV [auto|always|never]`.
// PARSE_WORKER=1 parses in the parser worker as the hosts do (--cpu-prof then writes one profile per thread).
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/core/db/migrate';
import { openDb } from '../../src/core/db/open';
import { sourceParseWorker } from '../../src/core/import/pipeline/parse-channel';
import { importFile } from '../../src/core/import/pipeline/run-import';

const [csv, mode = 'auto'] = process.argv.slice(2);
if (!csv) throw new Error('usage: profile-import.ts CSV [auto|always|never]');
const dbPath = join(tmpdir(), `tidemark-profile-${process.pid}.sqlite`);
const db = openDb(dbPath);
migrate(db, () => {});
db.pragma(`cache_size = -${process.env.CACHE_KIB ?? 65536}`);
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
console.log(`before: rss ${mb(process.memoryUsage().rss)}`);
const t0 = performance.now();
const parseWorker = process.env.PARSE_WORKER === '1' ? sourceParseWorker : undefined;
const r = importFile(db, { path: csv }, {}, () => {}, {
  bulkIndexes: mode as 'auto' | 'always' | 'never',
  parseWorker,
});
const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN);
console.log(
  `${mode}: ${r.rowsImported} rows in ${((performance.now() - t0) / 1000).toFixed(2)} s, peak RSS ${(hwmKb / 1024).toFixed(0)} MB`,
);
const m = process.memoryUsage();
console.log(
  `after: rss ${mb(m.rss)} heapTotal ${mb(m.heapTotal)} heapUsed ${mb(m.heapUsed)} external ${mb(m.external)}`,
);
db.close();
for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
