import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
const FOLDER = join(CORPORA, 'comtrade/china-dprk-annual');
/** UN Comtrade: China's imports from North Korea by year, 2016–2024, by goods. */
const ANNUAL = join(FOLDER, 'comtrade_china_dprk_exports.json');
/** UN Comtrade: totals of 2020 and 2022 by year, and of December 2024, both flows. */
const SAMPLE = join(FOLDER, 'comtrade_sample.json');

/**
 * Nine years of China's imports from North Korea beside one month of totals: the dashboard opened on December
 * 2024, every change n/a (now "Not covered", saying why), the watchlist "not covered" for 24 months, and the years were nowhere to be seen.
 * Where the pair's files hold months, Periods offers the years too.
 */
test.describe('the dashboard of a pair held by year and by one month', () => {
  skipWithoutCorpora(ANNUAL, SAMPLE);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => {
        tidemark('import', ANNUAL, '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import', '--db', dbPath);
        tidemark('import', SAMPLE, '--reporter', 'CHN', '--partner', 'PRK', '--db', dbPath);
      }),
  });

  test('opens on the month, and Annual shows the years: a part year is said, never compared', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Dashboard');
    await expect(page.getByText('Latest month: December 2024')).toBeVisible();
    const periods = page.getByLabel('Periods', { exact: true });
    await expect(periods).toHaveValue('month');
    // December 2024 is the only month held: each change is measured over months no file covers, and says so
    // (it read "n/a"), with the first such month's reason on hover.
    const december = page.getByRole('article', { name: 'Exports' }).getByTestId('change-not-covered');
    await expect(december).toHaveText(['Not covered', 'Not covered', 'Not covered', 'Not covered']);
    await expect(december.first()).toHaveAttribute('title', /November 2024/);
    await page.screenshot(shot('dashboard-periods-month-en'));

    await periods.selectOption('year');
    await expect(page.getByText('Latest year: 2024')).toBeVisible();
    // Not "the files hold only annual figures": they hold a month too.
    await expect(page.getByTestId('dashboard-annual')).toHaveCount(0);
    const imports = page.getByRole('article', { name: 'Imports' });
    await expect(imports.getByRole('button')).toHaveText('346,949,415 USD');
    await expect(imports).toContainText('YoY+18.9%');
    // December's exports are not 2024's: said on the card, with no record set by them.
    const exports = page.getByRole('article', { name: 'Exports' });
    await expect(exports.getByTestId('card-part-year')).toHaveText(
      'Only 1 month of the 12 is held: not the year’s figure, and not compared.',
    );
    await expect(exports).not.toContainText('Record');
    await expect(page.getByRole('article', { name: 'Total trade' }).getByTestId('card-part-year')).toBeVisible();
    // The watchlist reads the years, where the annual file holds goods: 2017's coal.
    const watch = page.getByRole('region', { name: 'Watchlist hits' });
    await expect(watch.getByRole('heading')).toHaveText('Sanctions watchlist, last 10 years');
    await expect(watch).toContainText('410,358,802 USD');
    await page.screenshot(shot('dashboard-periods-annual-en'));

    await page.locator('#language').selectOption('ko');
    await expect(page.getByLabel('기간 단위', { exact: true })).toHaveValue('year');
    await expect(page.getByRole('article', { name: '수출' }).getByTestId('card-part-year')).toHaveText(
      '12개월 중 1개월만 있습니다: 연간 수치가 아니며 비교하지 않습니다.',
    );
    await page.screenshot(shot('dashboard-periods-annual-ko'));
    expect(problems).toEqual([]);
  });
});
