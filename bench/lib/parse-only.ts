// The parser worker's work without the writer: reads, decodes, parses and maps one CSV file into
// batches exactly as parse-worker.ts does, then drops each batch instead of posting it, so no
// back-pressure wait counts. Runs in a worker thread with the parser's own resource limits and
// reports the CPU time of that one thread (Linux /proc/thread-self/stat) and of the whole process.
// `root` (optional) is another checkout's folder, e.g. the merge-base's src extracted by parse-bench,
// so both versions are measured in the same run under the same load.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceRow } from '../../src/core/import/readers/reader-types';

const { path, root = resolve(import.meta.dirname, '../..') } = workerData as { path: string; root?: string };
const load = (rel: string) => import(pathToFileURL(join(root, 'src/core/import', rel)).href);
const { BatchEncoder } = (await load(
  'pipeline/parsed-batch.ts',
)) as typeof import('../../src/core/import/pipeline/parsed-batch');
const { mapRows } = (await load('pipeline/row-loop.ts')) as typeof import('../../src/core/import/pipeline/row-loop');
const { SNIFF_LENGTH } = (await load('readers/decode.ts')) as typeof import('../../src/core/import/readers/decode');
const { openReader } = (await load(
  'readers/open-reader.ts',
)) as typeof import('../../src/core/import/readers/open-reader');
const { readText } = (await load(
  'readers/text-reader.ts',
)) as typeof import('../../src/core/import/readers/text-reader');

export type ParseOnlyResult = {
  threadCpuSeconds: number;
  processCpuSeconds: number;
  wallSeconds: number;
  rowsImported: number;
  batches: number;
};

/** This thread's user + system CPU seconds; null where /proc is absent (not Linux). */
function threadCpuSeconds(): number | null {
  try {
    // Fields after the command name's closing parenthesis: utime is the 12th, stime the 13th (clock ticks, 100 Hz on Linux).
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const fd = openSync(path, 'r');
const size = fstatSync(fd).size;
const head = Buffer.alloc(Math.min(size, SNIFF_LENGTH));
readSync(fd, head, 0, head.length, 0);
const opened = openReader({ fd, size, head, name: path });
if (opened.encoding === 'binary') throw new Error('parse-only reads text files only');
const encoding = opened.encoding;
const delimiter = opened.kind === 'tsv' ? '\t' : ',';

const cpu0 = process.cpuUsage();
const thread0 = threadCpuSeconds();
const t0 = performance.now();
let batches = 0;
const file = { fd, size, head: Buffer.alloc(0), name: path };
const reader = {
  read: (onRow: (r: SourceRow) => void, onBytes: (n: number) => void) =>
    readText(file, encoding, delimiter, onRow, onBytes),
  // A checkout from before readTransient ignores it (and readText's sixth argument).
  readTransient: (onRow: (r: SourceRow) => void, onBytes: (n: number) => void) =>
    readText(file, encoding, delimiter, onRow, onBytes, true),
};
const encoder = new BatchEncoder(() => batches++);
const result = mapRows(reader, path, {}, encoder, (bytes, rows) => encoder.progress(bytes, rows));
encoder.flush();
const wallSeconds = (performance.now() - t0) / 1000;
const thread1 = threadCpuSeconds();
const cpu = process.cpuUsage(cpu0);
closeSync(fd);
const processCpuSeconds = (cpu.user + cpu.system) / 1e6;
const out: ParseOnlyResult = {
  threadCpuSeconds: thread0 === null || thread1 === null ? processCpuSeconds : thread1 - thread0,
  processCpuSeconds,
  wallSeconds,
  rowsImported: result.counts.rowsImported,
  batches,
};
parentPort!.postMessage(out);
