import { areaName, WORLD, type NameLang } from '../reference/areas';

/**
 * Reporters and partners as the analysis writes them in running text ("imports from the United
 * States", "독일"), from the one table of names (core/reference/areas.ts). Commodity, trade-mode and
 * province names come from core/reference too (commodity-names.ts, gacc-dimensions.ts); nothing here
 * holds a name of its own.
 */
export type Lang = NameLang;

/** English names that take "the" in running text: "imports from the United States". */
const THE = /^(United |European Union|Netherlands$|Philippines$|Bahamas$|Maldives$|Comoros$|Seychelles$|Gambia$|Czech Republic|Dominican Republic|Central African Republic|Holy See|USSR$|US Misc)|Islands$/;

/** A reporter's or partner's name for running text; no code: "all partners". */
export function partnerName(code: string | undefined | null, lang: Lang = 'en'): string {
  if (!code) return lang === 'ko' ? '모든 상대국' : lang === 'zh' ? '所有伙伴' : 'all partners';
  if (lang !== 'en') return areaName(code, lang);
  if (code === WORLD) return 'the world';
  const name = areaName(code, 'en');
  return THE.test(name) ? `the ${name}` : name;
}

/** "China's", or "the United States'" for a name ending in s. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
