import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import ko from 'i18n-iso-countries/langs/ko.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

// Only the UI's languages (plus Chinese, for the brief's readers): each locale file adds weight to the bundle.
countries.registerLocale(en);
countries.registerLocale(ko);
countries.registerLocale(zh);

type NameLang = 'en' | 'ko' | 'zh';

// Customs files use aggregate codes that ISO 3166 does not have; the library knows nothing of them.
const AGGREGATES: Record<string, Record<NameLang, string>> = {
  WLD: { en: 'World', ko: '세계', zh: '世界' },
};

const nameLang = (lang: string): NameLang => {
  const short = lang.slice(0, 2).toLowerCase();
  return short === 'ko' || short === 'zh' ? short : 'en';
};

/** A country's name in the UI language, or null for a code neither ISO nor our aggregates know. */
export function countryName(code: string, lang: string): string | null {
  const l = nameLang(lang);
  const upper = code.toUpperCase();
  return AGGREGATES[upper]?.[l] ?? (/^[A-Z]{3}$/.test(upper) ? countries.getName(upper, l) : undefined) ?? null;
}

/** "North Korea (PRK)" / "북한 (PRK)"; an unknown code stays itself, so nothing is ever blank. */
export function countryLabel(code: string, lang: string): string {
  if (!code) return code;
  const name = countryName(code, lang);
  return name ? `${name} (${code})` : code;
}

/** countryLabel in the current UI language, re-rendering when it changes. */
export function useCountryLabel(): (code: string) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback((code: string) => countryLabel(code, lang), [lang]);
}
