// Runs in a worker thread started by the importing thread: reads, decodes and maps one CSV file and
// posts the mapped rows in batches, so parsing runs on a second core while the writer inserts.
// It imports text-reader.ts, not readers.ts: the spreadsheet libraries would cost this thread memory.
import { workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { BatchEncoder } from './parsed-batch';
import type { SourceRow } from '../readers/reader-types';
import { readText } from '../readers/text-reader';
import { readTextRange, type RangeEnd } from '../readers/text-range-reader';
import { mapRows } from './row-loop';
import { parserSide, type ParseRequest, type RangeJob } from './parse-channel';

const req = workerData as ParseRequest;
const channel = parserSide(req);
try {
  const file = { fd: req.fd, size: req.size, head: Buffer.alloc(0), name: req.fileName };
  const reader = {
    read: (onRow: (r: SourceRow) => void, onBytes: (n: number) => void) =>
      readText(file, req.encoding, req.delimiter, onRow, onBytes),
    readTransient: (onRow: (r: SourceRow) => void, onBytes: (n: number) => void) =>
      readText(file, req.encoding, req.delimiter, onRow, onBytes, true),
  };
  const encoder = new BatchEncoder(
    (batch) => channel.post(batch, [batch.nums.buffer as ArrayBuffer]),
    undefined,
    () => channel.spare(),
  );
  if (req.ranges) parseRanges(req.ranges, file, encoder);
  else {
    const result = mapRows(reader, req.fileName, req.options, encoder, (bytes, rows) => encoder.progress(bytes, rows));
    encoder.flush();
    channel.post({ type: 'end', result, sums: encoder.takeSums() });
  }
} catch (err) {
  // Same codes as on one thread: the writer's thread rethrows this as the AppError it was.
  const error =
    err instanceof AppError
      ? { info: err.info, message: err.message }
      : { info: null, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  channel.post({ type: 'error', ...error });
}

/**
 * This worker's byte ranges, in order, each with its own parser and mapper; one encoder throughout, so
 * the file's string table is sent once per worker. Each range's batches end with its range-end.
 */
function parseRanges(
  job: RangeJob,
  file: { fd: number; size: number; head: Buffer; name: string },
  encoder: BatchEncoder,
) {
  for (let r = job.worker; r < job.splits.length - 1; r += job.workers) {
    let ended: RangeEnd = { end: file.size, newlines: 0 };
    encoder.progress(job.splits[r]!, 0);
    const read = (onRow: (r: SourceRow) => void, onBytes: (n: number) => void) => {
      ended = readTextRange(file, req.encoding, req.delimiter, job.splits[r]!, job.splits, onRow, onBytes);
    };
    // The range's rows are the parser's reused views: mapRows reads them through readTransient.
    const result = mapRows(
      { read, readTransient: read },
      req.fileName,
      req.options,
      encoder,
      (bytes, rows) => encoder.progress(bytes, rows),
      { range: { header: r === 0 ? null : job.header } },
    );
    encoder.flush();
    const sums = encoder.takeSums();
    channel.post({ type: 'range-end', range: r, end: ended.end, newlines: ended.newlines, result, sums });
  }
}
