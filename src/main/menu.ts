import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../shared/contract';

export type MenuCommand = EventPayload<'appCommand'>['command'];

/**
 * File ▸ Import… and Export… do not act in main: they ask the page (as an `appCommand` event) to do what
 * its toolbar does, so a menu import goes through the same import dialog (flow, reporter, preview) as a drop.
 */
export type DatabaseMenu = {
  recent: readonly string[];
  onNew(): void;
  onOpen(): void;
  /** A Parquet dataset folder (tidemark export --parquet), opened read-only. */
  onOpenDataset(): void;
  /** Every current record as a Parquet dataset, into a new folder chosen in main. */
  onExportParquet(): void;
  onOpenRecent(path: string): void;
};

/** New, Open and Open Recent act in main: only main may name a path, and a core is one database. */
export function buildMenu(onCommand: (command: MenuCommand) => void, databases?: DatabaseMenu): Menu {
  const databaseItems: MenuItemConstructorOptions[] = databases
    ? [
        { label: '&New Database…', accelerator: 'CmdOrCtrl+Shift+N', click: () => databases.onNew() },
        { label: 'Open &Database…', accelerator: 'CmdOrCtrl+Shift+O', click: () => databases.onOpen() },
        { label: 'Open Data&set (Parquet, read-only)…', click: () => databases.onOpenDataset() },
        {
          label: 'Open &Recent',
          submenu: databases.recent.length
            ? databases.recent.map((path) => ({ label: path, click: () => databases.onOpenRecent(path) }))
            : [{ label: 'No recent databases', enabled: false }],
        },
        { type: 'separator' },
      ]
    : [];
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        ...databaseItems,
        { label: '&Import…', accelerator: 'CmdOrCtrl+O', click: () => onCommand('import') },
        { label: '&Export CSV…', accelerator: 'CmdOrCtrl+E', click: () => onCommand('export') },
        ...(databases
          ? [
              {
                label: 'Export &Parquet Dataset…',
                click: () => databases.onExportParquet(),
              } as MenuItemConstructorOptions,
            ]
          : []),
        { type: 'separator' },
        { label: '&Quit', accelerator: 'CmdOrCtrl+Q', click: () => app.quit() },
      ],
    },
    { role: 'editMenu' },
    ...(app.isPackaged ? [] : [{ role: 'viewMenu' } satisfies MenuItemConstructorOptions]),
  ];
  return Menu.buildFromTemplate(template);
}
