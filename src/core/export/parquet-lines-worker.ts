// Runs in a thread the export worker starts (second-reader.ts): the second reader of a Parquet export's
// rows, writing the lines of the upper half of the record ids while the export worker writes the lower.
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '../db/open';
import { writeLines, type LinesMessage, type LinesRequest } from './parquet-lines';

const req = workerData as LinesRequest;
const post = (m: LinesMessage): void => parentPort!.postMessage(m);
const rows = new Int32Array(req.rows);

try {
  const db = openDb(req.dbPath, { nativeBinding: req.nativeBinding, readonly: true });
  try {
    // The snapshot is taken by the transaction's first read, while the export holds every writer off.
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    post({ type: 'ready' });
    const n = writeLines(
      db,
      req.job,
      (added) => Atomics.add(rows, 0, added),
      () => false,
      () => new Error('never'),
    );
    db.exec('ROLLBACK');
    post({ type: 'done', rows: n });
  } finally {
    db.close();
  }
} catch (err) {
  post({ type: 'error', message: String((err as Error)?.stack ?? err) });
}
