import { dirname, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { freeOn } from '../db/disk-full';

/** A write that found no room: Node's ENOSPC or EDQUOT, or DuckDB's IO error saying the same in words. */
function isNoRoom(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return true;
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' && /No space left on device|Disk quota exceeded/i.test(message);
}

/**
 * Maps an export that filled the disk it writes to (`target`: the file, or the Parquet dataset's folder)
 * to disk_full: which folder, what is free there, and that nothing was saved (the export removes what it
 * had written) and the database is unchanged. It was "The export failed unexpectedly: ENOSPC …". Anything
 * else is left for the caller.
 */
export function asExportDiskFull(err: unknown, target: string): unknown {
  if (!isNoRoom(err)) return err;
  const dir = dirname(resolve(target));
  return new AppError('disk_full', { key: 'export.diskFull', params: { dir, free: freeOn(dir) } });
}
