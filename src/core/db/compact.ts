import { accessSync, constants, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { CompactReport, DatabaseSpace } from '../../shared/database-status';
import { AppError } from '../../shared/errors';
import { mb } from './disk-full';
import type { Db } from './open';

const MB = 1024 * 1024;

/**
 * When compacting is worth offering: free pages over a tenth of the file and over 32 MB. Below that a
 * database grows back into its free pages with the next imports, and the offer would be noise.
 */
export const WORTH = { share: 0.1, bytes: 32 * MB } as const;

/**
 * Seconds per MB of pages kept, measured by bench/compact-bench.ts: 1M rows upgraded from v10 keep 112
 * MB and compacted in 2.6 s (load 4) to 11.8 s (load 9) on a shared 2-core machine: the slow end, so
 * the estimate a person is given is rarely short.
 */
const SECONDS_PER_MB = 0.1;

/** Bytes free to this user on the disk that holds `dir`; tests inject a smaller disk. */
export type FreeSpace = (dir: string) => number;
export const diskFree: FreeSpace = (dir) => {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
};

const pragma = (db: Db, name: string) => db.pragma(name, { simple: true }) as number;
/** The pages VACUUM keeps: all but the free ones. */
const keptBytesOf = (db: Db) => (pragma(db, 'page_count') - pragma(db, 'freelist_count')) * pragma(db, 'page_size');

/**
 * How much compacting would give back, read from two pragmas and a stat (no page is read): the free
 * pages, and what VACUUM needs to rebuild the rest. `upgradedFrom` says the file was just migrated.
 */
export function databaseSpace(
  db: Db,
  dbPath: string,
  upgradedFrom: number | null,
  worth: { share: number; bytes: number } = WORTH,
): DatabaseSpace {
  const pageSize = pragma(db, 'page_size');
  const reclaimableBytes = pragma(db, 'freelist_count') * pageSize;
  const fileBytes = Math.max(statSync(dbPath).size, pragma(db, 'page_count') * pageSize);
  const keptBytes = keptBytesOf(db);
  return {
    fileBytes,
    reclaimableBytes,
    neededBytes: roomNeeded(dbPath, keptBytes).reduce((sum, r) => sum + r.bytes, 0),
    estimateSeconds: Math.ceil(keptBytes / MB) * SECONDS_PER_MB,
    worthIt: reclaimableBytes > worth.bytes && reclaimableBytes > fileBytes * worth.share,
    upgradedFrom,
  };
}

/**
 * Where SQLite puts VACUUM's temporary copy of the database: the first of these that is a writable
 * folder (os_unix.c's unixTempFileDir); Windows' own temp folder there. It is not the database's folder.
 */
export function sqliteTempDir(): string {
  if (process.platform === 'win32') return tmpdir();
  const env = [process.env.SQLITE_TMPDIR, process.env.TMPDIR].filter((d): d is string => !!d);
  for (const dir of [...env, '/var/tmp', '/usr/tmp', '/tmp', '.']) {
    try {
      if (!statSync(dir).isDirectory()) continue;
      accessSync(dir, constants.W_OK | constants.X_OK);
      return resolve(dir);
    } catch {
      // Not there or not writable: SQLite tries the next, and so do we.
    }
  }
  return resolve('.');
}

/**
 * VACUUM copies the kept pages twice: into a temporary database (in SQLite's temp folder), then back
 * through the journal (beside the database), which is folded in and truncated at the end. Each disk
 * must hold its share at once; one disk holding both holds twice. An eighth more for the journal's
 * frame headers and the pages VACUUM cannot pack tighter.
 */
function roomNeeded(dbPath: string, keptBytes: number): { dir: string; bytes: number }[] {
  const bytes = Math.ceil(keptBytes * 1.125) + 8 * MB;
  const home = dirname(resolve(dbPath));
  const temp = sqliteTempDir();
  let same = true;
  try {
    same = statSync(home).dev === statSync(temp).dev;
  } catch {
    // No answer: count both copies on the database's disk, the stricter case.
  }
  return same
    ? [{ dir: home, bytes: 2 * bytes }]
    : [
        { dir: home, bytes },
        { dir: temp, bytes },
      ];
}

/** Refuses, before anything is written, when a disk lacks the room VACUUM will take there. */
export function checkRoom(dbPath: string, keptBytes: number, free: FreeSpace = diskFree): void {
  for (const { dir, bytes } of roomNeeded(dbPath, keptBytes)) {
    const has = free(dir);
    if (has < bytes)
      throw new AppError(
        'disk_full',
        `Compacting needs ${mb(bytes)} free on the disk that holds ${dir} for its working copy, and only ${mb(has)} is free there. Free ${mb(bytes - has)} on that disk (delete files you no longer need, or old copies in the database's backups folder) and try again; the database was not touched.`,
      );
  }
}

/**
 * Rebuilds the database without its free pages: VACUUM, one transaction, so a failure or a kill midway
 * leaves the file as it was (the journal's uncommitted pages are ignored when it is next opened). Then
 * the journal is folded into the file, which truncates it to its new size. Runs on a connection of its
 * own (the compact worker's): other connections keep reading meanwhile; a writer waits (busy_timeout)
 * and then fails as busy, as it would behind any long write.
 */
export function compactDb(db: Db, dbPath: string, free: FreeSpace = diskFree): CompactReport {
  const started = Date.now();
  const before = databaseSpace(db, dbPath, null);
  checkRoom(dbPath, keptBytesOf(db), free);
  try {
    db.exec('VACUUM');
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY'))
      throw new AppError(
        'conflict',
        'Another change is being written to this database (an import, a revert): compact it when that has finished. Nothing was changed.',
      );
    throw err;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  const after = databaseSpace(db, dbPath, null);
  return {
    beforeBytes: before.fileBytes,
    afterBytes: after.fileBytes,
    seconds: (Date.now() - started) / 1000,
  };
}
