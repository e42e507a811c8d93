// App lifecycle. Everything else lives in a file named for it; this one only puts them in order.
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_WORKER_LIMITS, openCore, type Core, type ExportWorkerFactory, type WorkerFactory } from '../core';
import startExportWorker from '../core/export/export-worker?nodeWorker';
import startImportWorker from '../core/import/import-worker?nodeWorker';
import { resolveAppEntry } from './app-url';
import { registerIpc, sendAppEvent } from './ipc';
import { buildMenu } from './menu';
import { nativeBindingPath } from './native-binding';
import { registerAppScheme, serveRenderer } from './protocol';
import { applySecurity } from './security';
import { createMainWindow } from './window';

const SAMPLE_FILE = 'nk-china-published.csv';
const outDir = join(import.meta.dirname, '..');
const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
const entry = resolveAppEntry(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

function log(message: string, err?: unknown): void {
  console.error(`[tidemark] ${message}`, ...(err === undefined ? [] : [err]));
}

// electron-vite bundles the worker next to main and hands back a constructor for it.
const importWorker: WorkerFactory = (request) => startImportWorker({ workerData: request, resourceLimits: IMPORT_WORKER_LIMITS });
const exportWorker: ExportWorkerFactory = (request) => startExportWorker({ workerData: request });

function openAppCore(): Core {
  const samplePath = join(resourcesDir, 'sample', SAMPLE_FILE);
  return openCore({
    dbPath: join(app.getPath('userData'), 'tidemark.sqlite'),
    seed: existsSync(samplePath) ? { path: samplePath, name: SAMPLE_FILE } : undefined,
    nativeBinding: nativeBindingPath(resourcesDir),
    importWorker,
    exportWorker,
    log,
  });
}

function start(): void {
  let core: Core | undefined;
  let stopIpc: (() => void) | undefined;
  let mainWindow: BrowserWindow | undefined;

  const openWindow = () => {
    mainWindow = createMainWindow(join(outDir, 'preload', 'index.cjs'), entry.url);
    mainWindow.on('closed', () => (mainWindow = undefined));
  };

  app.on('second-instance', () => {
    if (!mainWindow) return openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', () => {
    stopIpc?.();
    core?.close();
  });

  app
    .whenReady()
    .then(() => {
      applySecurity(entry.origin);
      serveRenderer(join(outDir, 'renderer'));
      const opened = openAppCore();
      core = opened;
      const appContents = () => BrowserWindow.getAllWindows().map((window) => window.webContents);
      stopIpc = registerIpc({ core: opened, appOrigin: entry.origin, appContents, log });
      // The page runs the command with its own dialogs; only the focused window's page should, so send to it alone.
      Menu.setApplicationMenu(
        buildMenu((command) => {
          const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
          if (target) sendAppEvent({ name: 'appCommand', payload: { command } }, entry.origin, () => [target.webContents]);
        }),
      );
      openWindow();
    })
    .catch((err: unknown) => {
      log('Tidemark could not start', err);
      dialog.showErrorBox('Tidemark could not start', err instanceof Error ? err.message : String(err));
      app.exit(1);
    });
}

// Must precede `ready`; privileged schemes cannot be registered later.
registerAppScheme();
if (app.requestSingleInstanceLock()) start();
else app.quit();
