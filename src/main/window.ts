import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/** The renderer gets no Node, runs sandboxed and isolated, and reaches main only through the preload. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Tidemark',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath));
  // Show once painted so the user never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
