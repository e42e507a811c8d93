// Runs in a worker thread: reads the rows and writes the file so the host's event loop stays free.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { openDb } from '../db/open';
import { createRecordsRepo } from '../db/records-repo';
import type { ExportMessage, ExportRequest } from './export-service';
import { writeRecordsFile } from './records-export';

const req = workerData as ExportRequest;
const post = (m: ExportMessage): void => parentPort!.postMessage(m);

const db = openDb(req.dbPath, { nativeBinding: req.nativeBinding });
try {
  const rows = await writeRecordsFile(createRecordsRepo(db), req.format, req.query, req.path, (done, total) =>
    post({ type: 'progress', done, total }),
  );
  post({ type: 'done', rows });
} catch (err) {
  post({
    type: 'error',
    error:
      err instanceof AppError
        ? { code: err.code, message: err.message }
        : { code: 'internal', message: `The export failed unexpectedly: ${(err as Error).message}` },
  });
} finally {
  db.close();
}
