import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { contract } from '../shared/contract';
import type { CoreChannel } from './ipc';

const IMPORT_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx', 'xls'];

/** File ▸ Import… runs the same `importFiles` call as a drop; progress reaches the window as events. */
export async function importFromMenu(window: BrowserWindow, core: CoreChannel): Promise<void> {
  const picked = await dialog.showOpenDialog(window, {
    title: 'Import trade data',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Trade data', extensions: IMPORT_EXTENSIONS }],
  });
  if (picked.canceled || picked.filePaths.length === 0) return;
  const result = await core.dispatch('importFiles', { files: picked.filePaths.map((path) => ({ path })), options: {} });
  if (!result.ok) {
    await dialog.showMessageBox(window, { type: 'error', message: 'Import failed', detail: result.error.message });
    return;
  }
  const report = contract.importFiles.output.safeParse(result.value);
  const failed = report.success ? report.data.files.filter((file) => file.status === 'failed') : [];
  if (failed.length > 0) {
    const detail = failed.map((file) => `${file.file}: ${file.error?.message ?? 'unknown error'}`).join('\n');
    await dialog.showMessageBox(window, { type: 'warning', message: `${failed.length} file(s) were not imported`, detail });
  }
}

export function buildMenu(onImport: () => void): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: '&Import…', accelerator: 'CmdOrCtrl+O', click: onImport },
        { type: 'separator' },
        { label: '&Quit', accelerator: 'CmdOrCtrl+Q', click: () => app.quit() },
      ],
    },
    { role: 'editMenu' },
    ...(app.isPackaged ? [] : [{ role: 'viewMenu' } satisfies MenuItemConstructorOptions]),
  ];
  return Menu.buildFromTemplate(template);
}
