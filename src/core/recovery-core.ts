import { constants, copyFileSync } from 'node:fs';
import type { DatabaseStatus } from '../shared/database-status';
import { AppError, type Result } from '../shared/errors';
import type { Core } from './core';
import { asDiskFull } from './db/disk-full';
import type { CorruptDatabaseError } from './db/open-tidemark';
import { EventBus } from './events';

/**
 * What a host serves when its database was found damaged: every call answers db_corrupt, except
 * databaseStatus (what happened, and the backup on offer) and restoreBackup, which copies that backup
 * into the damaged file's place and opens it; from then on the calls go to the real core.
 */
export function recoveryCore(damage: CorruptDatabaseError, reopen: () => Core): Core {
  let inner: Core | null = null;
  let off = () => {};
  const bus = new EventBus();
  const status: DatabaseStatus = {
    state: 'damaged',
    dbPath: damage.dbPath,
    movedTo: damage.movedTo,
    backup: damage.backup && { path: damage.backup.path, takenAt: damage.backup.takenAt.toISOString() },
    // The details in English (CLI, logs) and as the catalog's key and params, for the UI's language.
    message: damage.message,
    ...(damage.text && { key: damage.text.key, params: damage.text.params ?? {} }),
  };
  const refuse = (err: AppError): Result<never> => ({ ok: false, error: err.info });

  function restore(): Result<unknown> {
    if (!damage.backup) return refuse(new AppError('not_found', { key: 'recovery.noBackup' }));
    if (!damage.movedTo)
      return refuse(
        new AppError('conflict', {
          key: 'recovery.stillThere',
          params: { path: damage.dbPath, backup: damage.backup.path },
        }),
      );
    try {
      // A copy: the backup stays as it was, in case this one is needed again.
      copyFileSync(damage.backup.path, damage.dbPath, constants.COPYFILE_EXCL);
      inner = reopen();
    } catch (thrown) {
      const err = asDiskFull(thrown, damage.dbPath, 'restore');
      if (err instanceof AppError) return refuse(err);
      return refuse(
        new AppError('db_unusable', { key: 'recovery.restoreFailed', params: { detail: (err as Error).message } }),
      );
    }
    off = inner.onEvent((e) => bus.emit(e));
    return { ok: true, value: { state: 'ok' } satisfies DatabaseStatus };
  }

  return {
    dbPath: damage.dbPath,
    dispatch: async (method, input) => {
      if (inner) return inner.dispatch(method, input);
      if (method === 'databaseStatus') return { ok: true, value: status };
      if (method === 'restoreBackup') return restore();
      return refuse(damage);
    },
    onEvent: (listener) => bus.on(listener),
    takeDownload: (id) => inner?.takeDownload(id) ?? null,
    close: () => {
      off();
      inner?.close();
    },
  };
}
