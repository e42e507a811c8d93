import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TidemarkBridge } from '../shared/bridge';
import type { AppEvent } from '../shared/contract';
import { BRIDGE_INVOKE } from '../shared/bridge';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: new Set<(event: unknown, payload: AppEvent) => void>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      electron.invoked.push(args);
      return Promise.resolve({ ok: true, value: 'pong' });
    },
    on: (_channel: string, listener: (event: unknown, payload: AppEvent) => void) => electron.listeners.add(listener),
    removeListener: (_channel: string, listener: (event: unknown, payload: AppEvent) => void) =>
      electron.listeners.delete(listener),
  },
  webUtils: { getPathForFile: (file: { name: string }) => `/dropped/${file.name}` },
}));

let bridge: TidemarkBridge;
beforeAll(async () => {
  await import('./index');
  bridge = electron.exposed.get('tidemark') as TidemarkBridge;
});

describe('preload bridge', () => {
  it('sends every call over the one invoke channel', async () => {
    await expect(bridge.call('appInfo', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(electron.invoked).toEqual([[BRIDGE_INVOKE, 'appInfo', {}]]);
  });

  it('delivers events without the IPC event object, until unsubscribed', () => {
    const seen: AppEvent[] = [];
    const stop = bridge.onEvent((event) => seen.push(event));
    const progress: AppEvent = {
      name: 'importProgress',
      payload: { file: 'a.csv', bytesRead: 1, bytesTotal: 2, rows: 1, percent: 50, etaSeconds: null, done: false },
    };
    for (const listener of electron.listeners) listener({ sender: 'secret' }, progress);
    expect(seen).toEqual([progress]);
    stop();
    expect(electron.listeners.size).toBe(0);
  });

  it('turns a dropped file into its path on disk', () => {
    expect(bridge.pathForFile({ name: 'trade.csv' } as File)).toBe('/dropped/trade.csv');
  });
});
