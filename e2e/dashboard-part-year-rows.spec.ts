import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { cell, gridRows } from './helpers/grid';
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
 * The dashboard by year, where 2024's exports are December's alone ("Only 1 month of the 12 is held"): a click
 * on 212,455,984 USD opened the rows of period "2024", none. Total trade adds the year's stated imports to them.
 */
test.describe('the rows behind a year summed from its months', () => {
  skipWithoutCorpora(ANNUAL, SAMPLE);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => {
        tidemark('import', ANNUAL, '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import', '--db', dbPath);
        tidemark('import', SAMPLE, '--reporter', 'CHN', '--partner', 'PRK', '--db', dbPath);
      }),
  });

  test('are the months held', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Dashboard', { reporter: 'CHN', partner: 'PRK' });
    await page.getByLabel('Periods', { exact: true }).selectOption('year');
    await expect(page.getByText('Latest year: 2024')).toBeVisible();

    await page.getByRole('article', { name: 'Exports' }).getByRole('button', { name: '212,455,984 USD' }).click();
    await expect(gridRows(page)).toHaveCount(1);
    await expect(cell(page, 0, 'period')).toHaveText('2024-12');
    await expect(cell(page, 0, 'value')).toHaveText('212,455,984');

    // Total trade is the year's stated imports plus December's exports (346,949,415 + 212,455,984): no one
    // list of rows makes it, so its figure opens none and says where each flow's rows are.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const total = page.getByRole('article', { name: 'Total trade' });
    await expect(total.getByTestId('card-both-kinds')).toHaveText('559,405,399 USD');
    await expect(total.getByRole('button', { name: /559,405,399/ })).toHaveCount(0);
    await expect(
      total.getByText('The Imports and Exports cards open each flow’s rows.', { exact: false }),
    ).toBeVisible();
    await page.screenshot(shot('dashboard-part-year-rows'));

    // A year of its own figure still opens that figure's rows.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByRole('article', { name: 'Imports' }).getByRole('button', { name: '346,949,415 USD' }).click();
    await expect(gridRows(page)).toHaveCount(8);
    await expect(cell(page, 0, 'period')).toHaveText('2024');
    expect(problems).toEqual([]);
  });
});

/** China's trade with Mongolia, all goods, every month of 2023 and no annual row: the year is their sum. */
test.describe('the rows behind a whole year summed from its twelve months', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => {
        const csv = join(mkdtempSync(join(tmpdir(), 'tidemark-year-months-')), 'chn-mng-2023.csv');
        const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
        writeFileSync(
          csv,
          'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit\n' +
            months.map((m, i) => `2023-${m},CHN,MNG,export,HS,TOTAL,all goods,${1000 + i},USD,,\n`).join(''),
        );
        tidemark('import', csv, '--db', dbPath);
      }),
  });

  test('are the twelve months, not a row of the year', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Dashboard', { reporter: 'CHN', partner: 'MNG' });
    await page.getByLabel('Periods', { exact: true }).selectOption('year');
    await expect(page.getByText('Latest year: 2023')).toBeVisible();
    // 1000 + 1001 + … + 1011
    await page.getByRole('article', { name: 'Exports' }).getByRole('button', { name: '12,066 USD' }).click();
    await expect(page.getByTestId('records-total')).toHaveText('12 records match');
    await expect(cell(page, 0, 'period')).toHaveText(/^2023-\d\d$/);
    expect(problems).toEqual([]);
  });
});
