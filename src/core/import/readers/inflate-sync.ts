import { constants, createInflateRaw } from 'node:zlib';
import { Inflate } from 'fflate';

/** Raw deflate, inflated synchronously piece by piece: each push hands its output to `onData`. */
export type SyncInflater = {
  push(piece: Uint8Array, final: boolean): void;
  close(): void;
  /** Whether Node's zlib does the work (false: the fflate fallback). */
  readonly native: boolean;
};

/**
 * The parts of a Node zlib stream that its own `*Sync` functions use: `_processChunk` without a
 * callback inflates synchronously, then closes the native handle (it was meant for one-shot use).
 */
type ZlibInternals = {
  _handle: { close(): void } | null;
  _processChunk(chunk: Uint8Array, flushFlag: number): Buffer | undefined;
  removeAllListeners(event: string): unknown;
  on(event: string, listener: () => void): unknown;
  close(): void;
};

/** Output buffer of the native inflater: fewer, larger chunks for the XML scanner. */
const NATIVE_CHUNK = 64 * 1024;

/**
 * Node's own zlib (C, ~7× fflate on sheet XML by bench/xlsx-bench.ts) kept open across pushes, as
 * minizlib (node-tar's) does: the handle's `close` is a no-op during each call and the handle is put
 * back after it. Where a Node lacks these internals, fflate (pure JS, same output) is used instead.
 */
export function createSyncInflater(onData: (chunk: Uint8Array) => void, native = true): SyncInflater {
  const engine = native ? (createInflateRaw({ chunkSize: NATIVE_CHUNK }) as unknown as Partial<ZlibInternals>) : null;
  const handle = engine?._handle;
  if (!engine || !handle || typeof engine._processChunk !== 'function' || typeof handle.close !== 'function') {
    engine?.close?.();
    const inflater = new Inflate((chunk) => onData(chunk));
    return { push: (piece, final) => inflater.push(piece, final), close: () => {}, native: false };
  }
  const z = engine as ZlibInternals;
  // A failed push throws; the stream also emits the same error later, which must not go unhandled.
  const ignore = () => {};
  z.on('error', ignore);
  const closeHandle = handle.close;
  let closed = false;
  return {
    native: true,
    push(piece, final) {
      if (closed) throw new Error('inflater closed');
      handle.close = () => {};
      let out: Buffer | undefined;
      try {
        out = z._processChunk(piece, final ? constants.Z_FINISH : constants.Z_NO_FLUSH);
      } finally {
        z._handle = handle;
        handle.close = closeHandle;
        // Each call adds an 'error' listener of its own; they would pile up.
        z.removeAllListeners('error');
        z.on('error', ignore);
      }
      if (out && out.length) onData(out);
    },
    close() {
      if (closed) return;
      closed = true;
      z.close();
    },
  };
}
