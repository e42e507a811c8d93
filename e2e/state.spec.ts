import type { Page } from '@playwright/test';
import { docsShot } from './helpers/docs-shots';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

test.use({ sample: true, viewport: { width: 1280, height: 720 } });

const tab = (page: Page, name: string) => page.getByRole('tab', { name });

/** Plotted values by period, from the hidden table that carries the chart's numbers. */
async function plotted(page: Page): Promise<Record<string, string>> {
  const rows = await page
    .getByTestId('plot-table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-period') ?? '', tr.querySelector('td')?.getAttribute('data-value') ?? '']),
    );
  return Object.fromEntries(rows);
}

/** The grid as the person set it: sorted by value, largest first, and filtered to imports. */
async function setUpGrid(page: Page): Promise<void> {
  await tab(page, 'Data').click();
  const header = page.locator('[data-testid="records-grid"] .ag-header-cell[col-id="value"] .ag-header-cell-label');
  await header.click();
  await header.click();
  await page
    .locator('[data-testid="records-grid"] .ag-header-cell[col-id="flow"] .ag-header-cell-filter-button')
    .click();
  await page.locator('.ag-filter input[type="text"]').first().fill('import');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('records-total')).toHaveText('13 records match');
  await expect(cell(page, 0, 'value')).toHaveText('213,150,000');
}

async function expectGrid(page: Page): Promise<void> {
  await expect(page.getByTestId('records-total')).toHaveText('13 records match');
  await expect(cell(page, 0, 'value')).toHaveText('213,150,000');
  await expect(cell(page, 1, 'value')).toHaveText('48,000,000');
}

async function expectChart(page: Page): Promise<void> {
  await expect(page.getByLabel('Series 1 flow')).toHaveValue('import');
  await expect(page.getByLabel('Series 1 exclude HS')).toHaveValue('2716');
  await expect(page.getByLabel('Series 2 flow')).toHaveValue('export');
  await expect(page.getByLabel('Chart type')).toHaveValue('bar');
  // November 2020's imports without electricity: 1,854 + 509 + 19.
  await expect.poll(async () => (await plotted(page))['2020-11']).toBe('2382');
}

test('nothing resets on a tab switch or a reload: grid filters and sort, chart series and exclusions, the brief’s month, the last tab', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto(host.url);
  await setUpGrid(page);

  await tab(page, 'Charts').click();
  await page.getByLabel('Series 1 flow').selectOption('import');
  await page.getByLabel('Series 1 exclude HS').fill('2716');
  await page.getByLabel('Series 1 exclude HS').press('Enter');
  await page.getByRole('button', { name: 'Add series' }).click();
  await page.getByLabel('Series 2 flow').selectOption('export');
  await page.getByLabel('Chart type').selectOption('bar');
  await expectChart(page);

  await tab(page, 'Brief').click();
  await page.getByLabel('Brief month').selectOption('2020-11');
  await expect(page.getByTestId('brief-text')).toContainText('November 2020');

  // Every view as it was left, after visiting the others.
  await tab(page, 'Data').click();
  await expectGrid(page);
  await tab(page, 'Charts').click();
  await expectChart(page);
  await tab(page, 'Dashboard').click();
  await tab(page, 'Brief').click();
  await expect(page.getByLabel('Brief month')).toHaveValue('2020-11');

  // And after a restart on the same database: the last tab first.
  await page.reload();
  await expect(tab(page, 'Brief')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Brief month')).toHaveValue('2020-11');
  await expect(page.getByTestId('brief-text')).toContainText('November 2020');
  await tab(page, 'Charts').click();
  await expectChart(page);
  await tab(page, 'Data').click();
  await expectGrid(page);
  expect(problems).toEqual([]);
});

test('“Back to the brief” after opening a figure’s rows returns to the brief as it was', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await tab(page, 'Brief').click();
  await page.getByLabel('Brief month').selectOption('2020-11');
  await page.getByLabel('Told from').selectOption('reporter');
  // China's exports, all goods: no file itemises them, so leaving out HS 2716 would leave no brief.
  await page.getByLabel('Brief exclude HS').fill('');
  await page.getByLabel('Brief exclude HS').press('Enter');
  const brief = page.getByTestId('brief-text');
  await expect(brief).toContainText("China's exports to North Korea fell to $148,000 in November 2020, down 51%");
  const text = await brief.textContent();

  await brief.getByRole('button').first().click();
  await expect(tab(page, 'Data')).toHaveAttribute('aria-selected', 'true');
  const chip = page.getByTestId('opened-rows');
  await expect(chip).toContainText('Showing rows for');
  await chip.getByRole('button', { name: 'Back to the brief' }).click();

  await expect(tab(page, 'Brief')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Brief month')).toHaveValue('2020-11');
  await expect(page.getByLabel('Told from')).toHaveValue('reporter');
  await expect(brief).toHaveText(text!);
  await page.screenshot(docsShot('brief-1280-light'));

  // The grid kept the figure's rows too, for a second look.
  await tab(page, 'Data').click();
  await expect(page.getByTestId('opened-rows')).toContainText('Showing rows for');
  expect(problems).toEqual([]);
});

test('the dashboard’s last 24 months are the 24 months up to the latest month held; gap notes count the months shown', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await tab(page, 'Dashboard').click();
  // The sample's latest month is August 2021: the window is September 2019 – August 2021, not its last 24 figures.
  const chart = page.getByTestId('dashboard-chart');
  await expect(chart).toContainText('Last 24 months (USD) · Sep 2019 – Aug 2021');
  // Exports: 8 of the 24 months have a figure, so 16 are missing.
  await expect(chart).toContainText(/exports to North Korea: 16 months in the span are not covered/);

  // Total trade on the Charts tab is drawn from August 2020 to August 2021 (13 months); 6 of them have no figure.
  await tab(page, 'Charts').click();
  await expect(page.getByTestId('chart-caption')).toContainText('6 months in the span are not covered');
  await expect(page.getByTestId('chart-caption')).not.toContainText(/\b(?:[7-9]|\d{2,}) months in the span/);
  expect(problems).toEqual([]);
});
