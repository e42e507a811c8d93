import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ko } from './ko';
import { withParticles } from '../../shared/korean-particles';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'ko', label: '한국어' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'tidemark.language';

function isLanguage(code: string | null | undefined): code is Language {
  return LANGUAGES.some((l) => l.code === code);
}

/** A chosen language wins; otherwise the OS's, where we have it; otherwise English. */
function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  const os = navigator.language.slice(0, 2);
  return isLanguage(os) ? os : 'en';
}

void i18next
  .use(initReactI18next)
  // In Korean, the particle each filled-in name takes ("{{reporter}}와(과)" -> "중국과"): korean-particles.ts.
  .use({
    type: 'postProcessor',
    name: 'particles',
    process: (value: string, _key: unknown, _options: unknown, translator: { language?: string }) =>
      translator.language === 'ko' ? withParticles(value) : value,
  })
  .init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: initialLanguage(),
    fallbackLng: 'en',
    // React escapes already.
    interpolation: { escapeValue: false },
    returnNull: false,
    postProcess: ['particles'],
  });
document.documentElement.lang = i18next.language;

export function setLanguage(code: Language): void {
  localStorage.setItem(STORAGE_KEY, code);
  document.documentElement.lang = code;
  void i18next.changeLanguage(code);
}

export { i18next };
