import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { headerBox } from './helpers/grid';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
const DATA = { en: 'Data', ko: '데이터' } as const;

/**
 * CI's machine drew the grid's vertical scrollbar (Playwright hides it elsewhere) and a wider font: Description
 * ended 48 px past the pinned figure at 1024 px. The scrollbar comes after the first rows, once the count is
 * known. Here both: scrollbars shown, and text set 0.7 px wider per letter.
 */
test.use({
  sample: true,
  launchOptions: {
    executablePath: process.env.TIDEMARK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
    ignoreDefaultArgs: ['--hide-scrollbars'],
  },
});

test('at 1024×700 Code and Description stay in view before the pinned figure', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(host.url);
  await page.addStyleTag({ content: '.ag-root-wrapper { letter-spacing: 0.7px }' });
  for (const lang of ['en', 'ko'] as const) {
    await page.locator('#language').selectOption(lang);
    await page.getByRole('tab', { name: DATA[lang], exact: true }).click();
    const centre = page.locator('[data-testid="records-grid"] .ag-center-cols-viewport');
    await expect(page.locator('[data-testid="records-grid"] .ag-cell[col-id="code"]').first()).toBeVisible();
    // The vertical scrollbar is drawn, and takes room.
    await expect
      .poll(() =>
        page
          .locator('[data-testid="records-grid"] .ag-body-vertical-scroll')
          .evaluate((v) => v.getBoundingClientRect().width),
      )
      .toBeGreaterThan(0);
    for (const id of ['code', 'description']) {
      await expect
        .poll(async () => {
          const view = (await centre.boundingBox())!;
          const box = await headerBox(page, id);
          return box.x + box.width - (view.x + view.width);
        }, `${id} ends in view, ${lang}`)
        .toBeLessThanOrEqual(1);
    }
    await page.screenshot(shot(`narrow-data-1024-scrollbar-${lang}`));
  }
  expect(problems).toEqual([]);
});
