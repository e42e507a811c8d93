// Runs in a worker thread: reads, parses and writes files so the host's event loop stays free.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, unexpectedFailure } from '../../../shared/errors';
import { checkpointProblem } from '../../db/disk-full';
import { openDb } from '../../db/open';
import { asSqliteFailure } from '../../db/sqlite-failure';
import { emptyReport, reportName } from './file-report';
import { AllRowsRejectedError, IMPORT_CACHE_KIB, importFile, type ImportTuning } from './run-import';
import { bundledParseWorker, sourceParseWorker } from './parse-channel';
import { revertForReplace } from './replace-batch';
import type { WorkerMessage, WorkerRequest } from './import-service';

const req = workerData as WorkerRequest;
const post = (m: WorkerMessage): void => parentPort!.postMessage(m);

// Large CSV files are parsed on a second thread where the host says how to start it; otherwise on this one.
// `replace` reverts the batch it supersedes in the same transaction (replace-batch.ts).
const tuning: ImportTuning = {
  ...(req.parseWorker === 'source'
    ? { parseWorker: sourceParseWorker }
    : req.parseWorker
      ? { parseWorker: bundledParseWorker(req.parseWorker.path) }
      : {}),
  revertBatch: revertForReplace,
  ...(req.parseThreads ? { parseThreads: req.parseThreads } : {}),
};
const db = openDb(req.dbPath, { nativeBinding: req.nativeBinding });
db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
try {
  for (const file of req.files) {
    try {
      const report = importFile(db, file, req.options, (p) => post({ type: 'progress', progress: p }), tuning);
      const unfolded = report.status === 'imported' ? checkpointProblem(db, req.dbPath) : null;
      post({
        type: 'file',
        report: unfolded ? { ...report, error: unfolded.info } : report,
      });
    } catch (thrown) {
      const name = reportName(file);
      const err = asSqliteFailure(thrown, req.dbPath, { import: name });
      const error =
        err instanceof AppError ? err.info : unexpectedFailure('import.failedUnexpectedly', err, { file: name });
      // A file whose every row was rejected still says how many rows it read and rejected.
      const counts = err instanceof AllRowsRejectedError ? err.counts : {};
      post({ type: 'file', report: { ...emptyReport(name, 'failed'), ...counts, error } });
    }
  }
} finally {
  db.close();
}
