import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DPRK_EXPORTS_JSON, skipWithoutCorpora } from './helpers/corpora';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
const NAME = 'comtrade_china_dprk_exports.json';

const WORDS = {
  en: {
    title: `Import ${NAME}`,
    taken: 'taken from the import options',
    asks: 'This file does not say:',
    reporter: /^Reporter/,
    partner: /^Partner/,
    flow: 'Flow',
    exports: 'Exports',
    only: 'Only the codes in it',
    onlyPartners: 'Only the partners in it',
    import: 'Import',
  },
  ko: {
    title: `${NAME} 가져오기`,
    taken: '가져오기 옵션의 값을 썼습니다',
    asks: '이 파일에 없는 정보:',
    reporter: /^보고국/,
    partner: /^상대국/,
    flow: '흐름',
    exports: '수출',
    only: '파일에 있는 코드만',
    onlyPartners: '파일에 있는 상대국만',
    import: '가져오기',
  },
} as const;

test.describe('a file that names no reporter, partner or flow', () => {
  skipWithoutCorpora(DPRK_EXPORTS_JSON);

  for (const lang of ['en', 'ko'] as const)
    test(`is asked for them, and not told they were taken from options not yet given (${lang})`, async ({
      page,
      host,
    }) => {
      const problems = watchConsole(page);
      const w = WORDS[lang];
      await page.addInitScript((l) => localStorage.setItem('tidemark.language', l), lang);
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(host.url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      await dropFiles(page, [{ name: NAME, type: 'application/json', content: readFileSync(DPRK_EXPORTS_JSON) }]);
      const dialog = page.getByRole('dialog', { name: w.title });
      await expect(dialog.getByTestId('import-preview')).toBeVisible();
      await expect(dialog.getByRole('heading', { name: w.asks })).toBeVisible();
      // It read "…does not name its reporter, partner or flow; taken from the import options." above the
      // questions, before any option was given.
      await expect(dialog).not.toContainText(w.taken);
      await page.screenshot(shot(`import-asked-not-taken-${lang}`));

      await dialog.getByLabel(w.reporter).fill('CHN');
      await dialog.getByLabel(w.partner).fill('PRK');
      await dialog.getByRole('group', { name: w.flow }).getByRole('radio', { name: w.exports, exact: true }).check();
      await dialog.getByTestId('import-scope-goods').getByRole('radio', { name: w.only }).check();
      await dialog.getByTestId('import-scope-partners').getByRole('radio', { name: w.onlyPartners }).check();
      await dialog.getByRole('button', { name: w.import, exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('row', { name: new RegExp(NAME.replaceAll('.', '\\.')) }).first()).toContainText(
        '72',
      );
      expect(problems).toEqual([]);
    });
});
