// Starts the core in a utility process and speaks the same protocol to it as the browser host does to
// its thread (src/core/process). Main keeps only the window, menus and the sender checks (ipc.ts).
import { utilityProcess, type UtilityProcess } from 'electron';
import type { CoreOpenOptions, CoreReply } from '../core/process/protocol';
import { connectCore, type ConnectOptions, type CoreLink, type RemoteCore } from '../core/process/remote-core';

/** A utility process as a CoreLink; `detail` names how it ended, for the log. */
export function utilityLink(child: UtilityProcess, log: (message: string) => void = () => {}): CoreLink {
  const exits: ((detail: string) => void)[] = [];
  let failure = '';
  child.on('error', (type, location) => {
    failure = `: ${type} at ${location}`;
    log(`the core process failed${failure}`);
  });
  child.on('exit', (code) => exits.forEach((l) => l(`exit ${code}${failure}`)));
  return {
    post: (request) => child.postMessage(request),
    onReply: (listener) => void child.on('message', (reply: CoreReply) => listener(reply)),
    onExit: (listener) => void exits.push(listener),
    kill: () => void child.kill(),
  };
}

/**
 * The app's core: `modulePath` is the built core-process.js. A process that stops is forked again on the
 * same database, and the page's calls in flight answer a typed error instead of hanging.
 */
export function startCoreProcess(
  modulePath: string,
  open: CoreOpenOptions,
  options: ConnectOptions = {},
): Promise<RemoteCore> {
  const fork = () => utilityProcess.fork(modulePath, [], { serviceName: 'Tidemark core', stdio: 'inherit' });
  return connectCore(() => utilityLink(fork(), options.log), open, options);
}
