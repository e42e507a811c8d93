import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { cell, gridRows, headerBox } from './helpers/grid';
import { partnerReadable, wideUnchanged } from './helpers/partner-view';
import { watchConsole } from './helpers/page-watch';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** China customs' download by trade mode and province: Hong Kong, Macao and South Korea three times. */
const FULL = join(CORPORA, 'gacc/chinautils-samples/chinese-full.csv');

const WORDS = {
  en: { data: 'Data', theme: 'Theme' },
  ko: { data: '데이터', theme: '테마' },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test.describe(`at 800×600 (${lang}) the grid names each row's partner`, () => {
    test.describe('the bundled sample', () => {
      test.use({ sample: true });
      test('partner whole and in view, in both themes', async ({ page, host }) => {
        const problems = watchConsole(page);
        await page.setViewportSize({ width: 800, height: 600 });
        await page.goto(host.url);
        await page.locator('#language').selectOption(lang);
        for (const scheme of ['light', 'dark'] as const) {
          await page.getByLabel(WORDS[lang].theme, { exact: true }).selectOption(scheme);
          await page.getByRole('tab', { name: WORDS[lang].data, exact: true }).click();
          await expect(cell(page, 0, 'partner')).toContainText('(PRK)');
          await partnerReadable(page, 800, `sample ${lang} ${scheme}`);
          await page.screenshot(shot(`narrow-800-partner-sample-${lang}-${scheme}`));
        }
        await wideUnchanged(page, `sample-${lang}`);
        expect(problems).toEqual([]);
      });
    });

    test.describe('a China customs download split by trade mode and province', () => {
      skipWithoutCorpora(FULL);
      test.use({
        // eslint-disable-next-line no-empty-pattern
        prepare: async ({}, use) =>
          use((db: string) => void tidemark('import', FULL, '--flow', 'import', '--period', '2026-01', '--db', db)),
      });
      test('Hong Kong, Macao and South Korea read whole, scrolled or not', async ({ page, host }) => {
        const problems = watchConsole(page);
        await page.setViewportSize({ width: 800, height: 600 });
        await page.goto(host.url);
        await page.locator('#language').selectOption(lang);
        for (const scheme of ['light', 'dark'] as const) {
          await page.getByLabel(WORDS[lang].theme, { exact: true }).selectOption(scheme);
          await page.getByRole('tab', { name: WORDS[lang].data, exact: true }).click();
          await expect(gridRows(page)).toHaveCount(5);
          // Its goods do not fit beside it: they are read by scrolling, Partner kept in view.
          expect(await partnerReadable(page, 800, `gacc ${lang} ${scheme}`)).toBe(true);
          // Its goods are read by scrolling sideways; the row's code without.
          const code = await headerBox(page, 'code');
          expect(code.x + code.width).toBeLessThanOrEqual((await headerBox(page, 'value')).x + 1);
          await page.screenshot(shot(`narrow-800-partner-gacc-${lang}-${scheme}`));
        }
        await wideUnchanged(page, `gacc-${lang}`);
        expect(problems).toEqual([]);
      });
    });
  });
}
