import { AppError, type ErrorInfo } from '../../shared/errors';
import type { AppEvent } from '../../shared/contract';
import type { Core } from '../core';
import type { CoreOpenOptions, CoreReply, CoreRequest } from './protocol';

/** The two ends of whatever carries the messages: a worker thread's parentPort or a utility process's. */
export type CorePort = { post(reply: CoreReply): void; onMessage(listener: (request: CoreRequest) => void): void };

function errorInfo(err: unknown): ErrorInfo {
  if (err instanceof AppError) return err.info;
  return {
    code: 'internal',
    message: `The database could not be opened: ${err instanceof Error ? err.message : String(err)}`,
  };
}

/**
 * The core's side of the protocol, wherever it runs: opens the core on the host's `open`, answers calls
 * through `dispatch`, streams its events, and hands a held export's file to the host, deleting it when the
 * host says it has streamed it. `exit` ends the thread or process once the core is closed and
 * `closed` is sent.
 */
export function serveCore(
  /** `emit` carries events from before the core is ready: a dataset's first open reports its steps. */
  open: (options: CoreOpenOptions, emit: (event: AppEvent) => void) => Core | Promise<Core>,
  port: CorePort,
  exit: () => void = () => {},
): void {
  let core: Core | null = null;
  // The open under way, if any: a `close` waits for it, so a database still opening is not left open behind the host.
  let opening: Promise<void> = Promise.resolve();
  const taken = new Map<string, () => void>();
  port.onMessage((request) => {
    if ('open' in request) {
      // A dataset's copy may take a while to build; calls wait on the host side until `ready`.
      opening = (async () => {
        try {
          core = await open(request.open, (event) => port.post({ event }));
        } catch (err) {
          // The host stops this thread or process once it has the reason; exiting here could lose the message.
          return port.post({ failed: errorInfo(err) });
        }
        const opened = core;
        opened.onEvent((event) => port.post({ event }));
        // A new database's seed goes in first: the host's first page then shows the sample, not an empty app.
        await (opened.seeded ?? Promise.resolve());
        port.post({ ready: { dbPath: opened.dbPath } });
      })().catch((err: unknown) => port.post({ failed: errorInfo(err) }));
      return;
    }
    if ('close' in request) {
      // Answered whether the open succeeded, failed or never came: the host waits for `closed`.
      void opening.then(() => {
        taken.forEach((done) => done());
        taken.clear();
        core?.close();
        core = null;
        port.post({ id: request.id, closed: true });
        exit();
      });
      return;
    }
    if (!core) return;
    const c = core;
    if ('method' in request) {
      // dispatch never throws: every failure comes back as { ok: false, error }.
      void c.dispatch(request.method, request.input).then((result) => port.post({ id: request.id, result }));
    } else if ('takeDownload' in request) {
      const file = c.takeDownload(request.takeDownload);
      if (file) taken.set(request.takeDownload, file.done);
      port.post({ id: request.id, download: file && { path: file.path, fileName: file.fileName, bytes: file.bytes } });
    } else if ('releaseDownload' in request) {
      taken.get(request.releaseDownload)?.();
      taken.delete(request.releaseDownload);
    }
  });
  port.post({ listening: true });
}
