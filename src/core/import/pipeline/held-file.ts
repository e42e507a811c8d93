import type { ImportOptions } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';

/** Options as stored with a batch and compared with a later import's: keys sorted, `replace` (an instruction, not an option) left out. */
export function storedOptions(options: ImportOptions): string {
  const { replace: _replace, ...kept } = options;
  return canonical(kept);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * These bytes already imported: with the same options it is a duplicate (nothing to do); with
 * other options it is refused, saying how it is held and how to replace it, unless `replace` asks
 * for exactly that. A batch that was reverted holds nothing, so its file imports again.
 */
export function heldFile(
  db: Db,
  sha256: string,
  options: ImportOptions,
  name: string,
): { duplicate: number } | { replace: number } | null {
  const held = db
    .prepare("SELECT id, options FROM import_batch WHERE sha256 = ? AND status = 'imported' ORDER BY id DESC LIMIT 1")
    .get(sha256) as { id: number; options: string } | undefined;
  if (!held) return null;
  const before = safeParse(held.options);
  if (canonical(before) === storedOptions(options)) return { duplicate: held.id };
  if (options.replace) return { replace: held.id };
  const { replace: _replace, ...now } = options;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(now)])].sort();
  const text = (v: unknown): string => {
    if (v === undefined) return 'none';
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    if (Array.isArray(v)) return v.map(text).join(', ');
    if (v && typeof v === 'object')
      return Object.entries(v)
        .map(([k, x]) => `${k}=${text(x)}`)
        .join(' ');
    return canonical(v);
  };
  const changes = keys
    .filter((k) => canonical((before as Record<string, unknown>)[k]) !== canonical((now as Record<string, unknown>)[k]))
    .map(
      (k) => `${k} ${text((before as Record<string, unknown>)[k])}, now ${text((now as Record<string, unknown>)[k])}`,
    );
  throw new AppError('already_imported', {
    key: 'import.alreadyImported',
    params: { file: name, batch: String(held.id), changes: changes.join('; ') },
  });
}

function safeParse(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
