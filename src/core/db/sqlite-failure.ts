import { asDamagedPage } from './damaged-page';
import { asDiskFull, type Unsaved } from './disk-full';

/**
 * SQLite's failures a person can act on, as the typed errors that say what to do: a full disk
 * (disk_full: `what` was not saved, what to free) and a damaged page (db_corrupt: the file is marked
 * for a whole check). Anything else is left for the caller. Every thread that writes or reads the
 * database maps its failures here, so a step says the same whichever thread ran it.
 */
export function asSqliteFailure(err: unknown, dbPath: string, what?: Unsaved): unknown {
  return asDamagedPage(asDiskFull(err, dbPath, what), dbPath);
}
