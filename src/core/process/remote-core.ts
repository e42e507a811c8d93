import type { AppEvent } from '../../shared/contract';
import { AppError, type ErrorInfo, type Result } from '../../shared/errors';
import { EventBus } from '../events';
import type { HeldFile } from '../export/outbox';
import type { CoreOpenOptions, CoreReply, CoreRequest } from './protocol';

/** One running core process or thread, as its host sees it. */
export type CoreLink = {
  post(request: CoreRequest): void;
  onReply(listener: (reply: CoreReply) => void): void;
  /** Called once when the process or thread is gone, for whatever reason. */
  onExit(listener: (detail: string) => void): void;
  kill(): void;
};

/** A core running beside its host: the same calls as `Core`, with downloads and closing across the boundary. */
export type RemoteCore = {
  readonly dbPath: string;
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  takeDownload(id: string): Promise<(HeldFile & { done(): void }) | null>;
  close(): Promise<void>;
};

/** What a call in flight answers when the core under it stopped: the page shows it, and the next call works again. */
export const CORE_RESTARTED: ErrorInfo = new AppError('internal', { key: 'core.restarted' }).info;
const CORE_GONE: ErrorInfo = new AppError('internal', { key: 'core.gone' }).info;

const CORE_CLOSED: ErrorInfo = new AppError('cancelled', { key: 'db.closed' }).info;

export type ConnectOptions = {
  log?: (message: string, err?: unknown) => void;
  /** Restarts allowed within `restartWindowMs` before the core is left stopped (default 3 in 60 s). */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** How long close() waits for the core to close its database before killing it (default 5 s). */
  closeTimeoutMs?: number;
  /** Events the core sends while it opens (a dataset's first open, step by step), before anyone can subscribe. */
  onOpening?: (event: AppEvent) => void;
};

type Waiting = { answer(reply: CoreReply): void; fail(error: ErrorInfo): void };

/**
 * Starts a core with `start` and speaks the protocol to it. Resolves once the database is open, or
 * rejects with the core's own AppError (a foreign or newer database). A core that stops later is started
 * again on the same database; the calls it had in flight answer CORE_RESTARTED.
 */
export function connectCore(
  start: () => CoreLink,
  open: CoreOpenOptions,
  options: ConnectOptions = {},
): Promise<RemoteCore> {
  const { log = () => {}, maxRestarts = 3, restartWindowMs = 60_000, closeTimeoutMs = 5_000, onOpening } = options;
  const bus = new EventBus();
  const waiting = new Map<number, Waiting>();
  const restarts: number[] = [];
  let nextId = 1;
  let link: CoreLink;
  let ready = false;
  let queue: CoreRequest[] = [];
  let closing = false;
  let gone = false;

  const send = (request: CoreRequest) => (ready ? link.post(request) : queue.push(request));
  const request = (build: (id: number) => CoreRequest, waiter: Waiting) => {
    const id = nextId++;
    if (gone) return waiter.fail(CORE_GONE);
    if (closing) return waiter.fail(CORE_CLOSED);
    waiting.set(id, waiter);
    send(build(id));
  };

  return new Promise<RemoteCore>((resolveStart, rejectStart) => {
    let started = false;
    let failure: ErrorInfo | null = null;

    const attach = () => {
      ready = false;
      failure = null;
      const current = start();
      link = current;
      current.onReply((reply) => {
        if (current !== link) return;
        if ('listening' in reply) return current.post({ open });
        if ('ready' in reply) {
          ready = true;
          const pending = queue;
          queue = [];
          pending.forEach((r) => current.post(r));
          if (!started) {
            started = true;
            resolveStart(remote);
          }
          return;
        }
        if ('failed' in reply) {
          // It could not open the database: stop it; its exit settles the start, or counts as a stop.
          failure = reply.failed;
          return current.kill();
        }
        if ('event' in reply) return started || !onOpening ? bus.emit(reply.event) : onOpening(reply.event);
        const waiter = waiting.get(reply.id);
        waiting.delete(reply.id);
        waiter?.answer(reply);
      });
      current.onExit((detail) => {
        if (current !== link || closing) return;
        if (!started)
          return rejectStart(
            failure ? AppError.from(failure) : new Error(`Tidemark's engine did not start (${detail}).`),
          );
        log(`the core stopped (${detail})${failure ? `: ${failure.message}` : ''}`);
        // Whatever was sent to it, or waiting for it to open, is lost with it.
        const inFlight = [...waiting.values()];
        waiting.clear();
        queue = [];
        const now = Date.now();
        restarts.push(now);
        while (restarts.length && now - restarts[0]! > restartWindowMs) restarts.shift();
        if (restarts.length > maxRestarts) {
          gone = true;
          ready = false;
          inFlight.forEach((w) => w.fail(CORE_GONE));
          return;
        }
        inFlight.forEach((w) => w.fail(CORE_RESTARTED));
        attach();
      });
    };

    const remote: RemoteCore = {
      dbPath: open.dbPath,
      dispatch: (method, input) =>
        new Promise((resolve) =>
          request((id) => ({ id, method, input }), {
            answer: (reply) => resolve('result' in reply ? reply.result : { ok: false, error: CORE_RESTARTED }),
            fail: (error) => resolve({ ok: false, error }),
          }),
        ),
      onEvent: (listener) => bus.on(listener),
      takeDownload: (downloadId) =>
        new Promise((resolve) =>
          request((id) => ({ id, takeDownload: downloadId }), {
            answer: (reply) => {
              const file = 'download' in reply ? reply.download : null;
              resolve(file && { ...file, done: () => send({ releaseDownload: downloadId }) });
            },
            fail: () => resolve(null),
          }),
        ),
      close: () => {
        if (closing) return Promise.resolve();
        closing = true;
        if (gone) return Promise.resolve();
        return new Promise<void>((resolve) => {
          let finished = false;
          const finish = () => {
            if (finished) return;
            finished = true;
            clearTimeout(timer);
            link.kill();
            const left = [...waiting.values()];
            waiting.clear();
            left.forEach((w) => w.fail(CORE_CLOSED));
            resolve();
          };
          const timer = setTimeout(finish, closeTimeoutMs);
          const id = nextId++;
          waiting.set(id, { answer: finish, fail: finish });
          send({ id, close: true });
          link.onExit(finish);
        });
      },
    };
    attach();
  });
}
