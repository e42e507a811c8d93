import { ERROR_EN, type ErrorKey } from './error-text-en';
import { ERROR_KO } from './error-text-ko';
import { formatMessage } from './icu';
import { withParticles } from './korean-particles';

export type { ErrorKey };
/** What fills in an error's sentence: names, codes and figures, each plain text or a number. */
export type ErrorParams = Record<string, string | number>;
export type ErrorLang = 'en' | 'ko';

const CATALOGS: Record<ErrorLang, Record<ErrorKey, string>> = { en: ERROR_EN, ko: ERROR_KO };

export function isErrorKey(key: unknown): key is ErrorKey {
  return typeof key === 'string' && Object.hasOwn(ERROR_EN, key);
}

/** An error's sentence in a language, from the catalog; in Korean with the particle each name takes. */
export function errorText(lang: ErrorLang, key: ErrorKey, params: ErrorParams = {}): string {
  const text = formatMessage(CATALOGS[lang][key], lang, params);
  return lang === 'ko' ? withParticles(text) : text;
}

/**
 * The sentence to show for a failure that came over the contract, in the UI's language: its key's
 * sentence where it has one the catalog knows, filled in; otherwise (an error the core writes in
 * English only, or params that do not fill the sentence) the English message it came with.
 */
export function localizedMessage(
  error: { message: string; key?: string | undefined; params?: ErrorParams | undefined },
  lang: string,
): string {
  if (!lang.startsWith('ko') || !isErrorKey(error.key)) return error.message;
  try {
    return errorText('ko', error.key, error.params ?? {});
  } catch {
    return error.message;
  }
}
