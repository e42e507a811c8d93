import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError, type ErrorText } from '../../shared/errors';
import { backupDatabase, listBackups, type BackupInfo } from './backups';
import { wholeCheckMarker } from './damaged-page';
import { asDiskFull } from './disk-full';
import { APPLICATION_ID, identify, type Identity } from './identity';
import { migrate, SCHEMA_VERSION } from './migrate';
import { openDb, useBrowsingCache, type Db } from './open';

/** Why a damaged database was not opened: where it went, and the newest sound backup (null if none). */
export class CorruptDatabaseError extends AppError {
  constructor(
    readonly dbPath: string,
    readonly movedTo: string | null,
    readonly backup: BackupInfo | null,
    text: ErrorText,
  ) {
    super('db_corrupt', text);
  }
}

export type TidemarkDb = { db: Db; created: boolean; from: number };

/**
 * Opens a Tidemark database for work. A file that is there is first opened read-only and checked (a
 * SQLite file, Tidemark's by its application id or schema, not from a newer version, passing
 * quick_check: whole up to `wholeCheckBytes`, and above it all but the records' pages, quickCheck);
 * only a file that passes is switched to WAL, backed up and migrated. A refused file is
 * byte for byte as it was; a damaged one is moved aside and its newest backup named, never opened over.
 */
export function openTidemarkDb(
  path: string,
  options: { nativeBinding?: string; wholeCheckBytes?: number } = {},
): TidemarkDb {
  const created =
    path === ':memory:' ||
    !existsSync(path) ||
    (statSync(path).size === 0 && !(existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0));
  // A query met a damaged page since the last open (damaged-page.ts): this open reads the whole file, once.
  const marker = wholeCheckMarker(path);
  const marked = !created && existsSync(marker);
  try {
    if (!created)
      inspect(path, options.nativeBinding, marked ? Infinity : (options.wholeCheckBytes ?? WHOLE_CHECK_BYTES));
  } finally {
    if (marked) unmark(marker);
  }
  const db = openDb(path, { nativeBinding: options.nativeBinding });
  try {
    const { from } = migrate(db, () => backupDatabase(db, path, `before-v${SCHEMA_VERSION}`));
    useBrowsingCache(db);
    return { db, created, from };
  } catch (err) {
    db.close();
    throw asDiskFull(err, path, 'upgrade');
  }
}

/**
 * A database up to this size is checked whole at every open. quick_check reads every page, about 200 MB
 * a second here: 1.0 s for 1M records (128 MB), 5.5 s for 5M (1.1 GB), which every open of the app and
 * every CLI command waited for; 50M would be about a minute.
 */
export const WHOLE_CHECK_BYTES = 64 * 1024 * 1024;

/** The records' tables (trade_record until schema 11, trade_row since): nearly all of a large file. */
const RECORD_TABLES = new Set(['trade_row', 'trade_record']);

/**
 * quick_check's verdict: 'ok', or what it found. A larger file has every table checked whole with its
 * indexes but the records', whose B-tree is walked from its root to its first and its last row: a
 * damaged root or edge fails here, as SQLITE_CORRUPT; a damaged page deeper in fails the query that
 * reads it, later. 5M records: 0.1 s instead of 5.5 s.
 */
function quickCheck(ro: Db, bytes: number, wholeCheckBytes: number): string {
  if (bytes <= wholeCheckBytes) return verdict(ro, 'quick_check');
  const tables = ro
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const name of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    if (RECORD_TABLES.has(name)) {
      // Each alone: min() and max() together are one scan of the whole table.
      ro.prepare(`SELECT min(rowid) FROM ${quoted}`).get();
      ro.prepare(`SELECT max(rowid) FROM ${quoted}`).get();
      continue;
    }
    const found = verdict(ro, `quick_check(${quoted})`);
    if (found !== 'ok') return found;
  }
  return 'ok';
}

/**
 * A check's 'ok', or its first findings: its first row alone was often "*** in database main ***", the heading
 * of the lines that say what is wrong, and that heading was all a damaged database's message quoted.
 */
function verdict(ro: Db, pragma: string): string {
  const lines = (ro.pragma(pragma) as Record<string, unknown>[]).map((row) => String(Object.values(row)[0]));
  if (lines.length === 1 && lines[0] === 'ok') return 'ok';
  const findings = lines.filter((line) => !/^\*\*\* in database \w+ \*\*\*$/.test(line));
  return (findings.length ? findings : lines).slice(0, 3).join('; ');
}

/** Removes the whole-check mark; where it cannot (a folder made read-only since), the next open reads all again. */
function unmark(marker: string): void {
  try {
    rmSync(marker, { force: true });
  } catch {
    // Left: one more whole check, nothing worse.
  }
}

/** The read-only look before anything is written. */
function inspect(path: string, nativeBinding: string | undefined, wholeCheckBytes: number): void {
  const header = readHeader(path);
  if (!header.sqlite) throw new AppError('db_unusable', { key: 'db.notSqlite', params: { path } });
  const sidecars = ['-wal', '-shm'].filter((s) => !existsSync(path + s));
  let identity: Identity | null = null;
  let problem: string | null = null;
  let ro: Db | null = null;
  try {
    ro = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    identity = identify(ro, SCHEMA_VERSION);
    if (identity.kind === 'tidemark') {
      const check = quickCheck(ro, statSync(path).size, wholeCheckBytes);
      if (check !== 'ok') problem = check;
    }
  } catch (err) {
    if (err instanceof AppError) {
      ro?.close();
      ro = null;
      removeSidecars(path, sidecars);
      throw err;
    }
    const code = (err as { code?: string }).code ?? '';
    // A damaged schema page reads as SQLITE_CORRUPT (or NOTADB); whose file it was, the header still says.
    if (!/^SQLITE_(CORRUPT|NOTADB)/.test(code) || header.appId !== APPLICATION_ID) {
      ro?.close();
      ro = null;
      removeSidecars(path, sidecars);
      throw new AppError('db_unusable', { key: 'db.unusableSqlite', params: { path, detail: (err as Error).message } });
    }
    problem = (err as Error).message;
  } finally {
    ro?.close();
  }
  if (problem !== null) {
    removeSidecars(path, sidecars);
    throw corrupt(path, problem, nativeBinding);
  }
}

/** Moves the damaged file and its -wal/-shm aside together (they belong together) and names the newest sound backup. */
function corrupt(path: string, problem: string, nativeBinding: string | undefined): CorruptDatabaseError {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedTo = `${path}.corrupt-${stamp}`;
  let moved: string | null = movedTo;
  try {
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
    renameSync(path, movedTo);
  } catch {
    moved = null;
  }
  const backup = listBackups(path).find((b) => sound(b.path, nativeBinding)) ?? null;
  const first = problem.split('\n')[0]!.slice(0, 200);
  return new CorruptDatabaseError(path, moved, backup, {
    key: 'recovery.damaged',
    params: {
      path,
      problem: first,
      moved: moved ? 'yes' : 'no',
      movedTo: moved ?? '',
      backup: backup ? 'yes' : 'no',
      takenAt: backup ? backup.takenAt.toLocaleString('en-GB') : '',
      backupPath: backup?.path ?? '',
    },
  });
}

function sound(path: string, nativeBinding: string | undefined): boolean {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      return (
        db.pragma('quick_check', { simple: true }) === 'ok' &&
        db.pragma('application_id', { simple: true }) === APPLICATION_ID
      );
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** The first 100 bytes say whether this is an SQLite file, and whose, without SQLite touching it. */
function readHeader(path: string): { sqlite: boolean; appId: number } {
  const buf = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    const n = readSync(fd, buf, 0, 100, 0);
    const sqlite = n === 100 && buf.toString('latin1', 0, 16) === 'SQLite format 3\0';
    return { sqlite, appId: sqlite ? buf.readInt32BE(68) : 0 };
  } finally {
    closeSync(fd);
  }
}

/** A read-only look at a WAL database leaves empty -wal/-shm files behind; a refused file gets none. */
function removeSidecars(path: string, created: string[]): void {
  for (const s of created) {
    try {
      if (s === '-wal' && existsSync(path + s) && statSync(path + s).size > 0) continue;
      rmSync(path + s, { force: true });
    } catch {
      // Not ours to worry about: the database itself is untouched either way.
    }
  }
}
