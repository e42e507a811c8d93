import type { Db } from './open';
import { APPLICATION_ID, identify } from './identity';
import { up as m0001 } from './migrations/0001-init';
import { up as m0002 } from './migrations/0002-import-provenance';
import { up as m0003 } from './migrations/0003-analysis';
import { up as m0004 } from './migrations/0004-edit-history';
import { up as m0005 } from './migrations/0005-lean-indexes';
import { up as m0006 } from './migrations/0006-batch-source';
import { up as m0007 } from './migrations/0007-rejects-and-replace';
import { up as m0008 } from './migrations/0008-partner-areas';
import { up as m0009 } from './migrations/0009-coverage-aggregates';
import { up as m0010 } from './migrations/0010-summary-code';
import { up as m0011 } from './migrations/0011-lean-records';
import { up as m0012 } from './migrations/0012-listing-spans';
import { up as m0013 } from './migrations/0013-batch-currencies';
import { up as m0014 } from './migrations/0014-definition-classification';
import { up as m0015 } from './migrations/0015-commodity-ref-batches';
import { createSummaryMaintenance } from './summary-repo';

/** Append only: a shipped migration is never edited, only followed by a new one. */
export const MIGRATIONS: ReadonlyArray<(db: Db) => void> = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0010,
  m0011,
  m0012,
  m0013,
  m0014,
  m0015,
];

/**
 * Tables derived from the records, which a migration may ask to have filled again (it inserts their
 * name into derived_rebuild). They are filled by the current code after the last migration, so a
 * migration never runs code written for a later schema than its own.
 */
const DERIVED: Record<string, (db: Db) => void> = {
  // With summary_code, which is resolved from the same rows.
  summary_total: (db) => createSummaryMaintenance(db).rebuild(),
  // From summary_total as it stands; where summary_total is asked for as well, its rebuild (after this, by name) fills both again.
  summary_code: (db) => createSummaryMaintenance(db).fillCodes(),
};

function rebuildDerived(db: Db): void {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'derived_rebuild'").get();
  if (!table) return;
  for (const name of db.prepare('SELECT name FROM derived_rebuild ORDER BY name').pluck().all() as string[]) {
    DERIVED[name]?.(db);
    db.prepare('DELETE FROM derived_rebuild WHERE name = ?').run(name);
  }
}
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to SCHEMA_VERSION in one transaction, after `backup` has run, and stamps it with
 * Tidemark's application id (databases from before the id get it here). A database from a newer
 * Tidemark, or another program's, is refused before anything is written.
 */
export function migrate(
  db: Db,
  backup: () => void,
  migrations: ReadonlyArray<(db: Db) => void> = MIGRATIONS,
): { from: number; to: number } {
  const SCHEMA_VERSION = migrations.length;
  const identity = identify(db, SCHEMA_VERSION);
  const from = identity.kind === 'tidemark' ? identity.version : 0;
  const stamped = identity.kind === 'tidemark' && identity.stamped;
  if (from === SCHEMA_VERSION && stamped) return { from, to: from };
  if (from > 0 && from < SCHEMA_VERSION) backup();
  db.transaction(() => {
    for (const m of migrations.slice(from)) m(db);
    rebuildDerived(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
  return { from, to: SCHEMA_VERSION };
}
