import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { FileReport, ImportOptions, ImportProgress } from '../../../shared/domain';
import { readNote } from '../../../shared/error-text';
import { AppError, type ErrorText } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { SummaryDelta } from '../../db/summary-delta';
import { SNIFF_LENGTH } from '../readers/decode';
import { openReader, withSheetsChecked } from '../readers/open-reader';
import type { FileReader } from '../readers/reader-types';
import { mapRows, type LoopResult } from './row-loop';
import { writeBatch, type FileStrings } from './parsed-batch';
import { CodeCollector } from './scope-collector';
import { startParser, type ParserHandle, type ParseWorkerFactory } from './parse-channel';
import { planRanges, startRangeParsers } from './parse-ranges';
import { defaultParseThreads } from './parse-threads';
import { dropIndexesForBulk, estimateRows, type IndexMode } from './bulk-indexes';
import { BatchWriter } from './writer';
import { repeatedFiguresWarning } from './repeated-figures';
import { keepBatchSource } from '../../provenance/batch-source';
import { emptyReport, reportName, type ImportFile } from './file-report';
import { heldFile, restatedFromSameFile, storedOptions } from './held-file';

export const MAX_FILE_BYTES = 4 * 1024 ** 3;
const CHUNK = 1 << 20;

export { emptyReport, type ImportFile } from './file-report';
/**
 * How the indexes are written (bulk-indexes.ts): 'auto' rebuilds them at the end when the file is larger
 * than the table, and merges the file's rows in key order when it is smaller.
 * With `parseWorker`, CSV files of at least `parseWorkerMinRows` (estimated) rows are parsed on a second thread.
 */
export type ImportTuning = {
  bulkIndexes?: IndexMode;
  parseWorker?: ParseWorkerFactory;
  parseWorkerMinRows?: number;
  /**
   * Parser threads for such a file (parse-ranges.ts): more than one cuts it into byte ranges parsed side
   * by side. Default: one (parse-threads.ts says why).
   */
  parseThreads?: number;
  /** Bytes per range where several threads parse (RANGE_BYTES); tests cut small files finely. */
  parseRangeBytes?: number;
  /** Reverts the batch that `replace` supersedes, inside the import's transaction (replace-batch.ts); without it, `replace` is refused. */
  revertBatch?: (db: Db, batchId: number) => void;
};
/** Below this, starting the parser worker (tens of ms, more when tsx compiles it) costs more than it saves. */
const PARSE_WORKER_MIN_ROWS = 50_000;
/**
 * The page cache an import runs with (import-worker.ts sets it). A file is one transaction; with a
 * small cache, the index inserts of a large file into a large table spill dirty pages to the WAL over
 * and over (the benchmark once showed 5k rows/s at 1M rows). 64 MB keeps most index pages in memory
 * while peak RSS stays near its budget.
 */
export const IMPORT_CACHE_KIB = 64 * 1024;

/**
 * Imports one file, synchronously, as one transaction: afterwards it is either all there, with its
 * rejects, warnings and counts, or not there at all.
 */
export function importFile(
  db: Db,
  file: ImportFile,
  options: ImportOptions,
  progress: (p: ImportProgress) => void,
  tuning: ImportTuning = {},
): FileReport {
  const name = reportName(file);
  const fd = openFile(file.path);
  let parser: ParserHandle | null = null;
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES)
      throw new AppError('file_too_large', {
        key: 'import.tooLarge',
        params: { file: name, size: (size / 1024 ** 3).toFixed(1) },
      });
    const head = Buffer.alloc(Math.min(size, SNIFF_LENGTH));
    readSync(fd, head, 0, head.length, 0);
    // Sniffed before the file is hashed, so a parser worker starts (about 0.3 s) while it is. A
    // reader's error waits until after the duplicate check, which answers first as it always did.
    let opened: FileReader | Error;
    try {
      opened = openReader({ fd, size, head, name }, options.encoding);
    } catch (err) {
      opened = err as Error;
    }
    // Large CSV files are parsed on a second thread while this one writes (parse-channel.ts).
    const estimated = estimateRows(size, head);
    if (
      !(opened instanceof Error) &&
      tuning.parseWorker &&
      (opened.kind === 'csv' || opened.kind === 'tsv') &&
      opened.encoding !== 'binary' &&
      estimated >= (tuning.parseWorkerMinRows ?? PARSE_WORKER_MIN_ROWS)
    ) {
      const input = {
        fd,
        size,
        fileName: name,
        encoding: opened.encoding,
        delimiter: opened.kind === 'tsv' ? '\t' : ',',
        options,
      };
      const threads = tuning.parseThreads ?? defaultParseThreads();
      const plan =
        threads > 1
          ? planRanges(fd, size, head, input.encoding, input.delimiter, name, options, tuning.parseRangeBytes)
          : null;
      parser = plan
        ? startRangeParsers(tuning.parseWorker, input, plan, threads)
        : startParser(tuning.parseWorker, input);
    }
    const sha256 = hashFile(fd);
    const held = heldFile(db, sha256, options, name);
    if (held && 'duplicate' in held) return { ...emptyReport(name, 'duplicate'), batchId: held.duplicate };
    const revert = tuning.revertBatch;
    if (held && !revert)
      throw new AppError('bad_input', {
        key: 'import.heldAsBatch',
        params: { file: name, batch: held.replace.join(', ') },
      });
    if (opened instanceof Error) throw opened;
    const reader = opened;
    const readOptions = withSheetsChecked(reader, options, name);
    let lastTick = 0;
    const started = Date.now();
    const tick = (bytesRead: number, rows: number, done: boolean) => {
      const now = Date.now();
      if (!done && now - lastTick < 100) return;
      lastTick = now;
      // Bytes, not rows, measure the way left: the row count is unknown until the end.
      const etaSeconds = done
        ? 0
        : bytesRead > 0 && now > started
          ? ((size - bytesRead) * (now - started)) / bytesRead / 1000
          : null;
      progress({
        file: name,
        bytesRead,
        bytesTotal: size,
        rows,
        percent: size ? (100 * bytesRead) / size : 100,
        etaSeconds,
        done,
      });
    };

    // Every key the writer binds is one it just created or looked up (its batch, a description id),
    // so per-row foreign-key lookups only cost time. The pragma cannot change inside a transaction.
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
    if (foreignKeys) db.pragma('foreign_keys = OFF');
    const parsed = parser;
    const write = db.transaction(() => {
      // --replace: the batches holding these figures of these bytes with other options go in the same transaction.
      if (held) for (const id of held.replace) revert!(db, id);
      const bulk = dropIndexesForBulk(db, tuning.bulkIndexes ?? 'auto', estimated);
      const writer = new BatchWriter(
        db,
        { fileName: name, sha256, size, encoding: reader.encoding, options: storedOptions(options) },
        bulk.table,
      );
      const loop = parsed
        ? writeParsed(parsed, writer, tick)
        : mapRows(reader, name, readOptions, writer, (bytes, rows) => tick(bytes, rows, false));
      writer.flush();
      // Before anything that reads the table back (nested aggregates, supersede, summaries) needs them.
      bulk.restore();
      if (!loop.formatId) throw new AppError('format_unknown', { key: 'import.noHeader', params: { file: name } });
      // Thrown inside the transaction, so the rejects written so far go too: no empty batch is left.
      if (loop.counts.rowsImported === 0 && loop.counts.rowsRejected > 0)
        throw allRowsRejected(db, writer.batchId, name, loop.counts);
      if (loop.nestedCodes) writer.markNestedAggregates();
      // A figure stated twice is added up by every sum: said, or refused where unchosen sheets repeat one table.
      const repeated = writer.repeatedFigures();
      const warnings = writer.finish(
        { ...loop.counts, format: loop.formatId, currency: oneCurrency(loop.currencies) },
        repeated
          ? [...loop.warnings, repeatedFiguresWarning(repeated, name, readOptions.sheets !== undefined)]
          : loop.warnings,
        { goods: options.goods, partners: options.partners },
      );
      // Another column of a file already held, mapped onto figures its other import holds: refused, nothing kept.
      const restated = restatedFromSameFile(db, sha256, writer.batchId);
      if (restated)
        throw new AppError('already_imported', {
          key: 'import.restatesOwnFile',
          params: { file: name, batch: String(restated.batch), count: restated.count },
        });
      bulk.end();
      keepBatchSource(db, writer.batchId, fd, size);
      return { batchId: writer.batchId, loop, warnings };
    });
    let written: ReturnType<typeof write>;
    try {
      written = write();
    } finally {
      if (foreignKeys) db.pragma('foreign_keys = ON');
    }
    const { batchId, loop, warnings } = written;

    tick(size, loop.counts.rowsRead, true);
    return {
      file: name,
      status: 'imported',
      format: loop.formatId,
      encoding: reader.encoding,
      batchId,
      ...loop.counts,
      currency: oneCurrency(loop.currencies),
      error: null,
      warnings: warnings.map((w) => ({ code: w.code, ...readNote(w.message) })),
    };
  } finally {
    parser?.close();
    closeSync(fd);
  }
}

/** A file none of whose rows could be stored: failed, with its counts and the commonest reason, and nothing kept. */
export class AllRowsRejectedError extends AppError {
  constructor(
    readonly counts: LoopResult['counts'],
    text: ErrorText,
  ) {
    super('all_rows_rejected', text);
  }
}

function allRowsRejected(db: Db, batchId: number, name: string, counts: LoopResult['counts']): AllRowsRejectedError {
  const first = db
    .prepare('SELECT message, row_number AS row FROM rejected_row WHERE batch_id = ? ORDER BY id LIMIT 1')
    .get(batchId) as { message: string; row: number };
  return new AllRowsRejectedError(counts, {
    key: 'import.allRowsRejected',
    params: {
      file: name,
      count: counts.rowsRejected,
      row: String(first.row),
      // A note (noteOf) is said in each UI's language where the error is shown, and ends its sentence itself.
      first: readNote(first.message).key ? first.message : first.message.replace(/\.?$/, '.'),
    },
  });
}

const oneCurrency = (currencies: string[]): string | null => (currencies.length === 1 ? currencies[0]! : null);

/** Writes what the parser worker sends until it ends; the batch's sums and codes are the parser's. */
function writeParsed(
  parser: ParserHandle,
  writer: BatchWriter,
  tick: (bytes: number, rows: number, done: boolean) => void,
): LoopResult {
  // One table per parser worker: a file parsed in byte ranges has one per range worker.
  const files: FileStrings[] = [];
  let bytesSeen = 0;
  for (;;) {
    const m = parser.next();
    if (m.type === 'end') {
      // Its heap is freed before the index sort and the summary need memory of their own.
      parser.close();
      const summary = new SummaryDelta();
      summary.merge(m.sums.summary);
      const codes = new CodeCollector();
      codes.merge(m.sums.codes);
      writer.useSums(summary, codes);
      return m.result;
    }
    writeBatch(m, writer, (files[m.table ?? 0] ??= { strings: [], descriptionIds: [] }));
    parser.recycle(m);
    // Progress moves when the parser has finished a chunk of the file, as on one thread: a batch cut
    // before the first chunk ends knows no byte count yet (0 would show as no progress and no ETA).
    if (m.bytesRead > bytesSeen) tick((bytesSeen = m.bytesRead), m.rowsRead, false);
  }
}

function openFile(path: string): number {
  try {
    const fd = openSync(path, 'r');
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      throw new AppError('file_unreadable', { key: 'import.notAFile', params: { path } });
    }
    return fd;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('file_unreadable', {
      key: 'import.unreadable',
      params: { path, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message },
    });
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
