import { gunzipSync, gzipSync } from 'node:zlib';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../db/open';
import { SNIFF_LENGTH, type Encoding } from '../import/readers/decode';
import { openReader } from '../import/readers/open-reader';
import { STOP } from '../import/readers/reader-types';

/**
 * Above this a file's bytes are not kept: the copy would be read into memory whole, at import and
 * again on every look-up. Customs downloads are far smaller; bulk dumps are not worth the space.
 */
export const MAX_KEPT_BYTES = 64 * 1024 ** 2;
/** Level 1: the import must stay fast; the space saved by higher levels is a few percent on CSV. */
const GZIP_LEVEL = 1;

/** Stores the file, read once more from its open descriptor, compressed, inside the import's transaction. */
export function keepBatchSource(db: Db, batchId: number, fd: number, size: number): boolean {
  if (size > MAX_KEPT_BYTES) return false;
  const bytes = Buffer.alloc(size);
  for (let pos = 0; pos < size;) {
    const n = readSync(fd, bytes, pos, size - pos, pos);
    if (n === 0) break;
    pos += n;
  }
  const compressed = gzipSync(bytes, { level: GZIP_LEVEL });
  db.prepare("INSERT INTO batch_source (batch_id, compressed, method) VALUES (?, ?, 'gzip')").run(batchId, compressed);
  return true;
}

export type SourceRowLookup =
  { kind: 'found'; header: string[] | null; cells: string[] } | { kind: 'not_kept' } | { kind: 'not_found' };

/**
 * The record's row re-read from the kept file by the same reader the import used, so the cells are
 * exactly what the importer saw. The reader works on a descriptor, hence the temporary file.
 */
export function readBatchSourceRow(
  db: Db,
  batchId: number,
  name: string,
  encoding: string,
  sheet: string,
  line: number,
): SourceRowLookup {
  const kept = db.prepare('SELECT compressed, method FROM batch_source WHERE batch_id = ?').get(batchId) as
    { compressed: Buffer; method: string } | undefined;
  if (!kept || kept.method !== 'gzip') return { kind: 'not_kept' };
  const bytes = gunzipSync(kept.compressed);
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-source-'));
  try {
    const path = join(dir, 'source');
    writeFileSync(path, bytes);
    const fd = openSync(path, 'r');
    try {
      const head = bytes.subarray(0, Math.min(bytes.length, SNIFF_LENGTH));
      const override = encoding === 'binary' ? undefined : (encoding as Encoding);
      const reader = openReader({ fd, size: bytes.length, head, name }, override);
      // As the import does: a sheet's first non-blank row is its header.
      const seen: { sheet: string | null; header: string[] | null; cells: string[] | null } = {
        sheet: null,
        header: null,
        cells: null,
      };
      reader.read(
        (row) => {
          if (row.sheet !== seen.sheet && row.cells.some((c) => c.trim() !== '')) {
            seen.sheet = row.sheet;
            seen.header = row.cells;
          }
          if (row.sheet === sheet && row.line === line) {
            seen.cells = row.cells;
            return STOP;
          }
        },
        () => {},
      );
      if (!seen.cells) return { kind: 'not_found' };
      return { kind: 'found', header: seen.sheet === sheet ? seen.header : null, cells: seen.cells };
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
