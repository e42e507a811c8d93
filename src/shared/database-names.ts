/**
 * Databases a page may open or create: only by a bare file name inside the folder the host was started
 * with, never by a path (the browser host's /api/databases, host-routes.ts). Shared so the page can say what is wrong before asking.
 */
/** `dataset`: a Parquet dataset folder (tidemark export --parquet), which opens read-only. */
export type DatabaseEntry = { name: string; size: number; modified: string; kind: 'database' | 'dataset' };
export type DatabaseList = { current: string; databases: DatabaseEntry[] };

const NAME = /^[A-Za-z0-9 _.-]{1,100}$/;

/** A dataset folder's bare name as the page sent it, or null when it could name something outside the folder. */
export function datasetFolderName(typed: string): string | null {
  const name = typed.trim();
  return NAME.test(name) && !name.startsWith('.') && !name.includes('..') ? name : null;
}

/** The file name for what a person typed, or null when it could name something outside the folder. */
export function databaseFileName(typed: string): string | null {
  const name = typed.trim();
  if (!NAME.test(name) || name.startsWith('.') || name.includes('..')) return null;
  return name.toLowerCase().endsWith('.sqlite') ? name : `${name}.sqlite`;
}
