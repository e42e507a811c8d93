// Runs in a worker thread: reads the rows and writes the file so the host's event loop stays free.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, unexpectedFailure } from '../../shared/errors';
import { asDamagedPage } from '../db/damaged-page';
import { openDb } from '../db/open';
import { createRecordsRepo } from '../db/records-repo';
import { asExportDiskFull } from './export-disk-full';
import type { ExportMessage, ExportRequest } from './export-service';
import { bundledLinesWorker, sourceLinesWorker } from './parquet-lines';
import { recordExtras } from './record-extras';
import { writeRecordsFile } from './records-export';

const req = workerData as ExportRequest;
const post = (m: ExportMessage): void => parentPort!.postMessage(m);

const db = openDb(req.dbPath, { nativeBinding: req.nativeBinding });
try {
  const progress = (done: number, total: number) => post({ type: 'progress', done, total });
  if (req.format === 'parquet') {
    const { exportParquet } = await import('./parquet-export');
    // One read transaction on this worker's own connection: every range read and the manifest see the
    // same committed state, whatever the app writes meanwhile.
    db.exec('BEGIN');
    try {
      const stop = new Int32Array(req.stop);
      const start =
        req.linesWorker === 'source' ? sourceLinesWorker : req.linesWorker && bundledLinesWorker(req.linesWorker.path);
      const second = start ? { dbPath: req.dbPath, nativeBinding: req.nativeBinding, start } : undefined;
      const stopAsked = () => Atomics.load(stop, 0) === 1;
      const parquet = await exportParquet(db, req.path, progress, req.staging, stopAsked, second);
      post({ type: 'done', rows: parquet.rows, parquet });
    } finally {
      db.exec('ROLLBACK');
    }
  } else {
    post({
      type: 'done',
      rows: await writeRecordsFile(createRecordsRepo(db), req.format, req.query, req.path, progress, recordExtras(db)),
    });
  }
} catch (thrown) {
  // Its disk is the export's folder, not the database's: a full one is said as the export's (export-disk-full.ts).
  const err = asDamagedPage(asExportDiskFull(thrown, req.path), req.dbPath);
  post({
    type: 'error',
    error: err instanceof AppError ? err.info : unexpectedFailure('export.failedUnexpectedly', err),
  });
} finally {
  db.close();
}
