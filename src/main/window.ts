import { BrowserWindow } from 'electron';

/**
 * The renderer gets no Node, runs sandboxed and isolated, and reaches main only through the preload.
 * The options are written out literally where the window is made, so that Electronegativity (run by
 * `npm test`, scripts/electronegativity.mjs) can read them rather than guess the worst.
 */
export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow({
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
      // A middle click opens links in new windows; new windows are denied anyway (security.ts), and this removes the path.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // Show once painted so the user never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
