import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { cell } from './helpers/grid';
import { watchConsole } from './helpers/page-watch';
import { partnerReadable, wideUnchanged } from './helpers/partner-view';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
const WORDS = {
  en: { data: 'Data', theme: 'Theme' },
  ko: { data: '데이터', theme: '테마' },
} as const;

/**
 * A desktop draws the grid's vertical scrollbar (Playwright hides it elsewhere): at 800×600 its 15 px squeezed
 * the sample's Partner to "North Korea (P…", and the grid would have gone on down to "North…".
 */
test.use({
  sample: true,
  launchOptions: {
    executablePath: process.env.TIDEMARK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
    ignoreDefaultArgs: ['--hide-scrollbars'],
  },
});

for (const lang of ['en', 'ko'] as const)
  test(`at 800×600 with scrollbars drawn (${lang}) the sample's partner is whole, scrolled or not`, async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(host.url);
    await page.locator('#language').selectOption(lang);
    for (const scheme of ['light', 'dark'] as const) {
      await page.getByLabel(WORDS[lang].theme, { exact: true }).selectOption(scheme);
      await page.getByRole('tab', { name: WORDS[lang].data, exact: true }).click();
      await expect(cell(page, 0, 'partner')).toContainText('(PRK)');
      await expect
        .poll(() =>
          page
            .locator('[data-testid="records-grid"] .ag-body-vertical-scroll')
            .evaluate((v) => v.getBoundingClientRect().width),
        )
        .toBeGreaterThan(0);
      await partnerReadable(page, 800, `sample ${lang} ${scheme} scrollbars`);
      await page.screenshot(shot(`narrow-800-partner-sample-${lang}-${scheme}-scrollbars`));
    }
    await wideUnchanged(page, `sample-${lang}-scrollbars`);
    expect(problems).toEqual([]);
  });
