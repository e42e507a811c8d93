// The core's thread in the browser host (core-thread.ts starts it). Its own import, export, history
// and sort index workers are threads it starts itself, found beside this file when compiled.
import { parentPort } from 'node:worker_threads';
import { compiledWorkers } from '../host-workers';
import { openServedCore } from './open-served';
import { serveCore } from './serve-core';

function log(message: string, err?: unknown): void {
  process.stderr.write(
    `${message}${err === undefined ? '' : `: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`}\n`,
  );
}

const port = parentPort!;
// Its core's own workers; the core thread (coreWorker) is this one.
const { coreWorker: _self, ...workers } = compiledWorkers();
serveCore((options, emit) => openServedCore({ ...options, ...workers, log, emit }), {
  post: (reply) => port.postMessage(reply),
  onMessage: (listener) => void port.on('message', listener),
});
