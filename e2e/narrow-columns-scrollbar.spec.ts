import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { headerBox } from './helpers/grid';
import { watchConsole } from './helpers/page-watch';
import { cutPartners } from './helpers/partner-view';

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

test('at 1024×700 Code and Description stay in view before the pinned figure, Partner whole', async ({
  page,
  host,
}) => {
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
    const past = async (id: string) => {
      const view = (await centre.boundingBox())!;
      const box = await headerBox(page, id);
      return box.x + box.width - (view.x + view.width);
    };
    await expect.poll(() => past('code'), `code ends in view, ${lang}`).toBeLessThanOrEqual(1);
    // Description ends in view; or, where that would cut Partner below its name ("North Kor…"), Description
    // starts in view and is read whole by scrolling, with Period and Partner kept at the left, whole.
    const pinned = page.locator('[data-testid="records-grid"] .ag-pinned-left-header .ag-header-cell[col-id]');
    await expect
      .poll(
        async () =>
          (await past('description')) <= 1 || ((await pinned.count()) === 3 && (await past('description')) < 52),
        `description ends in view, or starts in view beside a pinned partner, ${lang}`,
      )
      .toBe(true);
    await expect.poll(() => cutPartners(page), `partner names whole, ${lang}`).toEqual([]);
    await page.screenshot(shot(`narrow-data-1024-scrollbar-${lang}`));
  }
  expect(problems).toEqual([]);
});
