import type { Worker } from 'node:worker_threads';
import { openDb, type Db } from '../db/open';
import type { LinesJob, LinesMessage, LinesWorkerFactory } from './parquet-lines';

/**
 * Where a second reader can read: the database's file, and how this host starts the reader's thread;
 * `minRows`, the fewest rows worth a second thread (tests set 0; parquet-stage.ts: SECOND_READER_MIN_ROWS);
 * `cores`, the threads the machine runs at once (os.availableParallelism() unless a test says): on one, a second
 * reader would only take turns with the first, and the export reads alone.
 */
export type SecondReaderSource = {
  dbPath: string;
  nativeBinding?: string;
  start: LinesWorkerFactory;
  minRows?: number;
  cores?: number;
};

/**
 * A second reader at work: the rows it has written so far; its total once done, `tick` called every
 * POLL_MS meanwhile and a stop heeded (rejecting with `cancelled()`); `stop` ends its thread.
 */
export type SecondReader = {
  written: () => number;
  finished: (stopAsked: () => boolean, cancelled: () => Error, tick: () => void) => Promise<number>;
  stop: () => void;
};

const POLL_MS = 50;
/** How long the reader may take to start and take its snapshot, all writers held off meanwhile. */
const READY_MS = 15_000;

/**
 * Holds every writer of the database off while `snapshot` runs and a second reader takes the same
 * snapshot on its own connection, then lets them go: SQLite cannot hand a snapshot to another
 * connection, but two read transactions begun with no commit between them see the same rows.
 * `snapshot` reads on the caller's connection (inside its read transaction) and returns the job for
 * the second reader, or null for none. Resolves with the snapshot's result and the reader, or with no
 * reader where a writer holds the database now (an import committing) or the reader cannot start: the
 * caller then reads everything itself, as before.
 */
export async function withSecondReader<T>(
  db: Db,
  source: SecondReaderSource,
  snapshot: () => { result: T; job: LinesJob | null },
): Promise<{ result: T; reader: SecondReader | null }> {
  let lock: Db | null = null;
  try {
    lock = openDb(source.dbPath, { nativeBinding: source.nativeBinding });
    lock.pragma('busy_timeout = 0');
    lock.exec('BEGIN IMMEDIATE');
  } catch {
    lock?.close();
    return { result: snapshot().result, reader: null };
  }
  try {
    const { result, job } = snapshot();
    if (!job || !db.inTransaction) return { result, reader: null };
    return { result, reader: await startReader(source, job) };
  } finally {
    lock.exec('ROLLBACK');
    lock.close();
  }
}

/** Starts the reader and waits until it holds its snapshot; null if it fails before that. */
function startReader(source: SecondReaderSource, job: LinesJob): Promise<SecondReader | null> {
  const rows = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker;
  try {
    worker = source.start({ dbPath: source.dbPath, nativeBinding: source.nativeBinding, job, rows: rows.buffer });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolveReady) => {
    let finish: (rows: number) => void;
    let fail: (err: Error) => void;
    const done = new Promise<number>((res, rej) => {
      finish = res;
      fail = rej;
    });
    // A reader that fails once the caller relies on it fails the export; before, the caller reads alone.
    done.catch(() => {});
    let ready = false;
    const reader: SecondReader = {
      written: () => Atomics.load(rows, 0),
      finished: (stopAsked, cancelled, tick) =>
        new Promise((res, rej) => {
          const poll = setInterval(() => (stopAsked() ? rej(cancelled()) : tick()), POLL_MS);
          done.then(res, rej).finally(() => clearInterval(poll));
        }),
      stop: () => void worker.terminate(),
    };
    const slow = setTimeout(() => failed(`it took more than ${READY_MS} ms to start`), READY_MS);
    const failed = (message: string) => {
      clearTimeout(slow);
      if (ready) fail(new Error(`The export's second reader failed: ${message}`));
      else {
        void worker.terminate();
        resolveReady(null);
      }
    };
    worker.on('message', (m: LinesMessage) => {
      if (m.type === 'ready') {
        clearTimeout(slow);
        ready = true;
        resolveReady(reader);
      } else if (m.type === 'done') finish(m.rows);
      else failed(m.message);
    });
    worker.on('error', (err) => failed(String(err?.stack ?? err)));
    worker.on('exit', (code) => failed(`it stopped (exit code ${code})`));
  });
}
