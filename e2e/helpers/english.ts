/// <reference lib="dom" />
import type { Page } from '@playwright/test';

/**
 * Where the screen shows data rather than the UI's own words: grid cells, file and database names, HS
 * descriptions, codes, hashes. English there is the data's, not a missing translation.
 */
const DATA = [
  '.ag-cell',
  '.sidebar__db-name',
  '.sidebar__item',
  '.batches th',
  '.batches td:nth-of-type(1)',
  '.record-panel dd',
  '.record-panel td',
  '.record-panel tbody th',
  '.rejects__table td',
  '.tm-table td:first-child',
  '.tm-table td:nth-child(4)',
  '.preview__table td',
  '.job__name',
  '.summary tbody th',
  'code',
];

/** Written in the core (the brief, footnotes, missing-period reasons): reported apart from the UI's own words. */
const CORE = '[data-prose="core"]';

/**
 * Words that read the same in a Korean UI: names of products and keys, and the identifiers of formats and
 * encodings as the import report and the CLI print them (gacc, tidemark-csv, utf-8).
 */
const SAME_IN_KOREAN = new Set([
  'Tidemark',
  'Comtrade',
  'SQLite',
  'Parquet',
  'Markdown',
  'Excel',
  'Ctrl',
  'Shift',
  'Alt',
  'Esc',
  'Enter',
  'Space',
  'gacc',
  'comtrade',
  'tidemark-csv',
  'csv',
  'tsv',
  'xlsx',
  'xls',
  'json',
  'utf',
]);

export type EnglishFound = { ui: string[]; core: string[] };

/**
 * Every English word the page shows or gives to a screen reader (text, aria-label, title, placeholder),
 * outside data. A word counts when it has a lower-case letter and is not one of SAME_IN_KOREAN: codes,
 * acronyms and units (CHN, HS, USD, CSV, PNG) are upper case. Text inside an element that declares another
 * language (lang="en" on "English" in a language picker) is that language's own name, and is left alone.
 */
export async function englishOnScreen(page: Page): Promise<EnglishFound> {
  return page.evaluate(
    ({ data, core, same }) => {
      const allowed = new Set(same);
      // A file name inside a sentence ("Revert the whole import of nk.csv") is data.
      const withoutFiles = (text: string) => text.replace(/\S+\.(csv|tsv|txt|xlsx?|json|sqlite)\b/gi, '');
      const englishWords = (text: string) =>
        (withoutFiles(text).match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g) ?? []).filter(
          (w) => /[a-z]/.test(w) && !allowed.has(w) && w.length > 1,
        );
      const isData = (el: Element) => data.some((sel) => el.closest(sel));
      const otherLanguage = (el: Element) => {
        const lang = el.closest('[lang]')?.getAttribute('lang') ?? 'ko';
        return !lang.startsWith('ko');
      };
      const shown = (el: Element) =>
        el instanceof HTMLElement ? el.checkVisibility() || el.closest('option') !== null : true;
      const ui: string[] = [];
      const coreFound: string[] = [];
      // A path or a URL on its own is data too.
      const isPath = (text: string) => /^\S*[\\/]\S*$/.test(text.trim());
      const note = (el: Element, text: string, where: string) => {
        if (isPath(text)) return;
        const words = englishWords(text);
        if (!words.length || isData(el) || otherLanguage(el)) return;
        (el.closest(core) ? coreFound : ui).push(
          `${where}: “${text.trim().slice(0, 160)}” [${words.slice(0, 4).join(', ')}]`,
        );
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || ['SCRIPT', 'STYLE'].includes(el.tagName) || !shown(el)) continue;
        note(
          el,
          n.textContent,
          el.tagName.toLowerCase() +
            (el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''),
        );
      }
      for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (!shown(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder']) {
          const value = el.getAttribute(attr);
          if (value) note(el, value, `${el.tagName.toLowerCase()}@${attr}`);
        }
      }
      return { ui: [...new Set(ui)], core: [...new Set(coreFound)] };
    },
    { data: DATA, core: CORE, same: [...SAME_IN_KOREAN] },
  );
}
