import { openSync, closeSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import {
  openParserChannel,
  PARSER_LIMITS,
  parserSide,
  sourceParseWorker,
  startParser,
  type ParseWorkerFactory,
} from './parse-channel';
import { BatchEncoder, BATCH_RECORDS, type ParsedBatch } from './parsed-batch';
import { sampleRecord } from '../../test-support/sample-record';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the writer waiting on the parser worker', () => {
  it('gives up with a sentence, instead of waiting until the time limit, when the parser dies without a message', () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-parse-channel-'));
    const path = join(dir, 'f.csv');
    writeFileSync(path, 'period,value\n2020-01,1\n');
    const fd = openSync(path, 'r');
    // A parser killed before it could say anything (as an out-of-memory kill would): it exits at once.
    const silent: ParseWorkerFactory = (request, transferList) =>
      new Worker('process.exit(0)', { eval: true, workerData: request, transferList });
    const parser = startParser(
      silent,
      { fd, size: 22, fileName: 'f.csv', encoding: 'utf-8', delimiter: ',', options: {} },
      500,
    );
    try {
      expect(() => parser.next()).toThrow(/f\.csv stopped answering/);
    } finally {
      parser.close();
      closeSync(fd);
    }
  });
});

describe("the parser worker's heap", () => {
  it('is started with an old-space limit under 2 GB, so V8 collects its garbage before it piles up', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-parse-limits-'));
    const path = join(dir, 'f.csv');
    writeFileSync(path, 'period,value\n2020-01,1\n');
    const fd = openSync(path, 'r');
    const input = { fd, size: 22, fileName: 'f.csv', encoding: 'utf-8' as const, delimiter: ',', options: {} };
    const ranges = { splits: [0, 22], worker: 0, workers: 1, header: [] };
    try {
      // One parser for the whole file (the default on two cores) and a range parser (parse-ranges.ts).
      for (const request of [input, { ...input, ranges }]) {
        const { port1, port2 } = new MessageChannel();
        const worker = sourceParseWorker({ ...request, port: port2, control: new SharedArrayBuffer(8) }, [port2]);
        try {
          // The limits the thread runs with, read once it runs (before, an unset one reads -1).
          await new Promise((resolve) => worker.once('online', resolve));
          // Where it is V8's default (4 GB here), V8 let the heap grow to 4x its live data between full
          // collections: 1M rows into a table of 3M, the parser's heap reached 53 MB and the import's peak
          // RSS 200 MB; 30 MB and 177-189 MB under a limit. Below 2 GB the factor is at most 2.
          expect(worker.resourceLimits?.maxOldGenerationSizeMb).toBeLessThan(2048);
          // The same for a range parser: at 64 MB, two of them ran out of heap on 300k rows of unique
          // 300-character descriptions (the single parser's heap reached 178 MB on it).
          expect(worker.resourceLimits?.maxOldGenerationSizeMb).toBe(PARSER_LIMITS.maxOldGenerationSizeMb);
        } finally {
          port1.close();
          await worker.terminate();
        }
      }
    } finally {
      closeSync(fd);
    }
  });
});

describe("a batch's array", () => {
  it('goes back to the parser once written, and the parser fills it again instead of a new one', () => {
    // The parser's end runs on this thread: what crosses the channel is what crosses between threads.
    let parser: ReturnType<typeof parserSide> | null = null;
    const inThread: ParseWorkerFactory = (request) => {
      parser = parserSide(request);
      return { terminate: async () => 0 } as unknown as Worker;
    };
    const channel = openParserChannel(inThread, {
      fd: -1,
      size: 0,
      fileName: 'f.csv',
      encoding: 'utf-8',
      delimiter: ',',
      options: {},
    });
    const posted: Float64Array[] = [];
    const encoder = new BatchEncoder(
      (batch) => {
        posted.push(batch.nums);
        parser!.post(batch, [batch.nums.buffer as ArrayBuffer]);
      },
      undefined,
      () => parser!.spare(),
    );
    const row = sampleRecord(1);
    try {
      for (let i = 0; i < BATCH_RECORDS; i++) encoder.record(row, '', i + 2);
      const first = channel.next() as ParsedBatch;
      channel.recycle(first.nums);
      // The second batch was begun in a new array as the first was posted; the third takes the one that came back.
      for (let i = 0; i < BATCH_RECORDS; i++) encoder.record(row, '', 5000 + i);
      encoder.record(row, '', 9999);
      encoder.flush();
      expect((channel.next() as ParsedBatch).records).toBe(BATCH_RECORDS);
      const third = channel.next() as ParsedBatch;
      expect(third.records).toBe(1);
      expect(posted).toHaveLength(3);
      // Record 0 is the third batch's own; record 1 still holds what the first batch wrote there (line 3).
      const slots = third.nums.length / BATCH_RECORDS;
      expect(third.nums.subarray(0, slots)).toContain(9999);
      expect(third.nums.subarray(slots, 2 * slots)).toContain(3);
    } finally {
      channel.close();
    }
  });
});
