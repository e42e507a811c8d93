import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, resolveAppEntry } from './app-url';
import { denyPermissions, guardWebContents } from './security';

vi.mock('electron', () => ({ app: {}, session: {} }));

type Listener = (event: { url: string; preventDefault(): void }) => void;
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
  };
  guardWebContents(contents as unknown as WebContents, APP_ORIGIN);
  return {
    /** True when the guard blocked the event. */
    blocks(name: string, url: string): boolean {
      let prevented = false;
      listeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
      return prevented;
    },
    openWindow: () => openHandler?.(),
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

  it('opens no new windows and attaches no webviews', () => {
    const contents = fakeContents();
    expect(contents.openWindow()).toEqual({ action: 'deny' });
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
    expect(resolveAppEntry('http://localhost:5173/', false)).toEqual({ url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(resolveAppEntry('http://localhost:5173/', true)).toEqual({ url: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN });
    expect(resolveAppEntry(undefined, false).origin).toBe(APP_ORIGIN);
  });
});
