// Child process for compact.test.ts: compacts the database it is given, saying "ready" just before
// and "done" after, so the parent can kill it midway and know that it did.
import { compactDb } from './compact';
import { openDb } from './open';

const [dbPath] = process.argv.slice(2) as [string];
const db = openDb(dbPath);
process.stdout.write('ready\n');
compactDb(db, dbPath);
process.stdout.write('done\n');
db.close();
