// Times one import into a database that may already hold another file (imported first, untimed),
// through the path the hosts use (parser worker + writer), in its own process. Prints one JSON line.
import { rmSync } from 'node:fs';
import { migrate } from '../../src/core/db/migrate';
import { openDb } from '../../src/core/db/open';
import { sourceParseWorker } from '../../src/core/import/pipeline/parse-channel';
import { importFile } from '../../src/core/import/pipeline/run-import';

const [dbPath, base, add, mode = 'auto'] = process.argv.slice(2);
if (!dbPath || !base || !add) throw new Error('usage: append-import-child.ts DB BASE_CSV|- CSV [auto|always|never]');
for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
const db = openDb(dbPath);
migrate(db, () => {});
if (base !== '-') importFile(db, { path: base }, {}, () => {}, { parseWorker: sourceParseWorker });
const started = performance.now();
const r = importFile(db, { path: add }, {}, () => {}, {
  bulkIndexes: mode as 'auto' | 'always' | 'never',
  parseWorker: sourceParseWorker,
});
const seconds = (performance.now() - started) / 1000;
db.close();
for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
process.stdout.write(`${JSON.stringify({ seconds, rows: r.rowsImported })}\n`);
