import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../core';
import type { CoreReply, CoreRequest } from '../core/process/protocol';
import type { RemoteCore } from '../core/process/remote-core';
import { serveCore } from '../core/process/serve-core';
import { HEADER } from '../core/test-support/temp-core';
import { BRIDGE_EVENT, BRIDGE_INVOKE } from '../shared/bridge';
import type { Result } from '../shared/errors';
import { APP_ORIGIN } from './app-url';
import { startCoreProcess } from './core-launcher';
import { registerIpc } from './ipc';

/**
 * A stand-in for Electron's utility process: the real core and the real protocol (serveCore) on a real
 * SQLite file, in this process, with messages cloned as they would be between processes. `crash()` is a
 * process dying; `stall` swallows calls so one can be in flight when it does.
 */
class FakeUtilityProcess extends EventEmitter {
  readonly received: CoreRequest[] = [];
  stall = false;
  private dead = false;
  private core: Core | null = null;
  private listener: ((r: CoreRequest) => void) | null = null;

  constructor(
    readonly modulePath: string,
    readonly options: unknown,
  ) {
    super();
    setImmediate(() =>
      serveCore(
        (o) => (this.core = openCore({ ...o, log: () => {} })),
        { post: (reply: CoreReply) => this.reply(reply), onMessage: (l) => (this.listener = l) },
        () => this.crash(0),
      ),
    );
  }
  postMessage(request: CoreRequest): void {
    if (this.dead) return;
    this.received.push(structuredClone(request));
    if (this.stall && 'method' in request) return;
    setImmediate(() => this.listener?.(structuredClone(request)));
  }
  kill(): boolean {
    this.crash(0);
    return true;
  }
  crash(code = 1): void {
    if (this.dead) return;
    this.dead = true;
    this.core?.close();
    setImmediate(() => this.emit('exit', code));
  }
  private reply(reply: CoreReply): void {
    if (!this.dead) setImmediate(() => !this.dead && this.emit('message', structuredClone(reply)));
  }
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
const { handlers, forked } = vi.hoisted(() => ({ handlers: new Map<string, Handler>(), forked: [] as unknown[] }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
  utilityProcess: {
    fork: (modulePath: string, _args: string[], options: unknown) => {
      const child = new FakeUtilityProcess(modulePath, options);
      forked.push(child);
      return child;
    },
  },
}));

const children = () => forked as FakeUtilityProcess[];
const appWindow = {
  sent: [] as unknown[][],
  getURL: () => `${APP_ORIGIN}/index.html`,
  isDestroyed: () => false,
  send: (...a: unknown[]) => void appWindow.sent.push(a),
};
const contents = appWindow as unknown as WebContents;
const fromApp = {
  sender: contents,
  senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null },
} as unknown as IpcMainInvokeEvent;
const fromElsewhere = {
  sender: contents,
  senderFrame: { url: 'https://evil.example/', parent: null },
} as unknown as IpcMainInvokeEvent;
const invoke = (event: IpcMainInvokeEvent, method: string, input: unknown) =>
  Promise.resolve(handlers.get(BRIDGE_INVOKE)!(event, method, input)) as Promise<Result<unknown>>;

let dir: string;
let core: RemoteCore;
let stopIpc: () => void;
beforeEach(async () => {
  forked.length = 0;
  appWindow.sent = [];
  dir = mkdtempSync(join(tmpdir(), 'tidemark-launcher-'));
  core = await startCoreProcess(
    '/app/out/main/core-process.js',
    { dbPath: join(dir, 'app.sqlite') },
    { maxRestarts: 2 },
  );
  stopIpc = registerIpc({ core, appOrigin: APP_ORIGIN, appContents: () => [contents] });
});
afterEach(async () => {
  stopIpc();
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the core in a utility process', () => {
  it(
    'is forked from the built entry, and main forwards the page’s calls and the core’s events over one channel',
    { timeout: 60_000 },
    async () => {
      expect(children()).toHaveLength(1);
      expect(children()[0]).toMatchObject({
        modulePath: '/app/out/main/core-process.js',
        options: { serviceName: 'Tidemark core' },
      });
      expect(children()[0]!.received[0]).toEqual({ open: { dbPath: join(dir, 'app.sqlite') } });

      const csv = join(dir, 'a.csv');
      writeFileSync(csv, [HEADER, '2020-01,CHN,PRK,import,HS,0101,horses,10,USD,,'].join('\n'));
      expect(await invoke(fromApp, 'importFiles', { files: [{ path: csv }], options: {} })).toMatchObject({ ok: true });
      expect(await invoke(fromApp, 'appInfo', {})).toMatchObject({
        ok: true,
        value: { dbPath: join(dir, 'app.sqlite'), records: 1 },
      });
      // The import's progress, emitted in the core process, reaches the window through main.
      expect(
        appWindow.sent.some(
          ([channel, e]) => channel === BRIDGE_EVENT && (e as { name: string }).name === 'importProgress',
        ),
      ).toBe(true);
      // Sender checks stay in main: a refused call never reaches the core process.
      const before = children()[0]!.received.length;
      expect(await invoke(fromElsewhere, 'appInfo', {})).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(children()[0]!.received).toHaveLength(before);
    },
  );

  it(
    'is forked again when it crashes: the call in flight answers a typed error, the next call works on the same database',
    { timeout: 60_000 },
    async () => {
      const csv = join(dir, 'a.csv');
      writeFileSync(csv, [HEADER, '2020-01,CHN,PRK,import,HS,0101,horses,10,USD,,'].join('\n'));
      await invoke(fromApp, 'importFiles', { files: [{ path: csv }], options: {} });
      const first = children()[0]!;
      first.stall = true;
      const inFlight = invoke(fromApp, 'listBatches', {});
      await vi.waitFor(() => expect(first.received.at(-1)).toMatchObject({ method: 'listBatches' }));
      first.crash();
      expect(await inFlight).toMatchObject({
        ok: false,
        error: { code: 'internal', message: expect.stringContaining('started again'), key: 'core.restarted' },
      });
      await vi.waitFor(() => expect(children()).toHaveLength(2));
      await vi.waitFor(() => expect(children()[1]!.received[0]).toEqual({ open: { dbPath: join(dir, 'app.sqlite') } }));
      expect(await invoke(fromApp, 'appInfo', {})).toMatchObject({ ok: true, value: { records: 1 } });
      // Events from the new process still reach the window: main's listeners outlive the process.
      appWindow.sent = [];
      await invoke(fromApp, 'exportRecords', { format: 'csv', query: {}, deliver: 'download' });
      expect(appWindow.sent.some(([, e]) => (e as { name: string }).name === 'taskProgress')).toBe(true);
    },
  );

  it(
    'is left stopped after crashing again and again, and every call says what to do',
    { timeout: 60_000 },
    async () => {
      for (let i = 0; i < 3; i++) {
        const child = children().at(-1)!;
        await vi.waitFor(() => expect(child.received.length).toBeGreaterThan(0));
        child.crash();
        await vi.waitFor(() => expect(children().length).toBeGreaterThan(i + 1), { timeout: 2_000 }).catch(() => {});
      }
      // Two restarts allowed here; the third crash leaves it stopped.
      expect(children()).toHaveLength(3);
      expect(await invoke(fromApp, 'appInfo', {})).toMatchObject({
        ok: false,
        error: {
          code: 'internal',
          message: expect.stringContaining('Quit Tidemark and open it again'),
          key: 'core.gone',
        },
      });
    },
  );

  it(
    'refuses to start on a file that is not a Tidemark database, with the core’s typed error',
    { timeout: 60_000 },
    async () => {
      const notes = join(dir, 'notes.sqlite');
      writeFileSync(notes, 'notes, not a database\n'.repeat(200));
      await expect(startCoreProcess('/app/out/main/core-process.js', { dbPath: notes })).rejects.toMatchObject({
        name: 'AppError',
        code: expect.stringMatching(/^db_/),
      });
    },
  );
});
