// Times one import into a copy of a database that may already hold another file, through the path
// the hosts use (parser worker + writer, the import worker's page cache), in its own process.
// Prints one JSON line: wall seconds, and CPU seconds of the whole process (writer and parser).
import { copyFileSync, rmSync } from 'node:fs';
import { migrate } from '../../src/core/db/migrate';
import { openDb } from '../../src/core/db/open';
import type { IndexMode } from '../../src/core/import/pipeline/bulk-indexes';
import { sourceParseWorker } from '../../src/core/import/pipeline/parse-channel';
import { IMPORT_CACHE_KIB, importFile } from '../../src/core/import/pipeline/run-import';

const [dbPath, baseDb, add, mode = 'auto'] = process.argv.slice(2);
if (!dbPath || !baseDb || !add)
  throw new Error('usage: append-import-child.ts DB BASE_DB|- CSV [auto|always|merge|never]');
for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
if (baseDb !== '-') copyFileSync(baseDb, dbPath);
const db = openDb(dbPath);
migrate(db, () => {});
db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
const started = performance.now();
const cpu = process.cpuUsage();
const r = importFile(db, { path: add }, {}, () => {}, {
  bulkIndexes: mode as IndexMode,
  parseWorker: sourceParseWorker,
});
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
db.close();
for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
process.stdout.write(
  `${JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, rows: r.rowsImported })}\n`,
);
