// Child process for crash.test.ts: imports one file into an existing database and says when it
// starts and finishes, so the parent can SIGKILL it in between.
import { openDb } from '../db/open';
import { importFile } from '../import/pipeline/run-import';

const [dbPath, csvPath] = process.argv.slice(2);
const db = openDb(dbPath!);
process.stdout.write('ready\n');
// Always in bulk mode (indexes dropped inside the transaction), so every kill tests that they come back.
importFile(db, { path: csvPath! }, {}, () => {}, { bulkIndexes: 'always' });
process.stdout.write('done\n');
db.close();
