import type { Db } from './open';

/**
 * `read`, computed again only after the database changed: a commit by another connection (an import's or
 * a revert's worker: PRAGMA data_version) or a change made on this one (total_changes()). Both are read
 * in one statement, in microseconds, so a value that takes a walk of a summary table is paid once per change.
 */
export function sinceLastChange<T>(db: Db, read: () => T): () => T {
  const version = db.prepare('SELECT (SELECT data_version FROM pragma_data_version), total_changes()').raw();
  let kept: { at: string; value: T } | null = null;
  return () => {
    const at = (version.get() as unknown[]).join(':');
    if (kept?.at !== at) kept = { at, value: read() };
    return kept.value;
  };
}
