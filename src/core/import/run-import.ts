import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { FileReport, ImportOptions, ImportProgress } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { SNIFF_LENGTH } from './decode';
import { detectFormat } from './formats';
import { openReader, type SourceRow } from './readers';
import type { FormatContext, RowMapper } from './types';
import { dropIndexesForBulk, estimateRows } from './bulk-indexes';
import { BatchWriter } from './writer';
import { keepBatchSource } from './batch-source';

export const MAX_FILE_BYTES = 4 * 1024 ** 3;
const CHUNK = 1 << 20;

export type ImportFile = { path: string; name?: string };
/** How the indexes are written: 'auto' rebuilds them at the end when the file is larger than the table. */
export type ImportTuning = { bulkIndexes?: 'auto' | 'always' | 'never' };

/**
 * Imports one file, synchronously, as one transaction: afterwards it is either all there, with its
 * rejects, warnings and counts, or not there at all.
 */
export function importFile(db: Db, file: ImportFile, options: ImportOptions, progress: (p: ImportProgress) => void, tuning: ImportTuning = {}): FileReport {
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
    const reader = openReader({ fd, size, head, name }, options.encoding);
    const counts = { rowsRead: 0, rowsImported: 0, rowsRejected: 0, rowsSkipped: 0 };
    const currencies = new Set<string>();
    const warnings: { code: string; message: string }[] = [];
    const ctx: FormatContext = { fileName: name, options, warn: (code, message) => warnings.push({ code, message }) };
    let formatId = '';
    let lastTick = 0;
    const started = Date.now();
    const tick = (bytesRead: number, done: boolean) => {
      const now = Date.now();
      if (!done && now - lastTick < 100) return;
      lastTick = now;
      // Bytes, not rows, measure the way left: the row count is unknown until the end.
      const etaSeconds = done ? 0 : bytesRead > 0 && now > started ? ((size - bytesRead) * (now - started)) / bytesRead / 1000 : null;
      progress({ file: name, bytesRead, bytesTotal: size, rows: counts.rowsRead, percent: size ? (100 * bytesRead) / size : 100, etaSeconds, done });
    };

    // Every key the writer binds is one it just created or looked up (its batch, a description id),
    // so per-row foreign-key lookups only cost time. The pragma cannot change inside a transaction.
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
    if (foreignKeys) db.pragma('foreign_keys = OFF');
    const write = db.transaction(() => {
      const writer = new BatchWriter(db, { fileName: name, sha256, size, encoding: reader.encoding, options: JSON.stringify(options) });
      const bulk = dropIndexesForBulk(db, tuning.bulkIndexes ?? 'auto', estimateRows(size, head));
      // Each sheet (a CSV is one) starts with its own header row.
      let sheet: string | null = null;
      let mapper: RowMapper | null = null;
      let nestedCodes = false;
      const endSheet = () => mapper?.end?.(counts.rowsRead);
      reader.read((row: SourceRow) => {
        if (row.sheet !== sheet || !mapper) {
          if (row.sheet !== sheet) endSheet();
          sheet = row.sheet;
          if (row.cells.every((c) => c.trim() === '')) return;
          const format = detectFormat(row.cells, options);
          formatId ||= format.id;
          mapper = format.mapper(row.cells, ctx);
          nestedCodes ||= mapper.nestedCodes === true;
          return;
        }
        counts.rowsRead++;
        if (row.problem) {
          counts.rowsRejected++;
          writer.reject(row.sheet, row.line, row.cells, row.problem.reason, row.problem.message);
          return;
        }
        const out = mapper.map(row.cells);
        if (out.kind === 'record') {
          counts.rowsImported++;
          currencies.add(out.record.currency);
          writer.record(out.record, row.sheet, row.line);
        } else if (out.kind === 'reference') {
          counts.rowsImported++;
          writer.reference(out.ref);
        } else if (out.kind === 'reject') {
          counts.rowsRejected++;
          writer.reject(row.sheet, row.line, row.cells, out.reason, out.message);
        } else counts.rowsSkipped++;
      }, (bytes) => tick(bytes, false));
      endSheet();
      // Before anything that reads the table back (nested aggregates, supersede, summaries) needs them.
      bulk.restore();
      if (!formatId) throw new AppError('format_unknown', `${name} is empty: it has no header row.`);
      if (nestedCodes) writer.markNestedAggregates();
      writer.finish({ ...counts, format: formatId, currency: currencies.size === 1 ? [...currencies][0]! : null }, warnings);
      bulk.end();
      keepBatchSource(db, writer.batchId, fd, size);
      return writer.batchId;
    });
    let batchId: number;
    try {
      batchId = write();
    } finally {
      if (foreignKeys) db.pragma('foreign_keys = ON');
    }

    tick(size, true);
    return { file: name, status: 'imported', format: formatId, encoding: reader.encoding, batchId, ...counts, currency: currencies.size === 1 ? [...currencies][0]! : null, error: null };
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
