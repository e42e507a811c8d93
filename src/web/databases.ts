import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isDatasetDir } from '../core/dataset/open-dataset';
import { AppError } from '../shared/errors';
import { databaseFileName, datasetFolderName, type DatabaseEntry, type DatabaseList } from '../shared/database-names';

/**
 * The *.sqlite files and Parquet dataset folders beside the current database, most recently changed
 * first (the browser host's "recent").
 */
export function listDatabases(currentPath: string): DatabaseList {
  const dir = dirname(currentPath);
  const databases = readdirSync(dir, { withFileTypes: true })
    .flatMap((e): { name: string; kind: DatabaseEntry['kind'] }[] => {
      if (e.isFile() && e.name.toLowerCase().endsWith('.sqlite')) return [{ name: e.name, kind: 'database' }];
      if (e.isDirectory() && isDatasetDir(join(dir, e.name))) return [{ name: e.name, kind: 'dataset' }];
      return [];
    })
    .map(({ name, kind }) => {
      const stat = statSync(join(dir, name));
      return { name, kind, size: stat.size, modified: stat.mtime.toISOString(), at: stat.mtimeMs };
    })
    .sort((a, b) => b.at - a.at || a.name.localeCompare(b.name))
    .map(({ at: _at, ...entry }) => entry);
  return { current: basename(currentPath), databases };
}

/** Where a Parquet export the page named goes: a new folder beside the current database, or why not. */
export function newDatasetInFolder(currentPath: string, name: unknown): { path: string } | { error: AppError } {
  const folder = typeof name === 'string' ? datasetFolderName(name) : null;
  if (!folder) return { error: new AppError('bad_input', { key: 'host.datasetName' }) };
  return { path: join(dirname(currentPath), folder) };
}

/** The dataset folder beside the current database that the page named, or the sentence to show instead. */
export function datasetInFolder(currentPath: string, name: unknown): { path: string } | { error: AppError } {
  const folder = typeof name === 'string' ? datasetFolderName(name) : null;
  if (!folder) return { error: new AppError('bad_input', { key: 'host.datasetName' }) };
  const path = join(dirname(currentPath), folder);
  if (!isDatasetDir(path)) return { error: new AppError('bad_input', { key: 'host.notDataset', params: { folder } }) };
  return { path };
}

/**
 * The path in the current database's folder for a name the page sent, or the sentence to show when it
 * could name something outside it. Whether that file may be opened or created is the switch's to say
 * (core/process/database-switch.ts).
 */
export function databaseInFolder(currentPath: string, name: unknown): { path: string } | { error: AppError } {
  const file = typeof name === 'string' ? databaseFileName(name) : null;
  if (!file) return { error: new AppError('bad_input', { key: 'host.databaseName' }) };
  return { path: join(dirname(currentPath), file) };
}
