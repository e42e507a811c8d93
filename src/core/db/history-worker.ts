// Runs in a worker thread: a batch revert, or its undo or redo, so the host's event loop stays free.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, unexpectedFailure } from '../../shared/errors';
import { backupDatabase } from './backups';
import { createEditHistory, type StepProgress } from './edit-history-actions';
import type { HistoryMessage, HistoryRequest } from './history-service';
import { openDb } from './open';
import { createRecordEdits } from './record-edits';
import { createRecordsRepo } from './records-repo';
import { asSqliteFailure } from './sqlite-failure';
import { createSummaryMaintenance } from './summary-repo';

const req = workerData as HistoryRequest;
const post = (m: HistoryMessage): void => parentPort!.postMessage(m);
// Every step goes to the host: a step is 20k rows (at most a few thousand messages for the largest
// batch), and the host's taskReporter (task-progress.ts) alone decides which ones the page sees.
const progress: StepProgress = (p) => post({ type: 'progress', progress: p });

const db = openDb(req.dbPath, { nativeBinding: req.nativeBinding });
try {
  const records = createRecordsRepo(db);
  // A revert backs the database up first, as it does in the core's own thread.
  const backup = () => void backupDatabase(db, req.dbPath, 'before-revert');
  const history = createEditHistory(db, createRecordEdits(db, records), records, createSummaryMaintenance(db), backup);
  const result =
    req.op === 'revert'
      ? history.revertBatch(req.batchId!, progress)
      : req.op === 'undo'
        ? history.undo(progress)
        : history.redo(progress);
  post({ type: 'done', result });
} catch (thrown) {
  // A full disk (the backup first, then the step's own journal) says so, as a small batch's step does in the
  // core's thread; the transaction has rolled back, so nothing changed.
  const err = asSqliteFailure(thrown, req.dbPath);
  post({
    type: 'error',
    error: err instanceof AppError ? err.info : unexpectedFailure('history.failedUnexpectedly', err),
  });
} finally {
  db.close();
}
