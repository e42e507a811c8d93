import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator } from '@playwright/test';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** UN Comtrade+ API: China's trade with Argentina and Germany in 2010, all goods (TOTAL), both flows. */
const PLUS = join(CORPORA, 'comtrade/plus-api-sample/CHN_imports_2010_annual_HS-60a6ad.json');
/** China customs: soybean imports by partner, by month, 2024 (Argentina among them), in yuan. */
const SOY = join(CORPORA, 'gacc/soybean-monthly/2024in.csv');
/** UN Comtrade+ preview: China–North Korea TOTAL by flow, 2020 and 2022, and December 2024 (no reporter or partner in it). */
const CT_SAMPLE = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_sample.json');
const NK_SAMPLE = join(root, 'resources/sample/nk-china-published.csv');

/** The first series' colour in each theme (chart-look.ts: #0f766e light, #2dd4bf dark). */
const TEAL = { light: [15, 118, 110], dark: [45, 212, 191] } as const;

/** How many pixels of the chart's canvas are drawn in the given colour. */
const inkOf = (canvas: Locator, rgb: readonly number[]) =>
  canvas.evaluate((c: HTMLCanvasElement, [r, g, b]) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i]! - r!) < 30 && Math.abs(data[i + 1]! - g!) < 30 && Math.abs(data[i + 2]! - b!) < 30) n++;
    return n;
  }, rgb);

/**
 * China's trade with Brazil, all goods, both flows, every month of 2015–2020 (a canonical CSV of made-up
 * figures): China's files then span 72 months, so a monthly chart of another partner runs over 72 months.
 */
function brazilMonths(dir: string): string {
  const rows = ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit'];
  for (let y = 2015; y <= 2020; y++)
    for (let m = 1; m <= 12; m++)
      for (const flow of ['import', 'export'])
        rows.push(`${y}-${String(m).padStart(2, '0')},CHN,BRA,${flow},HS,TOTAL,All goods,${1000000 + m},USD,,`);
  const path = join(dir, 'chn-bra-2015-2020.csv');
  writeFileSync(path, rows.join('\n') + '\n');
  return path;
}

/**
 * A researcher with a Comtrade download of one year (2010) beside China's customs files of 2024 opens the
 * chart of China's trade with Argentina: it is drawn by year, and its one figure must be seen and cited
 * as what it is, UN Comtrade's, not China customs' (whose files hold no 2010 figure).
 */
test.describe('a chart whose only figure is one year', () => {
  skipWithoutCorpora(PLUS, SOY);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => {
        tidemark('import', PLUS, '--db', dbPath);
        tidemark('import', SOY, '--flow', 'import', '--db', dbPath);
        tidemark('import', brazilMonths(dirname(dbPath)), '--db', dbPath);
      }),
  });

  test('draws that year as a point one can see, after the months the chart first asked for', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Charts', { reporter: 'CHN', partner: 'ARG' });
    // The chart first asks by month (72 months, none covered: no point drawn on so long an axis), then turns
    // to the year the files hold. That year's point kept the monthly chart's radius, 0: an empty plot.
    await expect(page.getByLabel('Periods', { exact: true })).toHaveValue('year');
    await expect(page.getByRole('table', { name: /Annual: China's total trade with Argentina/ })).toContainText(
      '12,919,892,328',
    );
    const canvas = page.locator('.tm-figure canvas').first();
    await expect(canvas).toBeVisible();
    await expect.poll(() => inkOf(canvas, TEAL.light)).toBeGreaterThan(20);
    await page.screenshot(shot('chart-one-year'));
    expect(problems).toEqual([]);
  });

  test('cites UN Comtrade alone for it, not China customs, whose files hold no such year', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Charts', { reporter: 'CHN', partner: 'ARG' });
    await expect(page.getByLabel('Periods', { exact: true })).toHaveValue('year');
    const caption = page.getByTestId('chart-caption');
    await expect(caption).toContainText('Source: UN Comtrade (China as reporter)');
    await expect(caption).not.toContainText('China customs (GACC)');
    await expect(caption).not.toContainText("China's customs");
    // By month the soybean files are the figures' source: China's imports of soybeans from Argentina.
    await page.getByLabel('Series 1 flow').selectOption('import');
    await page.getByLabel('Series 1 only HS').fill('12019019');
    await page.getByLabel('Series 1 only HS').press('Enter');
    await page.getByLabel('Periods', { exact: true }).selectOption('month');
    await expect(page.getByRole('table', { name: /Monthly: China's imports from Argentina/ })).toContainText(
      '639,240,426',
    );
    await expect(caption).toContainText('Source: China customs (GACC)');
    await expect(caption).not.toContainText('UN Comtrade');
    expect(problems).toEqual([]);
  });
});

test.describe('a chart switched to the dark theme', () => {
  test.use({ sample: true });

  test('draws its points in the dark theme’s colour, as its line is', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Charts');
    await page.getByLabel('Theme').selectOption('light');
    // The sample's total trade: figures alone between uncovered months are drawn as dots.
    await expect(page.getByRole('table', { name: /Monthly: China's total trade with North Korea/ })).toContainText(
      '25,900,000',
    );
    const canvas = page.locator('.tm-figure canvas').first();
    await expect.poll(() => inkOf(canvas, TEAL.light)).toBeGreaterThan(100);
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => inkOf(canvas, TEAL.dark)).toBeGreaterThan(100);
    // The dots kept the light theme's dark teal, hard to see on the dark paper (about 300 pixels of it).
    await expect.poll(() => inkOf(canvas, TEAL.light)).toBeLessThan(20);
    await page.locator('.tm-figure').first().screenshot(shot('chart-dark-after-switch'));
    expect(problems).toEqual([]);
  });
});

test.describe('the dashboard of China and North Korea, with a Comtrade download beside the bundled sample', () => {
  skipWithoutCorpora(CT_SAMPLE);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => {
        tidemark('import', NK_SAMPLE, '--db', dbPath);
        tidemark('import', CT_SAMPLE, '--reporter', 'CHN', '--partner', 'PRK', '--db', dbPath);
      }),
  });

  test('cites UN Comtrade alone under the last 24 months, whose only figures are its December 2024', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Dashboard', { reporter: 'CHN', partner: 'PRK' });
    await expect(page.getByText('Latest month: December 2024')).toBeVisible();
    const chart = page.getByTestId('dashboard-chart');
    // The sample's figures end in August 2021, before the chart's span (January 2023 to December 2024).
    await expect(chart).toContainText('Source: UN Comtrade (China as reporter)');
    await expect(chart).not.toContainText('China customs (GACC)');
    await chart.screenshot(shot('dashboard-source-in-span'));
    expect(problems).toEqual([]);
  });
});
