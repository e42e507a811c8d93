import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** China's annual trade in SITC 00–03 with five partners, 2010–2014: no month, no TOTAL row, no World row. */
const ANNUAL = join(CORPORA, 'comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv');
/** China's imports from North Korea by year, 2016–2024, from a Comtrade download that names no flow. */
const DPRK = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_china_dprk_exports.json');
/** China's soybean trade by month, 2024–2025: files that list only some partners, never North Korea. */
const SOY = join(CORPORA, 'gacc/soybean-monthly');
const SAMPLE = join(root, 'resources/sample/nk-china-published.csv');

const periods = (page: import('@playwright/test').Page) => page.getByLabel('Periods', { exact: true });
const rows = (page: import('@playwright/test').Page) =>
  page
    .getByTestId('plot-table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-period')));

test.describe('Charts on annual files only', () => {
  skipWithoutCorpora(ANNUAL, DPRK);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((db: string) => {
        tidemark('import', ANNUAL, '--db', db);
        tidemark('import', DPRK, '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import', '--db', db);
      }),
  });

  test('open on the flow and the years the files hold; a choice of periods the user made stays', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Charts');
    // China–North Korea is held only as China's imports, by year: not total trade by month, "not covered".
    await expect(page.getByLabel('Series 1 flow')).toHaveValue('import');
    await expect(page.locator('#tm-chart-title')).toHaveText("Annual: China's imports from North Korea (USD)");
    await expect(periods(page)).toHaveValue('year');
    await expect(page.getByTestId('chart-by-year')).toHaveText(
      'Drawn by year: the files held give no monthly figures for this selection.',
    );
    await expect(page.locator('.tm-chart__empty')).toHaveCount(0);
    await expect
      .poll(() => rows(page))
      .toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    await expect(page.getByTestId('plot-table').locator('td[data-state="figure"]')).toHaveCount(9);
    await page.screenshot(shot('charts-defaults-annual'));

    // Monthly, chosen: kept after a reload, and the chart says why there is nothing to draw by month.
    await periods(page).selectOption('month');
    await expect(page.getByTestId('chart-by-year')).toHaveCount(0);
    await expect(page.locator('.tm-chart__empty')).toContainText(
      "No monthly figures are held for China's imports from North Korea; annual figures are (2016, 2017",
    );
    await page.reload();
    await page.getByRole('tab', { name: 'Charts' }).click();
    await expect(page.locator('.tm-chart__empty')).toContainText('No monthly figures are held');
    await expect(periods(page)).toHaveValue('month');
    expect(problems).toEqual([]);
  });
});

test.describe("Charts on a pair whose files end before the reporter's", () => {
  skipWithoutCorpora(SOY);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((db: string) => {
        tidemark('import', SAMPLE, '--db', db);
        tidemark('import', join(SOY, '2025in.csv'), '--flow', 'import', '--db', db);
        tidemark('import', join(SOY, '2025out.csv'), '--flow', 'export', '--db', db);
        tidemark('define', 'China imports from NK', '--reporter', 'CHN', '--partner', 'PRK', '--db', db);
      }),
  });

  test("the chart ends at the pair's latest month, not at China's soybean months", async ({ page, host }) => {
    const problems = await openTab(page, host, 'Charts');
    await expect(page.getByLabel('Series 1 flow')).toHaveValue('total');
    await expect(periods(page)).toHaveValue('month');
    // The sample holds China–North Korea to August 2021; China's soybean files run through 2025.
    await expect.poll(async () => (await rows(page)).at(-1)).toBe('2021-08');
    expect((await rows(page))[0]).toBe('2020-08');
    await expect(page.getByTestId('chart-caption')).toContainText('7 months in the span are not covered');
    await expect(page.getByTestId('chart-pair-ends')).toHaveText(
      'Files held for China run to October 2025; none covers its trade with North Korea after August 2021.',
    );
    await page.screenshot(shot('charts-defaults-pair-span'));
    expect(problems).toEqual([]);
  });

  test("a named definition's chart ends at its own pair's latest month", async ({ page, host }) => {
    const problems = await openTab(page, host, 'Charts');
    await expect.poll(async () => (await rows(page)).at(-1)).toBe('2021-08');
    // Before: a named series kept every month held, to October 2025, 50 of them "not covered".
    await page.getByLabel('Series 1 definition').selectOption('China imports from NK');
    await expect(page.getByRole('img', { name: /China imports from NK/ })).toBeVisible();
    await expect.poll(async () => (await rows(page)).at(-1)).toBe('2021-08');
    await expect(page.getByTestId('chart-pair-ends')).toHaveText(
      'Files held for China run to October 2025; none covers its trade with North Korea after August 2021.',
    );
    expect(problems).toEqual([]);
  });
});
