import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, resolveAppEntry } from './app-url';
import { denyPermissions, guardWebContents } from './security';

const opened = vi.hoisted(() => [] as string[]);
vi.mock('electron', () => ({
  app: {},
  session: {},
  shell: { openExternal: async (url: string) => void opened.push(url) },
}));

type Listener = (event: { url: string; preventDefault(): void }) => void;
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => (openHandler = handler),
  };
  guardWebContents(contents as unknown as WebContents, APP_ORIGIN);
  return {
    /** True when the guard blocked the event. */
    blocks(name: string, url: string): boolean {
      let prevented = false;
      listeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
      return prevented;
    },
    openWindow: (url = 'https://example.com/') => openHandler?.({ url }),
  };
}

describe('navigation guard', () => {
  it('keeps the window on the app: outside pages and dropped files do not replace it', () => {
    const contents = fakeContents();
    expect(contents.blocks('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.blocks('will-navigate', 'file:///home/me/trade.csv')).toBe(true);
    expect(contents.blocks('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(contents.blocks('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
  });

  it('opens no new windows and attaches no webviews; a web link goes to the system browser, nothing else does', () => {
    const contents = fakeContents();
    opened.length = 0;
    expect(contents.openWindow('https://www.reuters.com/article/x')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.reuters.com/article/x']);
    expect(contents.blocks('will-attach-webview', 'https://example.com/')).toBe(true);
  });
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    const ses = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    };
    denyPermissions(ses as unknown as Session);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      requestHandler?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(checkHandler?.()).toBe(false);
  });
});

describe('app entry', () => {
  it('uses the dev server only in an unpackaged build', () => {
    expect(resolveAppEntry('http://localhost:5173/', false)).toEqual({
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    expect(resolveAppEntry('http://localhost:5173/', true)).toEqual({
      url: `${APP_ORIGIN}/index.html`,
      origin: APP_ORIGIN,
    });
    expect(resolveAppEntry(undefined, false).origin).toBe(APP_ORIGIN);
  });
});
