import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** China's annual trade in SITC Rev. 4 two-digit codes with five partners, 2010–2014 (UN Comtrade, legacy CSV). */
const SITC = join(CORPORA, 'comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv');

/** The value of each period the chart's table holds for its first series ('' where none). */
const plotted = (page: Page) =>
  page
    .getByTestId('plot-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => [r.getAttribute('data-period'), r.querySelector('td')?.getAttribute('data-value') ?? '']),
      ),
    );

/**
 * A researcher with a Comtrade SITC download charts China's imports of SITC 33 (petroleum) from Germany: the
 * series editor offers the classification the file is in, reads the code in it and names it so.
 */
test.describe('a chart of SITC figures', () => {
  skipWithoutCorpora(SITC);
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use((dbPath: string) => void tidemark('import', SITC, '--db', dbPath)) });

  test('SITC is offered, carried into the series, named in its label and kept after a reload', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Charts');
    await page.getByLabel('Periods', { exact: true }).selectOption('year');
    await page.getByLabel('Series 1 reporter').selectOption('CHN');
    await page.getByLabel('Series 1 partner').selectOption('DEU');
    await page.getByLabel('Series 1 flow').selectOption({ label: 'Imports' });
    const cls = page.getByLabel('Series 1 classification');
    // The file's SITC, where no file holds HS (the opening test below); HS offered beside it.
    await expect(cls).toHaveValue('SITC');
    await expect(cls.locator('option')).toHaveText(['HS', 'SITC']);
    await cls.selectOption('SITC');
    await page.getByLabel('Series 1 only SITC').fill('33');
    await page.getByLabel('Series 1 only SITC').press('Enter');
    // UN Comtrade: China's imports from Germany, SITC 33, 2010 and 2014.
    await expect.poll(async () => (await plotted(page))['2010']).toBe('132024942');
    expect((await plotted(page))['2014']).toBe('213552555');
    await expect(
      page.getByRole('img', { name: /Annual: China's imports from Germany, SITC 33 \(USD\)/ }),
    ).toBeVisible();
    const caption = page.getByTestId('chart-caption');
    await expect(caption).toContainText('SITC 33');
    await expect(caption).not.toContainText('HS 33');
    await page.screenshot(shot('charts-sitc-33'));

    // The chart's set-up outlives a reload, classification and all.
    await page.reload();
    await page.getByRole('tab', { name: 'Charts' }).click();
    await expect(page.getByLabel('Series 1 classification')).toHaveValue('SITC');
    await expect.poll(async () => (await plotted(page))['2010']).toBe('132024942');

    // In Korean, the boxes and the label name SITC too.
    await page.locator('#language').selectOption('ko');
    await expect(page.getByLabel('계열 1 포함 SITC')).toHaveValue('33');
    await expect(page.getByTestId('chart-caption')).toContainText('SITC 33');
    expect(problems).toEqual([]);
  });

  test('opens by year and in SITC, as the file holds its figures', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Charts');
    // Before: Monthly and HS, though the file holds neither months nor HS codes; a code typed into "Only HS"
    // was read as HS.
    await expect(page.getByLabel('Periods', { exact: true })).toHaveValue('year');
    await expect(page.getByLabel('Series 1 classification')).toHaveValue('SITC');
    await expect(page.getByLabel('Series 1 only SITC')).toBeVisible();
    await expect(page.getByText("Annual: China's total trade with the United States, SITC").first()).toBeVisible();
    await expect(page.getByTestId('chart-by-year')).toBeVisible();
    // The file lists codes, not all goods: the chart says so of a year, and a code typed in is drawn.
    await expect(page.locator('.tm-chart__empty')).toContainText('No file held covers all goods in 2014');
    await page.getByLabel('Series 1 partner').selectOption('DEU');
    await page.getByLabel('Series 1 flow').selectOption({ label: 'Imports' });
    await page.getByLabel('Series 1 only SITC').fill('33');
    await page.getByLabel('Series 1 only SITC').press('Enter');
    await expect.poll(async () => (await plotted(page))['2010']).toBe('132024942');
    await page.screenshot(shot('charts-sitc-opening'));
    expect(problems).toEqual([]);
  });
});
