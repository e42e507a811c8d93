import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort, type Transferable } from 'node:worker_threads';
import type { ImportOptions } from '../../../shared/domain';
import { AppError, type ErrorInfo } from '../../../shared/errors';
import type { ParsedBatch, ParsedSums } from './parsed-batch';
import type { LoopResult } from './row-loop';
import type { Encoding } from '../readers/decode';

/** What the parser worker needs: the open file (threads share descriptors) as the importing thread sniffed it, the options. */
export type ParseInput = {
  fd: number;
  size: number;
  fileName: string;
  encoding: Encoding;
  delimiter: string;
  options: ImportOptions;
  /** This worker's share of a file parsed in byte ranges (parse-ranges.ts); none: the whole file. */
  ranges?: RangeJob;
};
/**
 * Ranges `worker`, `worker + workers`, … of the file cut at `splits` (ascending, from 0 to the size):
 * range r is splits[r] to splits[r + 1], each read with its own parser and mapper; `header` is the
 * file's header row, read by worker 0 in range 0.
 */
export type RangeJob = { splits: number[]; worker: number; workers: number; header: string[] };
export type ParseRequest = ParseInput & { port: MessagePort; control: SharedArrayBuffer; maxQueued?: number };
/** A range's last message: its parse ended at byte `end` (a split point), `newlines` \n after its start; its rows' sums. */
export type RangeEndMessage = {
  type: 'range-end';
  range: number;
  end: number;
  newlines: number;
  result: LoopResult;
  sums: ParsedSums;
};
/** A file's last message: the row loop's result and what the parser summed of its rows. */
export type EndMessage = { type: 'end'; result: LoopResult; sums: ParsedSums };
export type ParseMessage =
  ParsedBatch | EndMessage | RangeEndMessage | { type: 'error'; info: ErrorInfo | null; message: string };
/** Starts the parser worker. Hosts that cannot (a bundle without its file) pass none and parse on one thread. */
export type ParseWorkerFactory = (request: ParseRequest, transferList: Transferable[]) => Worker;

/**
 * Batches in flight at most: the parser waits when the writer is this far behind, so memory stays
 * flat whatever the file's size (a batch is about 0.75 MB of numbers plus its strings; 2 x 4,096 records measured 40 MB less peak RSS than 4 x 8,192 at the same speed).
 */
const MAX_QUEUED = 2;
/**
 * How long the writer waits for the parser's next batch before taking it for dead. A batch of 4,096
 * rows takes well under a second to parse; starting the worker under tsx, about 0.3 s.
 */
const STALL_MS = 120_000;
/** Bounded waits, so a terminate() (cancel, time limit) is acted on within this many ms. */
const WAIT_MS = 100;
// control[POSTED] is written by the parser only, control[TAKEN] by the writer only.
const POSTED = 0;
const TAKEN = 1;

/**
 * The old-space limit is not a budget but a hint: V8 lets a heap grow by up to 4x its live data between
 * full collections where the limit is its default (4 GB), by at most 1.4x where it is 512 MB (its heap
 * controller scales that factor from 1.3 at 256 MB up to 2 at 2 GB, and above that 4). The parser's
 * live data is about 15 MB, and what it allocates dies within a batch: uncapped, its heap grew to 53 MB
 * of garbage before each full collection, and that was the import's peak (1M rows into 3M, shipped
 * CLI: peak RSS 200-203 MB, the parser's heap 51-53 MB; with 512 MB: 177-189, 30-31 MB, same CPU).
 * Well above any file's need: a file of unique 300-character descriptions peaked at 178 MB of heap.
 */
export const PARSER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 };
/**
 * A range worker (parse-ranges.ts) parses the same files, so it gets the same limit. At 64 MB, 2 of them
 * ran out of heap on that file of unique descriptions, and the import failed after 120 s of silence;
 * at 512 MB it imported in 9 s. 1M rows: peak RSS 224-227 MB either way, the same CPU.
 */
export const RANGE_PARSER_LIMITS = PARSER_LIMITS;
const limitsFor = (request: ParseRequest) => (request.ranges ? RANGE_PARSER_LIMITS : PARSER_LIMITS);

/** For Node hosts that run from source (CLI, browser host, tests): tsx compiles the parser worker. */
export const sourceParseWorker: ParseWorkerFactory = (request, transferList) =>
  new Worker(new URL('./parse-worker-source.mjs', import.meta.url), {
    workerData: request,
    transferList,
    resourceLimits: limitsFor(request),
  });

/** For a build that bundled parse-worker.ts as its own file (Electron's main build): start that file. */
export const bundledParseWorker =
  (path: string): ParseWorkerFactory =>
  (request, transferList) =>
    new Worker(path, { workerData: request, transferList, resourceLimits: limitsFor(request) });

/** The parser's end: posts a message, first waiting while MAX_QUEUED are still unread. */
export function parserSide(req: Pick<ParseRequest, 'port' | 'control' | 'maxQueued'>) {
  const control = new Int32Array(req.control);
  const maxQueued = req.maxQueued ?? MAX_QUEUED;
  return {
    post(m: ParseMessage, transfer: Transferable[] = []): void {
      for (;;) {
        const taken = Atomics.load(control, TAKEN);
        if (Atomics.load(control, POSTED) - taken < maxQueued) break;
        Atomics.wait(control, TAKEN, taken, WAIT_MS);
      }
      req.port.postMessage(m, transfer);
      Atomics.add(control, POSTED, 1);
      Atomics.notify(control, POSTED);
    },
    /** A batch's array the writer has finished with (ParserChannel.recycle), if one has come back. */
    spare(): Float64Array | undefined {
      return (receiveMessageOnPort(req.port) as { message: Float64Array } | undefined)?.message;
    },
  };
}

export type ParserHandle = {
  next(): ParsedBatch | EndMessage;
  /** Gives the batch's array back to its parser once written (see ParserChannel.recycle). */
  recycle(batch: ParsedBatch): void;
  close(): void;
};
/** A channel to one parser worker, as startParser's, that also passes a range's end on. */
export type ParserChannel = {
  next(): Exclude<ParseMessage, { type: 'error' }>;
  /**
   * Sends a written batch's array back to the parser, which fills it again. A new 0.8 MB array per batch
   * left each thread's dead ones for V8 to free when it chose: 1M rows peaked at 190-197 MB of RSS,
   * and at 174-184 MB with the arrays going round.
   */
  recycle(nums: Float64Array): void;
  close(): void;
};

/**
 * The writer's end. The writer stays inside one synchronous transaction, so it cannot await a
 * message: it blocks on the shared counter and takes messages with receiveMessageOnPort.
 * A parser error comes back as the AppError it was (same code and sentence) or as an internal Error.
 */
export function startParser(factory: ParseWorkerFactory, input: ParseInput, stallMs = STALL_MS): ParserHandle {
  const channel = openParserChannel(factory, input, stallMs);
  return {
    next() {
      const m = channel.next();
      if (m.type === 'range-end') throw new Error('The parser of the whole file ended a byte range.');
      return m;
    },
    recycle: (batch) => channel.recycle(batch.nums),
    close: () => channel.close(),
  };
}

/** As startParser, for a worker that parses byte ranges: `maxQueued` messages may wait for the writer. */
export function openParserChannel(
  factory: ParseWorkerFactory,
  input: ParseInput,
  stallMs = STALL_MS,
  maxQueued?: number,
): ParserChannel {
  const control = new SharedArrayBuffer(8);
  const counters = new Int32Array(control);
  const { port1, port2 } = new MessageChannel();
  const worker = factory({ ...input, port: port2, control, ...(maxQueued ? { maxQueued } : {}) }, [port2]);
  return {
    next() {
      // A parser killed without a word (out of memory, say) posts nothing more, and this thread, blocked
      // in the transaction, cannot hear its exit event: a parser silent this long is taken for dead.
      const since = Date.now();
      for (;;) {
        const posted = Atomics.load(counters, POSTED);
        const got = receiveMessageOnPort(port1) as { message: ParseMessage } | undefined;
        if (got) {
          Atomics.add(counters, TAKEN, 1);
          Atomics.notify(counters, TAKEN);
          const m = got.message;
          if (m.type !== 'error') return m;
          throw m.info ? AppError.from(m.info) : new Error(`The parser worker failed: ${m.message}`);
        }
        if (Date.now() - since > stallMs) {
          throw new AppError('internal', {
            key: 'import.parserStalled',
            params: { file: input.fileName, seconds: String(Math.round(stallMs / 1000)) },
          });
        }
        Atomics.wait(counters, POSTED, posted, WAIT_MS);
      }
    },
    recycle(nums) {
      port1.postMessage(nums, [nums.buffer as ArrayBuffer]);
    },
    close() {
      port1.close();
      void worker.terminate();
    },
  };
}
