import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { AppEvent } from '../../shared/contract';
import { AppError, type Result } from '../../shared/errors';
import { EventBus } from '../events';

/** What a host serves: a `Core` in its own thread (tests), or a `RemoteCore` beside it. */
export type ServedCore = {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  close(): void | Promise<void>;
};

/**
 * The core a host serves, and the one way to serve another database instead: the desktop app's File ▸
 * New, Open and Open Recent, and the browser host's /api/databases. A core is one database, so a switch
 * opens the other database's core, then closes the old one; calls and events always go to the current one,
 * so a host wires its transport once. Switches run one at a time.
 */
export type DatabaseSwitch<C extends ServedCore> = {
  current(): C;
  dbPath(): string;
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /**
   * Serves `dbPath` from now on. `new` refuses a file that exists (a new database never replaces one);
   * `open` refuses one that does not. `shown` is how the refusal names it (default: the file name).
   * Rejects with an AppError, and the current core goes on serving, when it cannot.
   */
  switchTo(dbPath: string, mode: 'open' | 'new', shown?: string): Promise<C>;
  close(): Promise<void>;
};

/** Why `dbPath` cannot be opened (`open`) or created (`new`), or nothing. */
export function checkSwitchTarget(dbPath: string, mode: 'open' | 'new', shown = basename(dbPath)): void {
  if (mode === 'new' && existsSync(dbPath))
    throw new AppError('conflict', { key: 'db.exists', params: { name: shown } });
  if (mode === 'open' && !existsSync(dbPath))
    throw new AppError('not_found', { key: 'db.missing', params: { name: shown } });
}

export function databaseSwitch<C extends ServedCore>(
  first: C,
  firstPath: string,
  /** `emit` reaches this switch's listeners while the core opens (a dataset's first open, step by step). */
  open: (dbPath: string, emit: (event: AppEvent) => void) => C | Promise<C>,
): DatabaseSwitch<C> {
  let core = first;
  let path = firstPath;
  const bus = new EventBus();
  let off = core.onEvent((e) => bus.emit(e));
  let queue: Promise<unknown> = Promise.resolve();

  const switchTo = (target: string, mode: 'open' | 'new', shown?: string): Promise<C> => {
    const run = queue.then(async () => {
      checkSwitchTarget(target, mode, shown);
      const next = await open(target, (e) => bus.emit(e));
      off();
      const old = core;
      core = next;
      path = target;
      off = core.onEvent((e) => bus.emit(e));
      await old.close();
      return next;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    current: () => core,
    dbPath: () => path,
    dispatch: (method, input) => core.dispatch(method, input),
    onEvent: (listener) => bus.on(listener),
    switchTo,
    close: async () => {
      await queue;
      off();
      await core.close();
    },
  };
}
