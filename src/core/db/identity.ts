import { AppError } from '../../shared/errors';
import type { Db } from './open';

/** `PRAGMA application_id` of every Tidemark database: "TdMk" in ASCII. */
export const APPLICATION_ID = 0x54644d6b;

/**
 * Tables that only a Tidemark database holds together; how a file written before the application id
 * is recognised. Its records are in trade_record, or since schema 11 in trade_row.
 */
const isTidemarkSchema = (tables: string[]) =>
  tables.includes('import_batch') && (tables.includes('trade_record') || tables.includes('trade_row'));

export type Identity = { kind: 'empty' } | { kind: 'tidemark'; version: number; stamped: boolean };

/**
 * What an open database is, read without writing anything: an empty file (ours to set up), a Tidemark
 * database (stamped with the application id, or from before it and recognised by its schema), or a
 * refusal: another program's database, or one from a newer Tidemark.
 */
export function identify(db: Db, knownVersion: number): Identity {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const ours = appId === APPLICATION_ID || (appId === 0 && version >= 1 && isTidemarkSchema(tables));
  if (!ours) {
    if (appId === 0 && version === 0 && tables.length === 0) return { kind: 'empty' };
    throw foreign(appId, tables);
  }
  if (version > knownVersion) {
    throw new AppError('db_from_future', {
      key: 'db.fromFuture',
      params: { version: String(version), known: String(knownVersion) },
    });
  }
  return { kind: 'tidemark', version, stamped: appId === APPLICATION_ID };
}

function foreign(appId: number, tables: string[]): AppError {
  const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? `, … (${tables.length} in all)` : '');
  return new AppError('db_foreign', {
    key: 'db.foreign',
    params: { count: tables.length, tables: shown, owned: appId !== 0 ? 'yes' : 'no', appId: String(appId) },
  });
}
