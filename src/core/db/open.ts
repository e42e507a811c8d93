import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';

export type Db = Database.Database;

export type OpenOptions = {
  /** Path to an ABI-specific better_sqlite3.node (Electron); the default build otherwise. */
  nativeBinding?: string;
  readonly?: boolean;
};

/**
 * Opens a database with the settings Tidemark relies on, then reads each back: a pragma that
 * silently did not take (an old SQLite, a read-only medium) is a bug we want to see at once.
 */
export function openDb(path: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false });
  } catch (err) {
    throw new AppError('db_unusable', { key: 'db.cannotOpen', params: { path, detail: (err as Error).message } });
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (path !== ':memory:' && !options.readonly) db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('trusted_schema = OFF');
    expectPragma(db, 'journal_mode', path === ':memory:' ? 'memory' : options.readonly ? null : 'wal');
    expectPragma(db, 'synchronous', 1);
    expectPragma(db, 'foreign_keys', 1);
    expectPragma(db, 'trusted_schema', 0);
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    throw new AppError('db_unusable', { key: 'db.unusable', params: { path, detail: (err as Error).message } });
  }
  return db;
}

/**
 * The page cache of the connection a person browses through (the core's, not the import's or an
 * export's): 64 MB keeps the inner pages of the table and the grid's indexes, so a row fetched by id
 * costs about one page read, where SQLite's default 2 MB re-reads them. 5M rows: a grid page that
 * fetches rows in another index's order 2-4x faster (bench:grid). Grows only as pages are read.
 */
export const BROWSING_CACHE_KIB = 64 * 1024;

export function useBrowsingCache(db: Db): void {
  db.pragma(`cache_size = -${BROWSING_CACHE_KIB}`);
}

function expectPragma(db: Db, name: string, want: string | number | null): void {
  if (want === null) return;
  const got = db.pragma(name, { simple: true });
  if (got !== want)
    throw new AppError('db_unusable', `SQLite refused PRAGMA ${name} = ${want} (it is ${String(got)}).`);
}
