import { basename } from 'node:path';
import type { AppEvent } from '../../shared/contract';
import { openCore, type Core, type CoreOptions } from '../core';
import { datasetCacheDir } from '../dataset/cache-dir';
import { datasetPercent, type DatasetProgress } from '../dataset/dataset-progress';
import { isDatasetDir, openDataset } from '../dataset/open-dataset';
import { taskReporter } from '../task-progress';

/**
 * The core a host serves for `dbPath`: a database file as it is, or a Parquet dataset folder (one with
 * `_tidemark.json`) read-only through its local copy, built in this thread or process, beside the window.
 * A first open of a dataset reports each step through `emit`, as the page's task bar shows a revert.
 */
export async function openServedCore(
  options: CoreOptions & { datasetCacheDir?: string; emit?: (event: AppEvent) => void },
): Promise<Core> {
  const { datasetCacheDir: cacheDir, emit, ...rest } = options;
  if (!isDatasetDir(rest.dbPath)) return openCore(rest);
  const report = emit && taskReporter('dataset', (payload) => emit({ name: 'taskProgress', payload }));
  const label = basename(rest.dbPath);
  const built = { said: false, done: 0, total: 0 };
  const progress: DatasetProgress | undefined =
    report &&
    (({ step, done, total }) => {
      Object.assign(built, { said: true, done, total });
      report({ label, done, total, step, percent: datasetPercent(step, done, total) });
    });
  const opened = await openDataset(rest.dbPath, cacheDir ?? datasetCacheDir(), progress);
  // A copy built now ends its bar; a copy reused said nothing and needs no end.
  if (report && built.said) report({ label, done: built.done, total: built.total, step: 'statistics', percent: 100 });
  return openCore({ ...rest, seed: undefined, offerBackup: false, dbPath: opened.dbPath, readOnly: opened.readOnly });
}
