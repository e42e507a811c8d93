import { AppError } from '../../../shared/errors';
import { createSyncInflater } from './inflate-sync';
import { formatBytes, LIMITS, type InflateBudget } from './limits';
import { STOP, type RowVerdict } from './reader-types';
import { readAt, type ZipEntry, type ZipFile } from './zip-directory';

/**
 * Compressed bytes per inflate step. A pushed chunk is inflated whole, so one step's output is
 * up to ~1032× its input (deflate's maximum ratio). Ordinary XML inflates 5–30×, and gets large
 * steps (fewer window copies); once a step inflates more than HIGH_RATIO×, steps shrink so that
 * even a bomb yields at most ~2 MB per step and memory stays flat until the budget refuses it.
 */
const IN_CHUNK = 16 * 1024;
const SMALL_CHUNK = 2 * 1024;
const HIGH_RATIO = 64;

const LOCAL_SIG = 0x04034b50;

/**
 * Streams one zip entry's inflated bytes to `onData`, reading the file with positioned reads and
 * counting every inflated byte against the budget before it is used. `onProgress` gets the file
 * offset reached, for the progress bar. `onData` returns STOP to end the stream there: no more is
 * read or inflated.
 */
export function streamEntry(
  file: ZipFile,
  entry: ZipEntry,
  budget: InflateBudget,
  onData: (chunk: Uint8Array) => RowVerdict,
  onProgress?: (fileOffset: number) => void,
): void {
  const damaged = (why: string) =>
    new AppError('format_unknown', { key: 'reader.notWorkbook', params: { file: file.name, why } });
  if (entry.flags & 1)
    throw new AppError('format_unknown', { key: 'reader.passwordProtected', params: { file: file.name } });
  const local = readAt(file, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG) throw damaged(`the entry ${entry.name} is damaged`);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const end = start + entry.compressedSize;
  if (end > file.size) throw damaged(`the entry ${entry.name} is truncated`);

  let inflated = 0;
  let consumed = 0;
  let stopped = false;
  const take = (chunk: Uint8Array) => {
    if (!chunk.length || stopped) return;
    inflated += chunk.length;
    budget.add(entry.name, inflated, consumed, chunk.length);
    if (onData(chunk) === STOP) stopped = true;
  };
  if (entry.method === 0) {
    for (let pos = start; pos < end; pos += 1 << 20) {
      const piece = readAt(file, pos, Math.min(1 << 20, end - pos));
      consumed += piece.length;
      take(piece);
      onProgress?.(pos + piece.length);
      if (stopped) return;
    }
    return;
  }
  if (entry.method !== 8)
    throw damaged(`the entry ${entry.name} uses zip compression method ${entry.method}, which Excel does not write`);
  let stepOut = 0;
  // What the reader of the bytes throws (a cell beyond Excel's limits) is its own, not a damaged entry.
  let ownError: unknown = null;
  const inflater = createSyncInflater((chunk) => {
    stepOut += chunk.length;
    try {
      take(chunk);
    } catch (err) {
      ownError = err;
      throw err;
    }
  });
  let step = SMALL_CHUNK;
  try {
    for (let pos = start; pos < end;) {
      const n = Math.min(step, end - pos);
      const piece = readAt(file, pos, n);
      if (piece.length < n) throw damaged(`the entry ${entry.name} is truncated`);
      pos += n;
      consumed += n;
      // readAt allocates afresh, which matters: fflate (the fallback) keeps a reference to unconsumed input.
      stepOut = 0;
      inflater.push(piece, pos >= end);
      step = stepOut > HIGH_RATIO * n ? SMALL_CHUNK : IN_CHUNK;
      onProgress?.(pos);
      if (stopped) return;
    }
    if (entry.compressedSize === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof AppError || (ownError !== null && err === ownError)) throw err;
    throw damaged(`the entry ${entry.name} does not inflate (${(err as Error).message})`);
  } finally {
    inflater.close();
  }
}

/** A small part (workbook.xml, rels, styles.xml) as text, refused beyond `maxBytes`. */
export function readEntryText(
  file: ZipFile,
  entry: ZipEntry,
  budget: InflateBudget,
  maxBytes: number = LIMITS.maxSmallPartBytes,
): string {
  const chunks: Uint8Array[] = [];
  let total = 0;
  streamEntry(file, entry, budget, (chunk) => {
    total += chunk.length;
    if (total > maxBytes)
      throw new AppError('file_too_large', {
        key: 'reader.partTooLarge',
        params: { file: file.name, part: entry.name, max: formatBytes(maxBytes) },
      });
    chunks.push(chunk);
  });
  return Buffer.concat(chunks).toString('utf8');
}
