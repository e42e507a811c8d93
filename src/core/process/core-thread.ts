import { Worker } from 'node:worker_threads';
import { compiledWorkers } from '../host-workers';
import type { CoreOpenOptions, CoreReply } from './protocol';
import { connectCore, type ConnectOptions, type CoreLink, type RemoteCore } from './remote-core';

/** Starts the core's thread; the compiled build's file beside the host, or the source through tsx. */
export type CoreWorkerFactory = () => Worker;

export const sourceCoreWorker: CoreWorkerFactory = () =>
  new Worker(new URL('./core-worker-source.mjs', import.meta.url));

/** A worker thread as a CoreLink. */
export function threadLink(worker: Worker, log: (message: string, err?: unknown) => void = () => {}): CoreLink {
  const exits: ((detail: string) => void)[] = [];
  let failure = '';
  worker.on('error', (err) => {
    failure = `: ${err.message}`;
    log('the core thread failed', err);
  });
  worker.on('exit', (code) => exits.forEach((l) => l(`exit ${code}${failure}`)));
  return {
    post: (request) => worker.postMessage(request),
    onReply: (listener) => void worker.on('message', (reply: CoreReply) => listener(reply)),
    onExit: (listener) => void exits.push(listener),
    kill: () => void worker.terminate(),
  };
}

/**
 * The browser host's core: the same engine in a worker thread, so the HTTP server keeps answering
 * (and streaming progress) while a page, a sort or a revert is being worked out.
 */
export function startCoreThread(
  open: CoreOpenOptions,
  options: ConnectOptions & { worker?: CoreWorkerFactory } = {},
): Promise<RemoteCore> {
  const factory = options.worker ?? compiledWorkers().coreWorker ?? sourceCoreWorker;
  return connectCore(() => threadLink(factory(), options.log), open, options);
}
