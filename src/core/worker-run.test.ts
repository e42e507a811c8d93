import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { TaskRegistry } from './task-registry';
import { exitDetail, runWorker } from './worker-run';

const worker = (code: string) => new Worker(code, { eval: true });
const FOREVER =
  "const { parentPort } = require('node:worker_threads'); parentPort.postMessage(1); setInterval(() => parentPort.postMessage(2), 5);";

describe('running an import, export or history worker to its end', () => {
  it('hands over every message and ends with the exit code', async () => {
    const seen: number[] = [];
    const end = await runWorker<number>(
      worker(
        "const { parentPort } = require('node:worker_threads'); parentPort.postMessage(1); parentPort.postMessage(2);",
      ),
      (m) => seen.push(m),
    );
    expect(seen).toEqual([1, 2]);
    expect(end).toEqual({ exitCode: 0, stopped: null, failure: null });
  });

  it('stops on a cancel, says so, and leaves the registry empty', async () => {
    const registry = new TaskRegistry();
    const stale: boolean[] = [];
    const running = runWorker<number>(
      worker(FOREVER),
      (m, stopping) => {
        if (m === 1) expect(registry.cancelAll()).toBe(1);
        else stale.push(stopping);
      },
      { registry },
    );
    expect((await running).stopped).toBe('cancelled');
    // Anything that arrives once the stop is under way is marked stale: no progress bar moves after a cancel.
    expect(stale.every(Boolean)).toBe(true);
    expect(registry.cancelAll()).toBe(0);
  });

  it('stops one that outruns its time limit', async () => {
    expect((await runWorker(worker(FOREVER), () => undefined, { timeLimitMs: 50 })).stopped).toBe('timeout');
  });

  it('names what a worker that died threw, for the sentence that reports it', async () => {
    const end = await runWorker(worker("throw new Error('parser ran out of memory')"), () => undefined);
    expect(end.stopped).toBeNull();
    expect(exitDetail(end)).toBe('exit 1: parser ran out of memory');
  });

  it('asks a worker with native threads to stop, and lets it end on its own, with its answer', async () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const registry = new TaskRegistry();
    const seen: string[] = [];
    // Polls the flag as the Parquet export does between ranges, then says why it stopped and exits 0.
    const polite = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
      const flag = new Int32Array(workerData);
      parentPort.postMessage('started');
      const poll = setInterval(() => {
        if (Atomics.load(flag, 0) === 1) { clearInterval(poll); parentPort.postMessage('stopped politely'); }
      }, 5);`,
      { eval: true, workerData: flag.buffer },
    );
    const end = await runWorker<string>(
      polite,
      (m) => {
        seen.push(m);
        if (m === 'started') registry.cancelAll();
      },
      { registry, gentle: { ask: () => Atomics.store(flag, 0, 1), graceMs: 60_000 } },
    );
    expect(seen).toEqual(['started', 'stopped politely']);
    expect(end).toEqual({ exitCode: 0, stopped: 'cancelled', failure: null });
  });

  it('terminates one that does not answer the request within its grace', async () => {
    const registry = new TaskRegistry();
    let asked = 0;
    const running = runWorker<number>(worker(FOREVER), (m) => m === 1 && registry.cancelAll(), {
      registry,
      gentle: { ask: () => asked++, graceMs: 50 },
    });
    expect((await running).stopped).toBe('cancelled');
    expect(asked).toBe(1);
  });
});
