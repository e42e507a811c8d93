// Runs in a worker thread: a batch revert, or its undo or redo, so the host's event loop stays free.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { backupDatabase } from './backups';
import { createEditHistory, type StepProgress } from './edit-history-actions';
import type { HistoryMessage, HistoryRequest } from './history-service';
import { openDb } from './open';
import { createRecordEdits } from './record-edits';
import { createRecordsRepo } from './records-repo';
import { createSummaryMaintenance } from './summary-repo';

const req = workerData as HistoryRequest;
const post = (m: HistoryMessage): void => parentPort!.postMessage(m);
let last = -1;
// At most one per whole percent (a hundred in all however large the batch), and always the last one.
// Counted by work, not by the clock: on a fast machine a ten-a-second cap let only the first and the
// last of a 45k-row revert through, so how often a person sees it move depended on the machine.
const progress: StepProgress = (p) => {
  if (p.percent < 100 && last >= 0 && p.percent - last < 1) return;
  last = p.percent;
  post({ type: 'progress', progress: p });
};

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
} catch (err) {
  post({
    type: 'error',
    error:
      err instanceof AppError
        ? { code: err.code, message: err.message }
        : { code: 'internal', message: `The step failed unexpectedly: ${(err as Error).message}` },
  });
} finally {
  db.close();
}
