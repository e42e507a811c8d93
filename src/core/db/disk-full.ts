import { statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ErrorParams } from '../../shared/error-text';
import { AppError } from '../../shared/errors';
import type { Db } from './open';

const MB = 1024 * 1024;
/** "1,234 MB", at least 1: the sizes a person frees disk space by. */
export const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / MB)).toLocaleString('en')} MB`;

/** SQLite's "database or disk is full" (a full disk, or a size cap), as opposed to any other failure. */
export function isDiskFull(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'SQLITE_FULL';
}

/** What was not saved (the catalog's `what` in db.diskFull): a step, or the import of a file. */
export type Unsaved = 'change' | 'upgrade' | 'compact' | 'restore' | { import: string };

/** What is free on the disk that holds `dir` ("1,234 MB"), or 'none' where it cannot be read: the advice stands. */
export function freeOn(dir: string): string {
  try {
    const s = statfsSync(dir);
    return mb(s.bavail * s.bsize);
  } catch {
    return 'none';
  }
}

/** What is free on the disk that holds the database, and how large the database is with its journal. */
function room(dbPath: string): ErrorParams {
  if (dbPath === ':memory:') return { room: 'none', free: 'none', size: '' };
  const free = freeOn(dirname(dbPath));
  let size = 0;
  for (const p of [dbPath, `${dbPath}-wal`]) {
    try {
      size += statSync(p).size;
    } catch {
      // A file that is not there takes no room.
    }
  }
  return { room: 'yes', free, size: mb(size) };
}

/** The typed error for a write that found the disk full: what to free, and that nothing was lost. */
export function diskFullError(dbPath: string, what: Unsaved = 'change'): AppError {
  const step = typeof what === 'string' ? { what } : { what: 'import', file: what.import };
  return new AppError('disk_full', {
    key: 'db.diskFull',
    params: { dir: dirname(dbPath), file: '', ...step, ...room(dbPath) },
  });
}

/** Maps SQLite's SQLITE_FULL to disk_full; anything else is left for the caller. */
export function asDiskFull(err: unknown, dbPath: string, what?: Unsaved): unknown {
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
    return new AppError('disk_full', {
      key: 'db.fullAfterImport',
      params: { dir: dirname(dbPath), ...room(dbPath) },
    });
  }
}
