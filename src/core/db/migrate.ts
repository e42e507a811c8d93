import type { Db } from './open';
import { APPLICATION_ID, identify } from './identity';
import { up as m0001 } from './migrations/0001-init';
import { up as m0002 } from './migrations/0002-import-provenance';
import { up as m0003 } from './migrations/0003-analysis';
import { up as m0004 } from './migrations/0004-edit-history';
import { up as m0005 } from './migrations/0005-lean-indexes';
import { up as m0006 } from './migrations/0006-batch-source';
import { up as m0007 } from './migrations/0007-rejects-and-replace';

/** Append only: a shipped migration is never edited, only followed by a new one. */
export const MIGRATIONS: ReadonlyArray<(db: Db) => void> = [m0001, m0002, m0003, m0004, m0005, m0006, m0007];
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to SCHEMA_VERSION in one transaction, after `backup` has run, and stamps it with
 * Tidemark's application id (databases from before the id get it here). A database from a newer
 * Tidemark, or another program's, is refused before anything is written.
 */
export function migrate(db: Db, backup: () => void, migrations: ReadonlyArray<(db: Db) => void> = MIGRATIONS): { from: number; to: number } {
  const SCHEMA_VERSION = migrations.length;
  const identity = identify(db, SCHEMA_VERSION);
  const from = identity.kind === 'tidemark' ? identity.version : 0;
  const stamped = identity.kind === 'tidemark' && identity.stamped;
  if (from === SCHEMA_VERSION && stamped) return { from, to: from };
  if (from > 0 && from < SCHEMA_VERSION) backup();
  db.transaction(() => {
    for (const m of migrations.slice(from)) m(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
  return { from, to: SCHEMA_VERSION };
}
