import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** UN Comtrade, China's imports from North Korea by year, 2016–2024: TOTAL and seven codes, no month. */
const ANNUAL = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_china_dprk_exports.json');

/**
 * A researcher whose China–North Korea figures are a Comtrade annual download: the dashboard said "No figures"
 * on every card. It reads the years instead: the latest year, its change on the year before, ten years drawn,
 * the year's top items and the watchlist's hits by year.
 */
test.describe('the dashboard of a pair held only as annual figures', () => {
  skipWithoutCorpora(ANNUAL);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use(
        (dbPath: string) =>
          void tidemark('import', ANNUAL, '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import', '--db', dbPath),
      ),
  });

  test('shows the latest year, ten years, the year’s top items and watchlist hits by year', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Dashboard');
    await expect(page.getByText('Latest year: 2024')).toBeVisible();
    await expect(page.getByTestId('dashboard-annual')).toHaveText(
      'The files held give only annual figures for China and North Korea, no monthly ones: the dashboard shows years.',
    );
    const imports = page.getByRole('article', { name: 'Imports' });
    await expect(imports.getByRole('button')).toHaveText('346,949,415 USD');
    await expect(imports).toContainText('YoY+18.9%');
    await expect(imports).not.toContainText('MoM');
    // The file holds no exports: the card says why, never a zero.
    await expect(page.getByRole('article', { name: 'Exports' })).toContainText(
      "No file held covers China's exports to North Korea.",
    );
    await expect(page.getByTestId('dashboard-chart')).toContainText('Last 10 years (USD) · 2015 – 2024');
    const top = page.getByRole('region', { name: 'Top commodities' });
    await expect(top.getByRole('heading')).toHaveText('Top imports, 2024 (USD)');
    const first = top.getByRole('row').first();
    await expect(first.getByRole('cell').nth(1)).toHaveText('187,772,505');
    // HS 6704's 40-word name is cut at three lines on screen; hovering shows all of it.
    await expect(first.getByRole('cell').first()).toHaveAttribute(
      'title',
      /^Wigs, false beards.*articles of human hair/,
    );
    const cellHeight = await first
      .getByRole('cell')
      .first()
      .evaluate((c) => c.getBoundingClientRect().height);
    expect(cellHeight).toBeLessThan(80);
    await expect(top.getByTestId('dashboard-top-total')).toHaveText(/^Total\s*346,949,415 USD$/);
    const watch = page.getByRole('region', { name: 'Watchlist hits' });
    await expect(watch.getByRole('heading')).toHaveText('Sanctions watchlist, last 10 years');
    await expect(watch.getByRole('row').nth(1)).toHaveText(
      /^2017\s*Imports\s*2701\s*2270 \(2016\) ¶29\s*410,358,802 USD$/,
    );
    // The exports are held by no file, so no year is covered by goods both ways: said, counted in years.
    await expect(watch.getByTestId('watch-not-covered')).toContainText('of these 10 years');
    await page.screenshot(shot('dashboard-annual-en'));

    await page.locator('#language').selectOption('ko');
    await expect(page.getByText('최근 연도: 2024')).toBeVisible();
    await expect(page.getByRole('article', { name: '수입' })).toContainText('전년 대비+18.9%');
    await expect(page.getByTestId('dashboard-chart')).toContainText('최근 10년 (USD)');
    await page.screenshot(shot('dashboard-annual-ko'));
    expect(problems).toEqual([]);
  });

  test('at 1024 px, in Korean, the top items fit their card: under the chart, not squeezed beside it', async ({
    page,
    host,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await openTab(page, host, 'Dashboard');
    await page.locator('#language').selectOption('ko');
    const top = page.getByRole('region', { name: '주요 품목' });
    await expect(top.getByRole('row').first()).toContainText('187,772,505');
    // Beside the chart the card was 244 px wide and its table 295 px: the shares ran out of the card.
    const fit = await top.evaluate((card) => ({
      card: card.clientWidth,
      table: card.querySelector('table')!.scrollWidth,
    }));
    expect(fit.table).toBeLessThanOrEqual(fit.card);
    await page.screenshot(shot('dashboard-annual-1024-ko'));
  });

  test('the Brief offers the pair’s years and writes the latest year’s brief, each number linked', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Brief');
    const period = page.getByLabel('Brief month');
    await expect(period).toHaveValue('2024');
    await expect(period.locator('optgroup')).toHaveAttribute('label', 'Years');
    const text = page.getByTestId('brief-text');
    await expect(text).toContainText(
      "North Korea's exports to China rose to $324.75 million in 2024, up 20% from a year earlier",
    );
    await expect(text).not.toContainText('From January');
    await expect(page.getByTestId('brief-no-months')).toHaveCount(0);
    await period.selectOption('2020');
    await expect(text).toContainText("North Korea's exports to China fell to $36.10 million in 2020");
    await page.screenshot(shot('brief-annual-en'));
    await page.locator('#language').selectOption('ko');
    await expect(text).toContainText('2020년 북한의 대중국 수출은');
    await expect(text).toContainText('전년 대비');
    expect(problems).toEqual([]);
  });
});
