// Child process for crash.test.ts: imports one file into an existing database and says when it
// starts and finishes, so the parent can SIGKILL it in between.
import { openDb } from '../db/open';
import type { IndexMode } from '../import/pipeline/bulk-indexes';
import { sourceParseWorker } from '../import/pipeline/parse-channel';
import { importFile } from '../import/pipeline/run-import';

// `threads` (optional): parse on that many worker threads, in byte ranges of 64 KiB where more than one.
const [dbPath, csvPath, mode = 'always', threads] = process.argv.slice(2);
const db = openDb(dbPath!);
process.stdout.write('ready\n');
// Always in a bulk mode, so every kill tests that what it changes comes back: 'always' drops the
// indexes inside the transaction, 'merge' stages the rows in a temp table and inserts them at the end.
const parsing = threads
  ? { parseWorker: sourceParseWorker, parseWorkerMinRows: 0, parseThreads: Number(threads), parseRangeBytes: 1 << 16 }
  : {};
importFile(db, { path: csvPath! }, {}, () => {}, { bulkIndexes: mode as IndexMode, ...parsing });
process.stdout.write('done\n');
db.close();
