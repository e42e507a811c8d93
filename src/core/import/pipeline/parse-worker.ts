// Runs in a worker thread started by the importing thread: reads, decodes and maps one CSV file and
// posts the mapped rows in batches, so parsing runs on a second core while the writer inserts.
// It imports text-reader.ts, not readers.ts: the spreadsheet libraries would cost this thread memory.
import { workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { BatchEncoder } from './parsed-batch';
import type { SourceRow } from '../readers/reader-types';
import { readText } from '../readers/text-reader';
import { mapRows } from './row-loop';
import { parserSide, type ParseRequest } from './parse-channel';

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
  const encoder = new BatchEncoder((batch) => channel.post(batch, [batch.nums.buffer as ArrayBuffer]));
  const result = mapRows(reader, req.fileName, req.options, encoder, (bytes, rows) => encoder.progress(bytes, rows));
  encoder.flush();
  channel.post({ type: 'end', result });
} catch (err) {
  // Same codes as on one thread: the writer's thread rethrows this as the AppError it was.
  const error =
    err instanceof AppError
      ? { code: err.code, message: err.message }
      : { code: null, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  channel.post({ type: 'error', ...error });
}
