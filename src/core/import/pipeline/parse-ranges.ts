import { readSync } from 'node:fs';
import type { ImportOptions } from '../../../shared/domain';
import type { StoredNote } from '../../../shared/error-text';
import { CsvParser } from '../readers/csv-parser';
import { createDecoder, type Encoding } from '../readers/decode';
import { STOP } from '../readers/reader-types';
import {
  openParserChannel,
  type ParseInput,
  type ParserChannel,
  type ParserHandle,
  type ParseWorkerFactory,
} from './parse-channel';
import { SummaryDelta } from '../../db/summary-delta';
import { shiftLines } from './parsed-batch';
import { CodeCollector } from './scope-collector';
import { detectedMapper, isBlank, type LoopResult } from './row-loop';

/**
 * A large CSV file parsed on several threads. The file is cut into byte ranges of about RANGE_BYTES,
 * each just after a newline; worker w parses ranges w, w + K, … and the writer takes the ranges in file
 * order, so rows, rejects, descriptions and ids are stored in the order one thread stores them.
 *
 * A cut may fall inside a quoted field (a newline in a description). No pre-scan decides that, since
 * only the parse can: the range before a cut checks, at the cut, that its parser ended a record there
 * (readTextRange). If not, it parses on to the next cut, and the writer drops what the next range's
 * worker made from its wrong start. A range's lines count from its own start; the writer adds the
 * newlines of the ranges before it, which their workers counted.
 *
 * Each range has its own mapper; the formats that can (RowMapper.split) hand back what their warnings
 * depend on, and one mapper on the writer's thread absorbs the ranges' states in order and gives the
 * file's warnings as one thread would. Other formats, UTF-16 and XLSX are parsed on one thread.
 */

/** About 19,000 rows of a customs CSV: a few batches, so a worker is at most a range or so ahead. */
export const RANGE_BYTES = 2 << 20;
/** Messages a range worker may have waiting: a whole range's batches and its end, so it parses on while the writer takes another's. */
const RANGE_QUEUE = 6;
/** How far the search for a cut's newline reads at a time. */
const PROBE = 1 << 16;

export type RangePlan = { splits: number[]; header: string[] };

/**
 * Where to cut the file (the cuts, from 0 to `size`) and its header row, or null where it is better
 * parsed whole: too small for two ranges, UTF-16 (a byte 0x0A need not be a newline), a header row that
 * does not end before the first cut, or a format that cannot merge its ranges' warnings.
 */
export function planRanges(
  fd: number,
  size: number,
  head: Buffer,
  encoding: Encoding,
  delimiter: string,
  fileName: string,
  options: ImportOptions,
  rangeBytes = RANGE_BYTES,
): RangePlan | null {
  if (encoding === 'utf-16le' || encoding === 'utf-16be' || options.sheets) return null;
  const splits = [0];
  const probe = Buffer.alloc(PROBE);
  for (let at = rangeBytes; at < size; at = splits.at(-1)! + rangeBytes) {
    const cut = nextLineStart(fd, size, at - 1, probe);
    if (cut < 0 || cut >= size) break;
    splits.push(cut);
  }
  splits.push(size);
  if (splits.length < 3) return null;
  const header = headerRow(fd, head, splits[1]!, encoding, delimiter);
  if (!header) return null;
  try {
    const { mapper } = detectedMapper(header, { fileName, options, warn: () => {} }, 'csv');
    if (!mapper.split) return null;
  } catch {
    // Missing options and unknown layouts are said by the import as on one thread.
    return null;
  }
  return { splits, header };
}

/** The byte after the first \n at or after `from`, or -1. GB18030 and UTF-8 never use 0x0A inside a character. */
function nextLineStart(fd: number, size: number, from: number, probe: Buffer): number {
  for (let pos = from; pos < size; pos += PROBE) {
    const n = readSync(fd, probe, 0, Math.min(PROBE, size - pos), pos);
    const i = probe.subarray(0, n).indexOf(10);
    if (i >= 0) return pos + i + 1;
    if (n === 0) break;
  }
  return -1;
}

/** The first row that is not blank, as mapRows takes it, if it ends before byte `before`. */
function headerRow(fd: number, head: Buffer, before: number, encoding: Encoding, delimiter: string): string[] | null {
  let bytes = head.subarray(0, before);
  if (bytes.length < before) {
    bytes = Buffer.alloc(before);
    readSync(fd, bytes, 0, before, 0);
  }
  let text: string;
  try {
    text = createDecoder(encoding).write(bytes);
  } catch {
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let header: string[] | null = null;
  // Not the end of the text: a row is given only once its line has ended before the cut.
  new CsvParser(delimiter).pushViews(text, (row) => {
    if (isBlank(row.cells)) return;
    header = row.cells;
    return STOP;
  });
  return header;
}

/**
 * Starts `threads` range workers on `plan` and gives the writer their batches in file order: a
 * ParserHandle like startParser's, whose end holds the whole file's counts and warnings.
 */
export function startRangeParsers(
  factory: ParseWorkerFactory,
  input: ParseInput,
  plan: RangePlan,
  threads: number,
): ParserHandle {
  const { splits, header } = plan;
  const ranges = splits.length - 1;
  const k = Math.max(1, Math.min(threads, ranges));
  const channels: ParserChannel[] = [];
  try {
    for (let w = 0; w < k; w++)
      channels.push(
        openParserChannel(
          factory,
          { ...input, ranges: { splits, worker: w, workers: k, header } },
          undefined,
          RANGE_QUEUE,
        ),
      );
  } catch (err) {
    channels.forEach((c) => c.close());
    throw err;
  }
  let range = 0;
  // The next range whose rows are stored: ranges before it were parsed on by the range before them.
  let wanted = 0;
  let lines = 0;
  let rowsBefore = 0;
  const results: LoopResult[] = [];
  // Merged as each range ends: held per range, 50M rows' thousands of ranges would hold gigabytes of sums.
  const summary = new SummaryDelta();
  const codes = new CodeCollector();
  return {
    next() {
      for (;;) {
        if (range === ranges) {
          const sums = { summary: summary.parts(), codes: codes.spans() };
          return { type: 'end', result: mergeRanges(results, header, input), sums };
        }
        const m = channels[range % k]!.next();
        if (m.type === 'batch') {
          m.table = range % k;
          if (range < wanted) {
            // Made from a wrong start: only its new file strings are kept, since the worker's later batches refer to them.
            m.records = 0;
            m.rejects = [];
            m.refs = [];
            m.bytesRead = 0;
          } else {
            shiftLines(m, lines);
            m.rowsRead += rowsBefore;
          }
          return m;
        }
        if (m.type !== 'range-end' || m.range !== range)
          throw new Error(`The parser of range ${range} sent ${m.type === 'range-end' ? `range ${m.range}` : m.type}.`);
        if (range === wanted) {
          results.push(m.result);
          // A range made from a wrong start is not summed: its rows were dropped.
          summary.merge(m.sums.summary);
          codes.merge(m.sums.codes);
          lines += m.newlines;
          rowsBefore += m.result.counts.rowsRead;
          wanted = splits.indexOf(m.end);
        }
        range++;
      }
    },
    recycle(batch) {
      channels[batch.table ?? 0]!.recycle(batch.nums);
    },
    close() {
      channels.forEach((c) => c.close());
    },
  };
}

/** The ranges' loops as one: counts summed, currencies and warnings in the order one thread meets them. */
function mergeRanges(results: LoopResult[], header: string[], input: ParseInput): LoopResult {
  const warnings: LoopResult['warnings'] = [];
  const ctx = {
    fileName: input.fileName,
    options: input.options,
    warn: (code: string, message: StoredNote) => void warnings.push({ code, message }),
  };
  const { mapper } = detectedMapper(header, ctx, 'csv');
  const counts = { rowsRead: 0, rowsImported: 0, rowsRejected: 0, rowsSkipped: 0 };
  const currencies = new Set<string>();
  for (const r of results) {
    counts.rowsRead += r.counts.rowsRead;
    counts.rowsImported += r.counts.rowsImported;
    counts.rowsRejected += r.counts.rowsRejected;
    counts.rowsSkipped += r.counts.rowsSkipped;
    r.currencies.forEach((c) => currencies.add(c));
    mapper.split!.absorb(r.mapperState);
  }
  mapper.end?.(counts.rowsRead);
  return {
    formatId: results[0]!.formatId,
    nestedCodes: results.some((r) => r.nestedCodes),
    counts,
    currencies: [...currencies],
    warnings,
  };
}
