import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { openCore } from '../core';
import type { CoreRequest } from '../core/process/protocol';
import { serveCore } from '../core/process/serve-core';
import { taskReporter } from '../core/task-progress';
import { BRIDGE_EVENT } from '../shared/bridge';
import type { AppEvent } from '../shared/contract';
import { APP_ORIGIN } from './app-url';
import { startAppCores } from './app-cores';
import { registerIpc } from './ipc';

/**
 * Electron's utility process, played in this process by the real protocol (serveCore) over a real SQLite
 * core. Every open first says one step, as a Parquet dataset's first open does (open-served.ts).
 */
class OpeningCoreProcess extends EventEmitter {
  private listener: ((request: CoreRequest) => void) | null = null;
  constructor() {
    super();
    serveCore(
      (options, emit) => {
        taskReporter('dataset', (payload) => emit({ name: 'taskProgress', payload }))({
          label: 'trade.parquet',
          done: 1,
          total: 4,
          step: 'rows',
        });
        return openCore({ ...options, log: () => {} });
      },
      {
        post: (reply) => setImmediate(() => this.emit('message', structuredClone(reply))),
        onMessage: (listener) => (this.listener = listener),
      },
      () => setImmediate(() => this.emit('exit', 0)),
    );
  }
  postMessage(request: CoreRequest): void {
    setImmediate(() => this.listener?.(structuredClone(request)));
  }
  kill(): boolean {
    this.emit('exit', 0);
    return true;
  }
}

vi.mock('electron', () => ({
  ipcMain: { handle: () => {}, removeHandler: () => {} },
  utilityProcess: { fork: () => new OpeningCoreProcess() },
}));

const sent: unknown[][] = [];
const window = {
  getURL: () => `${APP_ORIGIN}/index.html`,
  isDestroyed: () => false,
  send: (...args: unknown[]) => void sent.push(args),
} as unknown as WebContents;

let dir: string;
beforeEach(() => {
  sent.length = 0;
  dir = mkdtempSync(join(tmpdir(), 'tidemark-app-cores-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('a database opened from the File menu shows the window how its opening goes', { timeout: 30_000 }, async () => {
  const cores = await startAppCores({
    modulePath: '/app/out/main/core-process.js',
    resourcesDir: join(dir, 'resources'),
    dbPath: join(dir, 'start.sqlite'),
    log: () => {},
  });
  const stopIpc = registerIpc({ core: cores, appOrigin: APP_ORIGIN, appContents: () => [window] });
  try {
    await cores.switchTo(join(dir, 'other.sqlite'), 'new');
    const steps = sent.filter(
      ([channel, event]) => channel === BRIDGE_EVENT && (event as AppEvent).name === 'taskProgress',
    );
    expect(steps.map(([, event]) => (event as AppEvent).payload)).toEqual([
      expect.objectContaining({ task: 'dataset', label: 'trade.parquet', done: 1, total: 4, step: 'rows' }),
    ]);
    expect(cores.dbPath()).toBe(join(dir, 'other.sqlite'));
  } finally {
    stopIpc();
    await cores.close();
  }
});
