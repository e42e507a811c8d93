import { readdirSync, statSync } from 'node:fs';
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
