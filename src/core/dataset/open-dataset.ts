import { resolve } from 'node:path';
import type { ReadOnly } from '../../shared/contract';
import { errorText } from '../../shared/error-text';
import { ensureDatasetCache } from './dataset-cache';
import { readDataset, type DatasetManifest } from './dataset-manifest';
import type { DatasetProgress } from './dataset-progress';

export { isDatasetDir } from './dataset-manifest';

export type OpenedDataset = {
  /** The read-only SQLite copy the core opens (dataset-cache.ts). */
  dbPath: string;
  /** The dataset folder and the sentence every refused change says (CoreOptions.readOnly). */
  readOnly: ReadOnly;
  manifest: DatasetManifest;
};

/**
 * Opens a Parquet dataset (`tidemark export --parquet DIR`) read-only: its manifest is checked, and its
 * rows are read through DuckDB into a local copy under `cacheDir` the first time (reused after). Open a
 * core on `dbPath` with `readOnly` set.
 */
export async function openDataset(dir: string, cacheDir: string, progress?: DatasetProgress): Promise<OpenedDataset> {
  const dataset = readDataset(resolve(dir));
  const dbPath = await ensureDatasetCache(dataset, cacheDir, progress);
  return {
    dbPath,
    readOnly: {
      dataset: dataset.dir,
      reason: errorText('en', 'dataset.readOnly', { dir: dataset.dir }),
    },
    manifest: dataset.manifest,
  };
}
