import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { databaseFileName, type DatabaseList } from '../shared/database-names';

/** The *.sqlite files beside the current database, most recently changed first (the browser host's "recent"). */
export function listDatabases(currentPath: string): DatabaseList {
  const dir = dirname(currentPath);
  const databases = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.sqlite'))
    .map((e) => {
      const stat = statSync(join(dir, e.name));
      return { name: e.name, size: stat.size, modified: stat.mtime.toISOString(), at: stat.mtimeMs };
    })
    .sort((a, b) => b.at - a.at || a.name.localeCompare(b.name))
    .map(({ name, size, modified }) => ({ name, size, modified }));
  return { current: basename(currentPath), databases };
}

/** The path for a name the page sent, or the sentence to show when it cannot be used. */
export function resolveDatabase(currentPath: string, name: unknown, mode: 'open' | 'new'): { path: string } | { error: string } {
  const file = typeof name === 'string' ? databaseFileName(name) : null;
  if (!file) return { error: 'Name the database with letters, digits, spaces, - _ or . only (no folders).' };
  const path = join(dirname(currentPath), file);
  if (mode === 'open' && !existsSync(path)) return { error: `There is no database called ${file} in this folder.` };
  if (mode === 'new' && existsSync(path)) return { error: `A database called ${file} already exists; open it instead.` };
  return { path };
}
