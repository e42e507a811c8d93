// App lifecycle. Everything else lives in a file named for it; this one only puts them in order.
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import type { DatabaseSwitch } from '../core/process/database-switch';
import type { RemoteCore } from '../core/process/remote-core';
import { resolveAppEntry } from './app-url';
import { startAppCores } from './app-cores';
import type { ChooseSavePath } from './export-destination';
import { registerIpc, sendAppEvent } from './ipc';
import { buildMenu } from './menu';
import { rememberRecent } from './recent-databases';
import { registerAppScheme, serveRenderer } from './protocol';
import { applySecurity } from './security';
import { createMainWindow } from './window';

const outDir = join(import.meta.dirname, '..');
const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
const entry = resolveAppEntry(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

function log(message: string, err?: unknown): void {
  console.error(`[tidemark] ${message}`, ...(err === undefined ? [] : [err]));
}

// The core's utility process: a build entry of its own (electron.vite.config.ts), beside index.js.
const coreProcessPath = join(import.meta.dirname, 'core-process.js');

/** The native save dialog for an export, over the window that asked; no size limit, any folder the person picks. */
const chooseSavePath: ChooseSavePath = async (sender, suggested, format) => {
  const window = BrowserWindow.fromWebContents(sender);
  const options = {
    title: format === 'xlsx' ? 'Export as Excel workbook' : 'Export as CSV',
    defaultPath: join(app.getPath('documents'), suggested),
    filters: [
      format === 'xlsx'
        ? { name: 'Excel workbook', extensions: ['xlsx'] }
        : { name: 'CSV (UTF-8)', extensions: ['csv'] },
    ],
  };
  const r = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
};

function start(): void {
  let cores: DatabaseSwitch<RemoteCore> | undefined;
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
  // Quitting waits (at most a few seconds) for the core process to close its database cleanly.
  app.on('will-quit', (event) => {
    stopIpc?.();
    const closing = cores;
    cores = undefined;
    if (!closing) return;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(async () => {
      applySecurity(entry.origin);
      serveRenderer(join(outDir, 'renderer'));
      const recentFile = join(app.getPath('userData'), 'recent-databases.json');
      const appContents = () => BrowserWindow.getAllWindows().map((window) => window.webContents);
      // The core runs in its own process, so a sort, a preview or a migration's backup never stalls the window.
      const served = await startAppCores({
        modulePath: coreProcessPath,
        resourcesDir,
        dbPath: join(app.getPath('userData'), 'tidemark.sqlite'),
        log,
      });
      cores = served;
      // Wired once: calls and events follow the switch to whichever database is open.
      stopIpc = registerIpc({ core: served, appOrigin: entry.origin, appContents, log, chooseSavePath });
      // A switch reloads every window so no page keeps showing rows from the database that was closed.
      const switchTo = async (dbPath: string, mode: 'open' | 'new') => {
        try {
          await served.switchTo(dbPath, mode, dbPath);
          setMenu(rememberRecent(recentFile, dbPath));
          BrowserWindow.getAllWindows().forEach((window) => window.webContents.reload());
        } catch (err) {
          log(`could not open ${dbPath}`, err);
          dialog.showErrorBox(
            mode === 'new' ? 'Could not create the database' : 'Could not open the database',
            err instanceof Error ? err.message : String(err),
          );
        }
      };
      const filters = [{ name: 'Tidemark database', extensions: ['sqlite'] }];
      const setMenu = (recent: readonly string[]) =>
        Menu.setApplicationMenu(
          buildMenu(
            (command) => {
              // The page runs the command with its own dialogs; only the focused window's page should, so send to it alone.
              const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
              if (target)
                sendAppEvent({ name: 'appCommand', payload: { command } }, entry.origin, () => [target.webContents]);
            },
            {
              recent,
              onNew: () =>
                void dialog
                  .showSaveDialog({ title: 'New Database', defaultPath: 'untitled.sqlite', filters })
                  .then((r) => {
                    if (r.canceled || !r.filePath) return;
                    // Never replace a file (the dialog's "replace?" would delete someone's records): the switch refuses one that exists.
                    void switchTo(r.filePath.endsWith('.sqlite') ? r.filePath : `${r.filePath}.sqlite`, 'new');
                  }),
              onOpen: () =>
                void dialog.showOpenDialog({ title: 'Open Database', properties: ['openFile'], filters }).then((r) => {
                  if (!r.canceled && r.filePaths[0]) void switchTo(r.filePaths[0], 'open');
                }),
              onOpenDataset: () =>
                void dialog
                  .showOpenDialog({ title: 'Open Parquet Dataset (read-only)', properties: ['openDirectory'] })
                  .then((r) => {
                    if (!r.canceled && r.filePaths[0]) void switchTo(r.filePaths[0], 'open');
                  }),
              onExportParquet: () =>
                void dialog
                  .showSaveDialog({
                    title: 'Export Parquet Dataset',
                    defaultPath: 'trade-parquet',
                    properties: ['createDirectory'],
                  })
                  .then(async (r) => {
                    if (r.canceled || !r.filePath) return;
                    // Main names the folder, never the page; the core refuses one that already holds files.
                    const written = await served.dispatch('exportParquet', { dir: r.filePath });
                    if (!written.ok) dialog.showErrorBox('Could not export the Parquet dataset', written.error.message);
                    else
                      void dialog.showMessageBox({
                        message: `Wrote the Parquet dataset ${r.filePath}. DuckDB, Spark and Trino read it; File ▸ Open Dataset opens it here read-only.`,
                      });
                  }),
              onOpenRecent: (path) => void switchTo(path, 'open'),
            },
          ),
        );
      setMenu(rememberRecent(recentFile, served.dbPath()));
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
