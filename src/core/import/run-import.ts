import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { FileReport, ImportOptions, ImportProgress } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { CsvParser, type CsvRow } from './csv-parser';
import { createDecoder, detectEncoding, SNIFF_LENGTH } from './decode';
import { detectFormat } from './formats';
import type { Format, RowOutcome } from './types';
import { BatchWriter } from './writer';

export const MAX_FILE_BYTES = 4 * 1024 ** 3;
const CHUNK = 1 << 20;

export type ImportFile = { path: string; name?: string };

/**
 * Imports one file, synchronously, as one transaction: it is either all there afterwards, with its
 * rejects and counts, or not there at all.
 */
export function importFile(db: Db, file: ImportFile, options: ImportOptions, progress: (p: ImportProgress) => void): FileReport {
  const name = file.name ?? basename(file.path);
  const fd = openFile(file.path);
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) throw new AppError('file_too_large', `${name} is ${(size / 1024 ** 3).toFixed(1)} GB; Tidemark imports files up to 4 GB. Split it and import the parts.`);
    const sha256 = hashFile(fd);
    const existing = db.prepare('SELECT id FROM import_batch WHERE sha256 = ?').pluck().get(sha256) as number | undefined;
    if (existing !== undefined) return { ...emptyReport(name, 'duplicate'), batchId: existing };

    const head = Buffer.alloc(Math.min(size, SNIFF_LENGTH));
    readSync(fd, head, 0, head.length, 0);
    const encoding = detectEncoding(head);
    const counts = { rowsRead: 0, rowsImported: 0, rowsRejected: 0, rowsSkipped: 0 };
    let formatId = '';
    const currencies = new Set<string>();

    const batchId = db.transaction(() => {
      let writer: BatchWriter | null = null;
      let map: ((cells: string[]) => RowOutcome) | null = null;
      let format: Format | null = null;
      const onRow = (row: CsvRow): void => {
        if (!format) {
          format = detectFormat(row.cells);
          formatId = format.id;
          map = format.mapper(row.cells, options);
          writer = new BatchWriter(db, { fileName: name, sha256, size, format: format.id, encoding, options: JSON.stringify(options) });
          return;
        }
        counts.rowsRead++;
        if (row.problem) {
          counts.rowsRejected++;
          writer!.reject('', row.line, row.cells, row.problem.reason, row.problem.message);
          return;
        }
        const out = map!(row.cells);
        if (out.kind === 'record') {
          counts.rowsImported++;
          currencies.add(out.record.currency);
          writer!.record(out.record, '', row.line);
        } else if (out.kind === 'reject') {
          counts.rowsRejected++;
          writer!.reject('', row.line, row.cells, out.reason, out.message);
        } else counts.rowsSkipped++;
      };

      const parser = new CsvParser(',');
      const decoder = createDecoder(encoding);
      const buf = Buffer.alloc(CHUNK);
      let pos = 0;
      let lastTick = 0;
      for (;;) {
        const n = readSync(fd, buf, 0, CHUNK, pos);
        if (n === 0) break;
        pos += n;
        let text = decoder.write(buf.subarray(0, n));
        if (pos === n && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        parser.push(text, onRow);
        const now = Date.now();
        if (now - lastTick > 100) {
          lastTick = now;
          progress({ file: name, bytesRead: pos, bytesTotal: size, rows: counts.rowsRead, percent: size ? (100 * pos) / size : 100, done: false });
        }
      }
      parser.push(decoder.end(), onRow);
      parser.end(onRow);
      if (!writer) throw new AppError('format_unknown', `${name} is empty: it has no header row.`);
      const w = writer as BatchWriter;
      w.finish({ ...counts, currency: currencies.size === 1 ? [...currencies][0]! : null });
      return w.batchId;
    })();

    progress({ file: name, bytesRead: size, bytesTotal: size, rows: counts.rowsRead, percent: 100, done: true });
    return { file: name, status: 'imported', format: formatId, encoding, batchId, ...counts, currency: currencies.size === 1 ? [...currencies][0]! : null, error: null };
  } finally {
    closeSync(fd);
  }
}

export function emptyReport(file: string, status: FileReport['status']): FileReport {
  return { file, status, format: null, encoding: null, batchId: null, rowsRead: 0, rowsImported: 0, rowsRejected: 0, rowsSkipped: 0, currency: null, error: null };
}

function openFile(path: string): number {
  try {
    const fd = openSync(path, 'r');
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      throw new AppError('file_unreadable', `${path} is not a file.`);
    }
    return fd;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('file_unreadable', `Could not read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
}

function hashFile(fd: number): string {
  const hash = createHash('sha256');
  const buf = Buffer.alloc(CHUNK);
  let pos = 0;
  for (let n = readSync(fd, buf, 0, CHUNK, pos); n > 0; n = readSync(fd, buf, 0, CHUNK, pos)) {
    hash.update(buf.subarray(0, n));
    pos += n;
  }
  return hash.digest('hex');
}
