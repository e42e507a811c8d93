import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isDatasetDir } from '../core/dataset/open-dataset';
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
export function newDatasetInFolder(currentPath: string, name: unknown): { path: string } | { error: string } {
  const folder = typeof name === 'string' ? datasetFolderName(name) : null;
  if (!folder) return { error: 'Name the dataset folder with letters, digits, spaces, - _ or . only (no paths).' };
  return { path: join(dirname(currentPath), folder) };
}

/** The dataset folder beside the current database that the page named, or the sentence to show instead. */
export function datasetInFolder(currentPath: string, name: unknown): { path: string } | { error: string } {
  const folder = typeof name === 'string' ? datasetFolderName(name) : null;
  if (!folder) return { error: 'Name the dataset folder with letters, digits, spaces, - _ or . only (no paths).' };
  const path = join(dirname(currentPath), folder);
  if (!isDatasetDir(path))
    return { error: `${folder} is not a Parquet dataset folder (it has no _tidemark.json) beside this database.` };
  return { path };
}

/**
 * The path in the current database's folder for a name the page sent, or the sentence to show when it
 * could name something outside it. Whether that file may be opened or created is the switch's to say
 * (core/process/database-switch.ts).
 */
export function databaseInFolder(currentPath: string, name: unknown): { path: string } | { error: string } {
  const file = typeof name === 'string' ? databaseFileName(name) : null;
  if (!file) return { error: 'Name the database with letters, digits, spaces, - _ or . only (no folders).' };
  return { path: join(dirname(currentPath), file) };
}
