import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** What UN Comtrade's legacy API saved in place of a table: no data, so no preview. */
const ERROR_CSV = join(CORPORA, 'comtrade/legacy-csv/Peksyaji_error_response_query_too_complex.csv');
const SAMPLE = join(root, 'resources/sample/nk-china-published.csv');

const WORDS = {
  en: {
    title: (f: string) => `Import ${f}`,
    none: 'No encoding detected',
    detected: 'Detected: UTF-8',
    redetect: 'Detect automatically',
    skip: 'Skip this file',
    preview: 'Preview: the first rows as they will be stored',
  },
  ko: {
    title: (f: string) => `${f} 가져오기`,
    none: '감지된 인코딩 없음',
    detected: '감지됨: UTF-8',
    redetect: '자동 감지',
    skip: '이 파일 건너뛰기',
    preview: '미리 보기: 저장될 모습 그대로의 첫 행',
  },
} as const;

test.describe('the import dialog claims no encoding it did not detect', () => {
  skipWithoutCorpora(ERROR_CSV);

  for (const lang of ['en', 'ko'] as const)
    test(`a file with no preview says no encoding was detected, and promises no rows (${lang})`, async ({
      page,
      host,
    }) => {
      const problems = watchConsole(page);
      const w = WORDS[lang];
      await page.addInitScript((l) => localStorage.setItem('tidemark.language', l), lang);
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(host.url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      const name = 'Peksyaji_error_response_query_too_complex.csv';
      await dropFiles(page, [{ name, type: 'text/csv', content: readFileSync(ERROR_CSV) }]);
      const dialog = page.getByRole('dialog', { name: w.title(name) });
      await expect(dialog.locator('.notice--error')).toBeVisible();
      const auto = dialog.getByTestId('import-encoding').locator('option:checked');
      // It read "Detected: …" beside the error: a detection that was never made.
      await expect(auto).toHaveText(w.none);
      await expect(auto).not.toContainText('…');
      // Nor does a heading promise the first rows above the error that says there are none.
      await expect(dialog.getByRole('heading', { name: w.preview })).toHaveCount(0);
      await page.screenshot(shot(`import-encoding-undetected-${lang}`));
      await dialog.getByRole('button', { name: w.skip }).click();
      await expect(dialog).toBeHidden();

      // A file that is read says what was found; once an encoding is chosen, the empty choice offers to detect again.
      await dropFiles(page, [{ name: 'sample.csv', type: 'text/csv', content: readFileSync(SAMPLE) }]);
      const read = page.getByRole('dialog', { name: w.title('sample.csv') });
      await expect(read.getByTestId('import-preview')).toBeVisible();
      await expect(read.getByRole('heading', { name: w.preview })).toBeVisible();
      const box = read.getByTestId('import-encoding');
      await expect(box.locator('option:checked')).toHaveText(w.detected);
      await box.selectOption('gb18030');
      await expect(read.getByTestId('import-preview')).toBeVisible();
      await expect(box.locator('option[value=""]')).toHaveText(w.redetect);
      await read.getByRole('button', { name: w.skip }).click();
      expect(problems).toEqual([]);
    });
});
