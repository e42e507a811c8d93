import { openSync, closeSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { startParser, type ParseWorkerFactory } from './parse-channel';

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
