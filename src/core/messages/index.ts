import { EN, type MessageKey } from './en';
import { formatMessage, type Params } from '../../shared/icu';
import { KO } from './ko';
import { withParticles } from '../../shared/korean-particles';

export type Lang = 'en' | 'ko';
export type { MessageKey };

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { en: EN, ko: KO };

/**
 * A sentence of the core's prose from the one catalog, with ICU plurals for the language, and in
 * Korean the particle each filled-in name takes (korean-particles.ts).
 */
export function say(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text = formatMessage(CATALOGS[lang][key], lang, params);
  return lang === 'ko' ? withParticles(text) : text;
}

/**
 * A list cut short, read as part of a sentence: "01, 02, 03, 04 and 12 more", "01, 02, 03, 04 외 12개", never
 * "01, 02, 03, 04 …." `total`: how many there are in all, where `items` holds only the first of them.
 */
export function listSome(lang: Lang, items: readonly string[], limit: number, total = items.length): string {
  const shown = items.slice(0, limit).join(', ');
  return total > limit ? say(lang, 'list.more', { items: shown, count: total - limit }) : shown;
}

/** The language the core writes prose in for a query that may name another (names in Chinese, prose in English). */
export function proseLang(lang: string | undefined): Lang {
  return lang === 'ko' ? 'ko' : 'en';
}
