import { familyOf } from '../../shared/classification';
import { COUNTRIES } from '../reference/countries-data';
import { countryName, hsName, possessive } from './names';

/**
 * Every name the analysis prints goes through here, so one switch moves them all to the reference
 * module (core/reference: partner, commodity, regime and province names in EN/KO/ZH) when it lands.
 * Until then: the curated names of names.ts, else the first English (or Korean) name the country
 * table holds, else the code; commodity names only for HS, never for another classification.
 */
export type Lang = 'en' | 'ko';

const HANGUL = /[\uac00-\ud7a3]/;
let fallback: Map<string, { en: string; ko: string | null }> | null = null;

export function partnerName(code: string | undefined | null, lang: Lang = 'en'): string {
  const curated = countryName(code, lang);
  if (!code || curated !== code) return curated;
  fallback ??= new Map(COUNTRIES.map(([iso3, , , names]) => [iso3, { en: names[0] ?? iso3, ko: names.find((n) => HANGUL.test(n)) ?? null }]));
  const f = fallback.get(code);
  return (lang === 'ko' ? f?.ko : f?.en) ?? code;
}

export { possessive };

/** A commodity's short name in its own classification; '' where none is known (a SITC code never gets an HS name). */
export function commodityName(classification: string, code: string, lang: Lang = 'en'): string {
  return familyOf(classification) === 'HS' ? hsName(code, lang) : '';
}

/** A customs regime's (trade mode's) or a province's name; '' until the reference module names them (GACC code lists). */
export function splitName(dimension: 'regime' | 'province', code: string, lang: Lang = 'en'): string {
  void dimension;
  void lang;
  return code;
}
