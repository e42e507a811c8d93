import { useEffect, useState } from 'react';

/** What the person chose in the toolbar; System follows the operating system's setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export const THEME_STORAGE_KEY = 'tidemark.theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set<() => void>();

const isChoice = (v: unknown): v is ThemeChoice =>
  typeof v === 'string' && (THEME_CHOICES as readonly string[]).includes(v);

export function themeChoice(): ThemeChoice {
  const saved = localStorage.getItem(THEME_STORAGE_KEY);
  return isChoice(saved) ? saved : 'system';
}

/** The theme in force: the choice, or the system's where the choice is System. */
export function currentTheme(): Theme {
  const choice = themeChoice();
  if (choice !== 'system') return choice;
  return darkQuery().matches ? 'dark' : 'light';
}

/** data-theme on <html> pins the stylesheet's color-scheme; without it the system's applies. */
function apply(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export function setThemeChoice(choice: ThemeChoice): void {
  localStorage.setItem(THEME_STORAGE_KEY, choice);
  apply(choice);
  listeners.forEach((l) => l());
}

/** Before the first render, so the first paint is already in the chosen theme. */
export function applySavedTheme(): void {
  apply(themeChoice());
  darkQuery().addEventListener('change', () => listeners.forEach((l) => l()));
}

/** The choice and the theme in force, re-rendering when either changes (a switch here, or the system's setting). */
export function useTheme(): { choice: ThemeChoice; theme: Theme } {
  const [state, setState] = useState(() => ({ choice: themeChoice(), theme: currentTheme() }));
  useEffect(() => {
    const update = () =>
      setState((s) =>
        s.choice === themeChoice() && s.theme === currentTheme() ? s : { choice: themeChoice(), theme: currentTheme() },
      );
    listeners.add(update);
    update();
    return () => void listeners.delete(update);
  }, []);
  return state;
}
