// Runs in a worker thread started by the importing thread: reads, decodes and maps one CSV file and
// posts the mapped rows in batches, so parsing runs on a second core while the writer inserts.
// It imports text-reader.ts, not readers.ts: the spreadsheet libraries would cost this thread memory.
import { workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { SummaryDelta } from '../db/summary-repo';
import { BatchEncoder } from './parsed-batch';
import type { SourceRow } from './readers';
import { readText } from './text-reader';
import { mapRows, type RowSink } from './row-loop';
import { parserSide, type ParseRequest } from './parse-channel';

const req = workerData as ParseRequest;
const channel = parserSide(req);
try {
  const file = { fd: req.fd, size: req.size, head: Buffer.alloc(0), name: req.fileName };
  const reader = { read: (onRow: (r: SourceRow) => void, onBytes: (n: number) => void) => readText(file, req.encoding, req.delimiter, onRow, onBytes) };
  const encoder = new BatchEncoder((batch) => channel.post(batch, [batch.nums.buffer as ArrayBuffer]));
  // The summary is summed here too, from the same records, so the writer's thread does not have to.
  const summary = new SummaryDelta();
  const sink: RowSink = {
    record: (r, sheet, line) => {
      encoder.record(r, sheet, line);
      summary.add(r.reporter, r.partner, r.flow, r.freq, r.period, r.currency, r.periodMonths ?? 1, r.isAggregate === true, r.value, r.valueExp);
    },
    reference: (ref) => encoder.reference(ref),
    reject: (sheet, line, raw, reason, message) => encoder.reject(sheet, line, raw, reason, message),
  };
  const result = mapRows(reader, req.fileName, req.options, sink, (bytes, rows) => encoder.progress(bytes, rows));
  encoder.flush();
  channel.post({ type: 'end', result, summary: summary.usable() ? summary.rows() : null });
} catch (err) {
  // Same codes as on one thread: the writer's thread rethrows this as the AppError it was.
  const error = err instanceof AppError ? { code: err.code, message: err.message } : { code: null, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  channel.post({ type: 'error', ...error });
}
