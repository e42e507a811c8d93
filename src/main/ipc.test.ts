import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_EVENT, BRIDGE_INVOKE } from '../shared/bridge';
import { METHODS, type AppEvent } from '../shared/contract';
import type { Result } from '../shared/errors';
import { APP_ORIGIN } from './app-url';
import { registerIpc, sendAppEvent, type CoreChannel } from './ipc';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

type FakeContents = { url: string; destroyed: boolean; sent: unknown[][] };
function fakeContents(url = `${APP_ORIGIN}/index.html`): FakeContents & WebContents {
  const fake = {
    url,
    destroyed: false,
    sent: [] as unknown[][],
    getURL: () => fake.url,
    isDestroyed: () => fake.destroyed,
    send: (...args: unknown[]) => void fake.sent.push(args),
  };
  return fake as unknown as FakeContents & WebContents;
}

function invokeEvent(sender: WebContents, frame: { url: string; parent: object | null } | null): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

const PROGRESS: AppEvent = {
  name: 'importProgress',
  payload: { file: 'a.csv', bytesRead: 5, bytesTotal: 10, rows: 3, percent: 50, etaSeconds: null, done: false },
};

let calls: Array<[string, unknown]>;
let eventListener: ((event: AppEvent) => void) | undefined;
let appWindow: ReturnType<typeof fakeContents>;
let windows: WebContents[];
let dispose: () => void;

const core: CoreChannel = {
  dispatch: async (method, input) => {
    calls.push([method, input]);
    return { ok: true, value: { echoed: method } };
  },
  onEvent: (listener) => {
    eventListener = listener;
    return () => (eventListener = undefined);
  },
};

function call(event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Result<unknown>> {
  const handler = handlers.get(BRIDGE_INVOKE);
  if (!handler) throw new Error('no handler on the invoke channel');
  return Promise.resolve(handler(event, method, input)) as Promise<Result<unknown>>;
}

beforeEach(() => {
  calls = [];
  appWindow = fakeContents();
  windows = [appWindow];
  dispose = registerIpc({ core, appOrigin: APP_ORIGIN, appContents: () => windows });
});
afterEach(() => dispose());

describe('the IPC channel', () => {
  it.each(METHODS)('carries %s from the app window to the core and back', async (method) => {
    const input = { probe: method };
    const result = await call(invokeEvent(appWindow, { url: `${APP_ORIGIN}/index.html`, parent: null }), method, input);
    expect(calls).toEqual([[method, input]]);
    expect(result).toEqual({ ok: true, value: { echoed: method } });
  });

  it.each([
    [
      'another origin in an app window',
      () => invokeEvent(appWindow, { url: 'https://evil.example/index.html', parent: null }),
    ],
    ['a file:// page in an app window', () => invokeEvent(appWindow, { url: 'file:///tmp/index.html', parent: null })],
    ['an iframe inside the app page', () => invokeEvent(appWindow, { url: `${APP_ORIGIN}/index.html`, parent: {} })],
    [
      'a window the app does not own',
      () => invokeEvent(fakeContents(), { url: `${APP_ORIGIN}/index.html`, parent: null }),
    ],
    ['a frame that has gone away', () => invokeEvent(appWindow, null)],
  ])('refuses a call from %s without reaching the core', async (_label, makeEvent) => {
    const result = await call(makeEvent(), 'listBatches', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(calls).toEqual([]);
  });

  it('refuses a method name that is not text', async () => {
    const result = await call(invokeEvent(appWindow, { url: `${APP_ORIGIN}/`, parent: null }), 42, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(calls).toEqual([]);
  });

  it('never lets the page name a file path for an export, even from the app window', async () => {
    const appFrame = invokeEvent(appWindow, { url: `${APP_ORIGIN}/`, parent: null });
    const result = await call(appFrame, 'exportRecords', { format: 'csv', query: {}, path: '/home/someone/.bashrc' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad_input', message: expect.stringContaining('downloaded') },
    });
    expect(calls).toEqual([]);
    await call(appFrame, 'exportRecords', { format: 'csv', query: {} });
    expect(calls.map((c) => c[0])).toEqual(['exportRecords']);
  });

  it('saves an export where the person chose in the native save dialog, with no size limit, and nowhere if cancelled', async () => {
    dispose();
    let answer: string | null = '/home/someone/Documents/report';
    const asked: unknown[][] = [];
    dispose = registerIpc({
      core,
      appOrigin: APP_ORIGIN,
      appContents: () => windows,
      chooseSavePath: async (...args) => (asked.push(args.slice(1)), answer),
    });
    const appFrame = invokeEvent(appWindow, { url: `${APP_ORIGIN}/`, parent: null });
    await call(appFrame, 'exportRecords', { format: 'xlsx', query: {}, deliver: 'ask' });
    expect(asked).toEqual([['tidemark-records.xlsx', 'xlsx']]);
    expect(calls).toEqual([
      ['exportRecords', { format: 'xlsx', query: {}, deliver: 'inline', path: '/home/someone/Documents/report.xlsx' }],
    ]);
    answer = null;
    const cancelled = await call(appFrame, 'exportRecords', { format: 'csv', query: {}, deliver: 'ask' });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(calls).toHaveLength(1);
    // Asking for the dialog never lets the page add a path of its own.
    const sneaky = await call(appFrame, 'exportRecords', {
      format: 'csv',
      query: {},
      deliver: 'ask',
      path: '/etc/cron.d/x.csv',
    });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(calls).toHaveLength(1);
  });

  it('forwards core events to app windows only', () => {
    const closed = fakeContents();
    closed.destroyed = true;
    const elsewhere = fakeContents('https://evil.example/');
    windows.push(closed, elsewhere);
    eventListener?.(PROGRESS);
    expect(appWindow.sent).toEqual([[BRIDGE_EVENT, PROGRESS]]);
    expect(closed.sent).toEqual([]);
    expect(elsewhere.sent).toEqual([]);
  });

  it('sends a menu command (File > Import) to app windows only, so the page opens its own import dialog', () => {
    const elsewhere = fakeContents('https://evil.example/');
    windows.push(elsewhere);
    const command = { name: 'appCommand', payload: { command: 'import' } } as const;
    sendAppEvent(command, APP_ORIGIN, () => windows);
    expect(appWindow.sent).toEqual([[BRIDGE_EVENT, command]]);
    expect(elsewhere.sent).toEqual([]);
  });

  it('stops serving calls and events once disposed', () => {
    dispose();
    expect(handlers.has(BRIDGE_INVOKE)).toBe(false);
    expect(eventListener).toBeUndefined();
  });
});
