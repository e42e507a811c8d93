import { openCore, type Core, type CoreOptions } from '../core';
import { datasetCacheDir } from '../dataset/cache-dir';
import { isDatasetDir, openDataset } from '../dataset/open-dataset';

/**
 * The core a host serves for `dbPath`: a database file as it is, or a Parquet dataset folder (one with
 * `_tidemark.json`) read-only through its local copy, built in this thread or process, beside the window.
 */
export async function openServedCore(options: CoreOptions & { datasetCacheDir?: string }): Promise<Core> {
  const { datasetCacheDir: cacheDir, ...rest } = options;
  if (!isDatasetDir(rest.dbPath)) return openCore(rest);
  const opened = await openDataset(rest.dbPath, cacheDir ?? datasetCacheDir());
  return openCore({ ...rest, seed: undefined, offerBackup: false, dbPath: opened.dbPath, readOnly: opened.readOnly });
}
