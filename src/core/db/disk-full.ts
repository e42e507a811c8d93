import { statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Db } from './open';

const MB = 1024 * 1024;
/** "1,234 MB", at least 1: the sizes a person frees disk space by. */
export const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / MB)).toLocaleString('en')} MB`;

/** SQLite's "database or disk is full" (a full disk, or a size cap), as opposed to any other failure. */
export function isDiskFull(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'SQLITE_FULL';
}

/** What is free on the disk that holds the database, and how large the database is with its journal. */
function room(dbPath: string): string {
  if (dbPath === ':memory:') return '';
  const dir = dirname(dbPath);
  let free = '';
  try {
    const s = statfsSync(dir);
    free = ` Only ${mb(s.bavail * s.bsize)} is free there.`;
  } catch {
    // No figure, still the same advice.
  }
  let size = 0;
  for (const p of [dbPath, `${dbPath}-wal`]) {
    try {
      size += statSync(p).size;
    } catch {
      // A file that is not there takes no room.
    }
  }
  return `${free} The database and its journal take ${mb(size)}; a large import needs free space of about twice the file's size.`;
}

/** The typed error for a write that found the disk full: what to free, and that nothing was lost. */
export function diskFullError(dbPath: string, what = 'the change'): AppError {
  return new AppError(
    'disk_full',
    `The disk that holds ${dirname(dbPath)} is full, so ${what} was not saved; the database is intact and as it was before.${room(dbPath)} Free space on that disk (delete files you no longer need, or old copies in its backups folder) and try again.`,
  );
}

/** Maps SQLite's SQLITE_FULL to disk_full; anything else is left for the caller. */
export function asDiskFull(err: unknown, dbPath: string, what?: string): unknown {
  return isDiskFull(err) ? diskFullError(dbPath, what) : err;
}

/**
 * After a large commit, folds the journal (WAL) into the database file. When the disk has no room for
 * that, the commit still stands, but every later write would only make the journal longer and fail;
 * the returned error says so at once, while the person still knows what they just did.
 */
export function checkpointProblem(db: Db, dbPath: string): AppError | null {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    return null;
  } catch (err) {
    if (!isDiskFull(err)) throw err;
    return new AppError(
      'disk_full',
      `Imported, but the disk that holds ${dirname(dbPath)} is now full: Tidemark could not fold the import into the database file, and every further change will fail until there is room.${room(dbPath)} Free space on that disk before making more changes; what was imported is safe.`,
    );
  }
}
