import { ERROR_EN, type ErrorKey } from './error-text-en';
import { ERROR_KO } from './error-text-ko';
import { formatMessage } from './icu';
import { NOTE_EN, type NoteKey } from './import-notes-en';
import { NOTE_KO } from './import-notes-ko';
import { withParticles } from './korean-particles';

export type { ErrorKey, NoteKey };
/** Every sentence the catalogs hold: errors (error-text-*.ts) and an import's rejects and warnings (import-notes-*.ts). */
export type TextKey = ErrorKey | NoteKey;
/** What fills in an error's sentence: names, codes and figures, each plain text or a number. */
export type ErrorParams = Record<string, string | number>;
export type ErrorLang = 'en' | 'ko';

const CATALOGS: Record<ErrorLang, Record<TextKey, string>> = {
  en: { ...ERROR_EN, ...NOTE_EN },
  ko: { ...ERROR_KO, ...NOTE_KO },
};

export function isErrorKey(key: unknown): key is ErrorKey {
  return typeof key === 'string' && Object.hasOwn(ERROR_EN, key);
}

export function isTextKey(key: unknown): key is TextKey {
  return typeof key === 'string' && (Object.hasOwn(ERROR_EN, key) || Object.hasOwn(NOTE_EN, key));
}

/**
 * A sentence in a language, from the catalog; in Korean with the particle each name takes. A param
 * that is itself a stored note (noteOf: the first reject quoted in import.allRowsRejected) is said in
 * the same language.
 */
export function errorText(lang: ErrorLang, key: TextKey, params: ErrorParams = {}): string {
  let filled = params;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string' || !value.includes(NOTE_MARK)) continue;
    const note = readNote(value);
    if (note.key === undefined) continue;
    if (filled === params) filled = { ...params };
    filled[name] = localizedMessage(note, lang);
  }
  const text = formatMessage(CATALOGS[lang][key], lang, filled);
  return lang === 'ko' ? withParticles(text) : text;
}

/**
 * The sentence to show for a failure that came over the contract, or a reject or warning an import
 * stored, in the UI's language: its key's sentence where it has one the catalog knows, filled in;
 * otherwise (an error the core writes in English only, a reason stored before reasons had keys, or
 * params that do not fill the sentence) the English message it came with.
 */
export function localizedMessage(
  error: { message: string; key?: string | undefined; params?: ErrorParams | undefined },
  lang: string,
): string {
  if (!lang.startsWith('ko') || !isTextKey(error.key)) return error.message;
  try {
    return errorText('ko', error.key, error.params ?? {});
  } catch {
    return error.message;
  }
}

/**
 * A reject's or warning's text as it is stored (rejected_row.message, import_warning.message): its
 * English sentence, then this mark and its key and params as JSON. The column stays readable text
 * (an older Tidemark, the sqlite3 shell and a reason stored before this show the sentence), and no
 * schema changes. JSON escapes every control character, so the last mark in the text is this one.
 */
const NOTE_MARK = '\u001f';

/** Stored note text: made only by noteOf, so every reject and warning comes from the catalog. */
export type StoredNote = string & { readonly __storedNote: true };

export function noteOf(key: TextKey, params: ErrorParams = {}): StoredNote {
  return `${errorText('en', key, params)}${NOTE_MARK}${JSON.stringify([key, params])}` as StoredNote;
}

/** A note as it crosses the contract: the English sentence, with its key and params where it was stored with them. */
export type NoteInfo = { message: string; key?: string; params?: ErrorParams };

/** Stored text back as message, key and params; text stored without a key (before keys, or by hand) is the message as it is. */
export function readNote(stored: string): NoteInfo {
  const at = stored.lastIndexOf(NOTE_MARK);
  if (at < 0) return { message: stored };
  const message = stored.slice(0, at);
  try {
    const parsed: unknown = JSON.parse(stored.slice(at + 1));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && isParams(parsed[1]))
      return { message, key: parsed[0], params: parsed[1] };
  } catch {
    // Not a note's tail after all: the text as stored.
  }
  return { message: stored };
}

function isParams(v: unknown): v is ErrorParams {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number')
  );
}
