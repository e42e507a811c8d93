import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../shared/contract';

export type MenuCommand = EventPayload<'appCommand'>['command'];

/**
 * File ▸ Import… and Export… do not act in main: they ask the page (as an `appCommand` event) to do what
 * its toolbar does, so a menu import goes through the same import dialog (flow, reporter, preview) as a drop.
 */
export function buildMenu(onCommand: (command: MenuCommand) => void): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: '&Import…', accelerator: 'CmdOrCtrl+O', click: () => onCommand('import') },
        { label: '&Export CSV…', accelerator: 'CmdOrCtrl+E', click: () => onCommand('export') },
        { type: 'separator' },
        { label: '&Quit', accelerator: 'CmdOrCtrl+Q', click: () => app.quit() },
      ],
    },
    { role: 'editMenu' },
    ...(app.isPackaged ? [] : [{ role: 'viewMenu' } satisfies MenuItemConstructorOptions]),
  ];
  return Menu.buildFromTemplate(template);
}
