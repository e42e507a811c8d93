import { useEffect, useEffectEvent } from 'react';
import { TABS, type Tab } from './tabs';

export type ShortcutActions = { importFiles(): void; exportCsv(): void; showTab(tab: Tab): void; toggleHelp(): void };

/** What the help overlay lists; the handler below is the one place that acts on them. */
export const SHORTCUTS = [
  { keys: 'Ctrl+O', action: 'import' },
  { keys: 'Ctrl+E', action: 'export' },
  ...TABS.map((tab, i) => ({ keys: `Ctrl+${i + 1}`, action: `tab:${tab}` })),
  { keys: '?', action: 'help' },
  { keys: 'Esc', action: 'escape' },
] as const;

/** Handled by the records grid itself; listed so the overlay shows every shortcut in one place. */
export const GRID_SHORTCUTS = [
  { keys: 'Ctrl+Z', action: 'undo' },
  { keys: 'Ctrl+Shift+Z', action: 'redo' },
  { keys: 'Ctrl+C', action: 'copy' },
  { keys: 'Ctrl+V', action: 'paste' },
] as const;

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Window-wide shortcuts; Cmd stands in for Ctrl on macOS. `?` is ignored while typing. */
export function useShortcuts(actions: ShortcutActions): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    // A modal dialog (the import questions) owns the keyboard while it is open.
    if (document.querySelector('dialog[open]')) return;
    const mod = e.ctrlKey || e.metaKey;
    const a = actions;
    if (mod && !e.shiftKey && !e.altKey) {
      const key = e.key.toLowerCase();
      const tab = /^[1-9]$/.test(key) ? TABS[Number(key) - 1] : undefined;
      if (key === 'o') a.importFiles();
      else if (key === 'e') a.exportCsv();
      else if (tab) a.showTab(tab);
      else return;
      e.preventDefault();
      return;
    }
    if (e.key === '?' && !mod && !typingIn(e.target)) {
      e.preventDefault();
      a.toggleHelp();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
