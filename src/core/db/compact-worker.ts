// Runs in a worker thread: compacts the database (compact.ts) so the host's event loop stays free.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, unexpectedFailure } from '../../shared/errors';
import { compactDb } from './compact';
import type { CompactMessage, CompactRequest } from './compact-service';
import { openDb } from './open';
import { asSqliteFailure } from './sqlite-failure';

const req = workerData as CompactRequest;
const post = (m: CompactMessage): void => parentPort!.postMessage(m);

try {
  const db = openDb(req.dbPath, { nativeBinding: req.nativeBinding });
  try {
    post({ type: 'done', report: compactDb(db, req.dbPath) });
  } finally {
    db.close();
  }
} catch (thrown) {
  const err = asSqliteFailure(thrown, req.dbPath, 'compact');
  post({
    type: 'error',
    error: err instanceof AppError ? err.info : unexpectedFailure('compact.failedUnexpectedly', err),
  });
}
