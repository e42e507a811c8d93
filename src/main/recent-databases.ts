// Open Recent: the last databases opened, kept as a small JSON list in userData. No electron here, so it tests plainly.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const RECENT_LIMIT = 8;

/** `path` moved to the front, without duplicates, cut to the limit. */
export function withRecent(list: readonly string[], path: string, limit = RECENT_LIMIT): string[] {
  const full = resolve(path);
  return [full, ...list.filter((p) => p !== full)].slice(0, limit);
}

/** The saved list; a missing or damaged file is an empty list, since it only helps a person find a file again. */
export function readRecent(file: string): string[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string').slice(0, RECENT_LIMIT) : [];
  } catch {
    return [];
  }
}

export function writeRecent(file: string, list: readonly string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(list, null, 2));
}

/** Records that `path` was opened and returns the new list. */
export function rememberRecent(file: string, path: string): string[] {
  const list = withRecent(readRecent(file), path);
  writeRecent(file, list);
  return list;
}
