// Runs in a worker thread: builds the grid's sort indexes (records-sort-index.ts) on a connection of
// its own, so the core's connection keeps answering while a large table is sorted for seconds.
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from './open';
import { sortIndexSql } from './runtime-schema';
import type { SortIndexMessage, SortIndexRequest } from './sort-index-service';

const req = workerData as SortIndexRequest;
const post = (m: SortIndexMessage): void => parentPort!.postMessage(m);

try {
  const db = openDb(req.dbPath, { nativeBinding: req.nativeBinding });
  try {
    // One sorter helper thread, as bulk-indexes.ts measured for the import's rebuilds.
    db.pragma('threads = 1');
    for (const column of req.columns) {
      const sql = sortIndexSql(column);
      if (sql) db.exec(sql);
    }
  } finally {
    db.close();
  }
  post({ type: 'done' });
} catch (err) {
  post({ type: 'error', message: (err as Error).message });
}
