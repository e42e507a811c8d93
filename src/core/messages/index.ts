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

/** The language the core writes prose in for a query that may name another (names in Chinese, prose in English). */
export function proseLang(lang: string | undefined): Lang {
  return lang === 'ko' ? 'ko' : 'en';
}
