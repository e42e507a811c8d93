import { writeFileSync } from 'node:fs';
import { AppError } from '../../shared/errors';

/**
 * Left beside a database where a query met a damaged page: its next open reads the whole file first
 * (open-tidemark.ts), whatever its size, and removes it.
 */
export const wholeCheckMarker = (dbPath: string): string => `${dbPath}.check-whole`;

/** SQLite's "database disk image is malformed" (or "file is not a database"), met by a read. */
function isDamagedPage(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

/**
 * Maps a damaged page met by a query to db_corrupt, a sentence saying what happens next, and marks the file for a
 * whole check at its next open: there a damaged file is moved aside and its newest backup offered. The open of a
 * file over WHOLE_CHECK_BYTES reads its records only at their edges, so a page between them is first met here;
 * it was "Something went wrong inside Tidemark". Anything else is left for the caller.
 */
export function asDamagedPage(err: unknown, dbPath: string): unknown {
  if (!isDamagedPage(err) || dbPath === ':memory:') return err;
  let marked = 'yes';
  try {
    writeFileSync(wholeCheckMarker(dbPath), '');
  } catch {
    // A read-only folder: the sentence names the command that checks the file instead.
    marked = 'no';
  }
  return new AppError('db_corrupt', {
    key: 'recovery.damagedPage',
    params: { path: dbPath, detail: (err as Error).message, marked },
  });
}
