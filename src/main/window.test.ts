import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from './window';

const created = vi.hoisted(
  () =>
    [] as Array<{
      options: BrowserWindowConstructorOptions;
      loaded: string[];
      shown: boolean;
      fire(name: string): void;
    }>,
);
vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly listeners = new Map<string, () => void>();
    private readonly record;
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = {
        options,
        loaded: [] as string[],
        shown: false,
        fire: (name: string) => this.listeners.get(name)?.(),
      };
      created.push(this.record);
    }
    once(name: string, listener: () => void) {
      this.listeners.set(name, listener);
    }
    show() {
      this.record.shown = true;
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

describe('the main window', () => {
  it('gives the page no Node and loads the app through the preload only', () => {
    createMainWindow('/app/out/preload/index.cjs', 'app://tidemark/index.html');
    const window = created.at(-1);
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window?.loaded).toEqual(['app://tidemark/index.html']);
  });

  it('stays hidden until the first paint, then shows', () => {
    createMainWindow('/p.cjs', 'app://tidemark/index.html');
    const window = created.at(-1);
    expect(window?.shown).toBe(false);
    window?.fire('ready-to-show');
    expect(window?.shown).toBe(true);
  });
});
