import { EN, type MessageKey } from './en';
import { formatMessage, type Params } from './icu';
import { KO } from './ko';

export type Lang = 'en' | 'ko';
export type { MessageKey };

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { en: EN, ko: KO };

/** A sentence of the core's prose from the one catalog, with ICU plurals for the language. */
export function say(lang: Lang, key: MessageKey, params: Params = {}): string {
  return formatMessage(CATALOGS[lang][key], lang, params);
}

/** The language the core writes prose in for a query that may name another (names in Chinese, prose in English). */
export function proseLang(lang: string | undefined): Lang {
  return lang === 'ko' ? 'ko' : 'en';
}
