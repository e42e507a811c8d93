import { nameInText, possessive } from '../../shared/series-label';
import { areaName, type NameLang } from '../reference/areas';

/**
 * Reporters and partners as the analysis writes them in running text ("imports from the United
 * States", "독일"), from the one table of names (core/reference/areas.ts). Commodity, trade-mode and
 * province names come from core/reference too (commodity-names.ts, gacc-dimensions.ts); nothing here
 * holds a name of its own.
 */
export type Lang = NameLang;

/** A reporter's or partner's name for running text; no code: "all partners" (grammar: shared/series-label.ts). */
export function partnerName(code: string | undefined | null, lang: Lang = 'en'): string {
  return nameInText(code, lang, (c) => areaName(c, lang));
}

export { possessive };
