import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaNames } from '../../shared/domain';

/**
 * Names of reporters and partners, as the core gives them (the `dimensions` method carries the name of
 * every code held, in English, Korean and Chinese). The renderer keeps no table of its own: the core's
 * src/core/reference/areas.ts is the one owner of every country's and area's name.
 */
let names: Readonly<Record<string, AreaNames>> = {};
let version = 0;
const listeners = new Set<() => void>();

/** Adds names the core sent; views showing codes re-render with them. */
export function rememberAreaNames(next: Readonly<Record<string, AreaNames>>): void {
  const fresh = Object.entries(next).filter(([code, n]) => names[code]?.en !== n.en || names[code]?.ko !== n.ko);
  if (fresh.length === 0) return;
  names = { ...names, ...Object.fromEntries(fresh) };
  version++;
  for (const l of listeners) l();
}

export function knowsAreaNames(): boolean {
  return version > 0;
}

type NameLang = keyof AreaNames;
const nameLang = (lang: string): NameLang => {
  const short = lang.slice(0, 2).toLowerCase();
  return short === 'ko' || short === 'zh' ? short : 'en';
};

type Names = Readonly<Record<string, AreaNames>>;
const nameIn = (held: Names, code: string, lang: string): string | null => held[code]?.[nameLang(lang)] ?? null;
function labelIn(held: Names, code: string, lang: string): string {
  if (!code || code.startsWith('?')) return code;
  const name = nameIn(held, code, lang);
  return name && name !== code ? `${name} (${code})` : code;
}

/** A country's or area's name in the UI language, or null for a code the core has not named. */
export function countryName(code: string, lang: string): string | null {
  return nameIn(names, code, lang);
}

/** "North Korea (PRK)" / "북한 (PRK)"; an unknown area ("?Atlantis") or an unnamed code stays itself, so nothing is ever blank. */
export function countryLabel(code: string, lang: string): string {
  return labelIn(names, code, lang);
}

/**
 * The held reporter or partner codes a grid filter stands for, typed as the grid shows them: "Korea" is in
 * "North Korea (PRK)" and "South Korea (KOR)", 북한 in "북한 (PRK)", and a name in any of the three
 * languages or the code itself counts. Null where no held code or name holds the text: the core then
 * matches it as typed against the codes, as before.
 */
export function areasLabelled(op: 'equals' | 'contains' | 'startsWith', typed: string): string[] | null {
  const text = typed.trim().toLowerCase();
  if (!text) return null;
  const fits = (shown: string) => {
    const s = shown.toLowerCase();
    return op === 'equals' ? s === text : op === 'contains' ? s.includes(text) : s.startsWith(text);
  };
  const hits = Object.entries(names).flatMap(([code, n]) => {
    const shown = [code, ...Object.values(n).flatMap((name) => (name ? [name, `${name} (${code})`] : []))];
    return shown.some(fits) ? [code] : [];
  });
  return hits.length ? hits.sort() : null;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = () => names;

/** countryLabel in the current UI language, re-rendering when it changes or names arrive. */
export function useCountryLabel(): (code: string) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const held = useSyncExternalStore(subscribe, snapshot);
  return useCallback((code: string) => labelIn(held, code, lang), [held, lang]);
}

/** The name alone ("North Korea"), else the code: for running text such as a chart's legend; `lang` for text in that language. */
export function useCountryName(fixedLang?: 'en' | 'ko' | 'zh'): (code: string) => string {
  const { i18n } = useTranslation();
  const lang = fixedLang ?? i18n.language;
  const held = useSyncExternalStore(subscribe, snapshot);
  return useCallback((code: string) => nameIn(held, code, lang) ?? code, [held, lang]);
}
