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

/** A stored mapping's columns and the field each is read as ("value", or { field: "value", type } with a type). */
function mappedFields(options: Record<string, unknown>): [string, unknown][] | null {
  if (!options.map || typeof options.map !== 'object') return null;
  return Object.entries(options.map).map(([column, m]) => [
    column,
    m && typeof m === 'object' && 'field' in m ? m.field : m,
  ]);
}

/** What a mapped table may take from a flag or from a constant alike: --flow export reads as --map flow=export. */
const FLAG_OR_CONSTANT = ['flow', 'reporter', 'partner', 'currency'] as const;

/**
 * Options as two imports are compared: a mapped table's flags for fields it maps no column to are
 * written as its constants, as the app stores them, so the CLI's `--flow export` and the app's flow
 * constant are the same import (it was refused as "other options: constants none, now flow=export").
 */
function compared(options: Record<string, unknown>): string {
  const { replace: _replace, ...kept } = options;
  const mapped = mappedFields(kept);
  if (!mapped) return canonical(kept);
  const columns = new Set(mapped.map(([, field]) => field));
  const constants = { ...(kept.constants as Record<string, unknown> | undefined) };
  for (const field of FLAG_OR_CONSTANT) {
    if (kept[field] === undefined || columns.has(field) || constants[field] !== undefined) continue;
    constants[field] = kept[field];
    delete kept[field];
  }
  return canonical(Object.keys(constants).length ? { ...kept, constants } : kept);
}

/**
 * The cells whose figures an import reads: the columns a mapping reads as `value` and the sheets it names;
 * null where it reads whatever the file's format says (every value column, every sheet).
 */
function figuresRead(options: Record<string, unknown>): { values: Set<string> | null; sheets: Set<string> | null } {
  const values = (mappedFields(options) ?? []).filter(([, field]) => field === 'value');
  const sheets = Array.isArray(options.sheets) ? options.sheets.map((s) => String(s).trim()) : null;
  return {
    values: values.length > 0 ? new Set(values.map(([column]) => column.trim())) : null,
    sheets: sheets && new Set(sheets),
  };
}

const overlap = (a: Set<string> | null, b: Set<string> | null) => !a || !b || [...a].some((x) => b.has(x));

/**
 * Whether two imports of the same bytes read any figure in common: the same value column of the same sheet.
 * One reading 进口_当月 as imports and one reading 出口_当月 as exports share none, and both are held.
 */
function sameFigures(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const [x, y] = [figuresRead(a), figuresRead(b)];
  return overlap(x.values, y.values) && overlap(x.sheets, y.sheets);
}

/**
 * These bytes already imported: with the same options it is a duplicate (nothing to do); with other
 * options that read any of the same figures it is refused, saying how it is held and how to replace
 * it, unless `replace` asks for exactly that (every import holding those figures is reverted). With
 * the same options, `replace` reads the file again: a later Tidemark may read it otherwise (Comtrade+'s
 * HS.json, once stored as "HS", is H6 by its root). A mapping of other figures of the file (another value
 * column, another sheet) is an import of its own. A batch that was reverted holds nothing, so its file
 * imports again.
 */
export function heldFile(
  db: Db,
  sha256: string,
  options: ImportOptions,
  name: string,
): { duplicate: number } | { replace: number[] } | null {
  const batches = importedBatchesOf(db, sha256);
  const asked = compared(options);
  const same = batches.find((b) => compared(b.options) === asked);
  if (same && !options.replace) return { duplicate: same.batchId };
  const holding = batches.filter((b) => sameFigures(b.options, options));
  if (holding.length === 0) return null;
  if (options.replace) return { replace: holding.map((b) => b.batchId) };
  const held = holding[0]!;
  throw new AppError('already_imported', {
    key: 'import.alreadyImported',
    params: { file: name, batch: String(held.batchId), changes: optionChanges(held.options, options) },
  });
}

/** "flow import, now export; sheets none, now Sheet2": the options a batch was imported with against those asked now. */
function optionChanges(before: Record<string, unknown>, options: ImportOptions): string {
  const { replace: _replace, ...now } = options as Record<string, unknown>;
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
  return keys
    .filter((k) => canonical(before[k]) !== canonical(now[k]))
    .map((k) => `${k} ${text(before[k])}, now ${text(now[k])}`)
    .join('; ');
}

/**
 * For a preview: the latest batch of these bytes that an import with these options would be a duplicate
 * of or be refused by (it reads some of the same figures), as the import queue shows it, with the options
 * it was imported with (a mapping to start another column's from); null where these options read figures
 * of the file no batch holds (another value column mapped), which import. Options that map nothing read
 * every figure: the latest batch of these bytes.
 */
export function holdingBatch(db: Db, sha256: string, options: ImportOptions): HeldBatch | null {
  return importedBatchesOf(db, sha256).find((b) => sameFigures(b.options, options)) ?? null;
}

type HeldBatch = {
  batchId: number;
  fileName: string;
  importedAt: string;
  status: string;
  options: Record<string, unknown>;
};

/** The batches that imported these bytes and still hold their rows (not reverted), latest first, options parsed. */
function importedBatchesOf(db: Db, sha256: string): HeldBatch[] {
  const batches = db
    .prepare(
      `SELECT id AS batchId, file_name AS fileName, started_at AS importedAt, status, options FROM import_batch
        WHERE sha256 = ? AND status = 'imported' ORDER BY id DESC`,
    )
    .all(sha256) as (Omit<HeldBatch, 'options'> & { options: string })[];
  return batches.map((b) => ({ ...b, options: safeParse(b.options) }));
}

function safeParse(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * After an import of other figures of a file already held (another column mapped): the latest other
 * import of the same bytes some of whose figures this batch superseded, and how many. A file's column is
 * no revision of its other column, so the caller refuses the import (its transaction rolls back).
 */
export function restatedFromSameFile(db: Db, sha256: string, batchId: number): { batch: number; count: number } | null {
  const others = db
    .prepare("SELECT id FROM import_batch WHERE sha256 = ? AND status = 'imported' AND id <> ? ORDER BY id DESC")
    .pluck()
    .all(sha256, batchId) as number[];
  const superseded = db.prepare('SELECT COUNT(*) FROM trade_row WHERE batch_id = ? AND superseded_by = ?').pluck();
  for (const id of others) {
    const count = superseded.get(id, batchId) as number;
    if (count > 0) return { batch: id, count };
  }
  return null;
}
