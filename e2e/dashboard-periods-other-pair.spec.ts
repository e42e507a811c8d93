import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** UN Comtrade: China's imports from North Korea by year, 2016–2024, by goods. */
const ANNUAL = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_china_dprk_exports.json');
/** UN Comtrade: totals of 2020 and 2022 by year, and of December 2024, both flows. */
const SAMPLE = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_sample.json');
/** China's customs: soya bean imports by month in 2024, Argentina, Brazil and the United States; two codes. */
const SOYBEANS = join(CORPORA, 'gacc/soybean-monthly/2024in.csv');

/**
 * Annual chosen for China–North Korea, then Brazil picked: the dashboard said "The files held give only annual
 * figures for China and Brazil, no monthly ones", of twelve monthly GACC rows, and hid Periods, so the way back
 * to months was to pick North Korea again.
 */
test.describe('the dashboard by year, on to a pair of monthly files of a few codes', () => {
  skipWithoutCorpora(ANNUAL, SAMPLE, SOYBEANS);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => {
        tidemark('import', ANNUAL, '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import', '--db', dbPath);
        tidemark('import', SAMPLE, '--reporter', 'CHN', '--partner', 'PRK', '--db', dbPath);
        tidemark('import', SOYBEANS, '--flow', 'import', '--db', dbPath);
      }),
  });

  test('says nothing of annual files, and keeps Periods to go back to months', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Dashboard', { reporter: 'CHN', partner: 'PRK' });
    const periods = page.getByLabel('Periods', { exact: true });
    await periods.selectOption('year');
    await expect(page.getByText('Latest year: 2024')).toBeVisible();

    await page.getByLabel('Partner', { exact: true }).selectOption('BRA');
    await expect(page.getByRole('article', { name: 'Imports' })).toContainText('Not covered');
    await expect(page.getByTestId('dashboard-annual')).toHaveCount(0);
    await expect(periods).toHaveValue('year');
    await page.screenshot(shot('dashboard-periods-other-pair'));

    await periods.selectOption('month');
    await expect(page.getByText(/^Last 24 months/)).toBeVisible();
    expect(problems).toEqual([]);
  });
});
