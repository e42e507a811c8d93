import type { Page } from '@playwright/test';
import { docsShot, screen } from './helpers/docs-shots';
import { dropFiles } from './helpers/drop';
import { confirmImport } from './helpers/import-dialog';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { watchConsole } from './helpers/page-watch';

test.use({ sample: true });

/** How many grid rows the window has room for: the grid's scrolling area over one row's height. */
async function rowsThatFit(page: Page): Promise<number> {
  return page.locator('[data-testid="records-grid"] .ag-body-viewport').evaluate((viewport) => {
    const row = viewport.querySelector('.ag-row');
    return row ? Math.floor(viewport.clientHeight / row.getBoundingClientRect().height) : 0;
  });
}

/** Whether the page, or the tab area, scrolls sideways. */
async function scrollsSideways(page: Page): Promise<{ page: number; main: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('.workspace__main')!;
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      main: main.scrollWidth - main.clientWidth,
    };
  });
}

test('the grid fills the window: far more rows at 2560×1440 than at 1440×900, every column in view at 1440 px', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const problems = await openTab(page, host, 'Data');
  await expect(page.getByTestId('records-total')).toHaveText('26 records');
  const small = await rowsThatFit(page);

  // At 1440 px the auto-sized columns all fit: Quantity and Unit are in view, nothing scrolls sideways.
  const grid = page.locator('[data-testid="records-grid"] .ag-body-viewport');
  const gridBox = (await grid.boundingBox())!;
  for (const col of ['quantity', 'unit']) {
    const box = (await page.locator(`[data-testid="records-grid"] .ag-header-cell[col-id="${col}"]`).boundingBox())!;
    expect(box.x + box.width, `${col} ends inside the grid`).toBeLessThanOrEqual(gridBox.x + gridBox.width + 1);
  }
  expect(await grid.evaluate((v) => v.scrollWidth - v.clientWidth)).toBeLessThanOrEqual(0);
  // Columns fit their content, with a minimum: no column is narrower than its header needs.
  const clipped = await page
    .locator('[data-testid="records-grid"] .ag-header-cell-text')
    .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
  expect(clipped).toEqual([]);
  // Reporter and partner are sized to their names: "North Korea (PRK)" is read whole, not "North Ko…".
  // Asked until the columns settle: rows drawn after the first are measured WIDEN_DELAY_MS later.
  const cut = (cells: string) => () =>
    page
      .locator(cells)
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
  await expect
    .poll(
      cut(
        '[data-testid="records-grid"] .ag-cell[col-id="reporter"], [data-testid="records-grid"] .ag-cell[col-id="partner"]',
      ),
    )
    .toEqual([]);

  await page.setViewportSize({ width: 2560, height: 1440 });
  await expect.poll(() => rowsThatFit(page)).toBeGreaterThanOrEqual(Math.round(small * 1.6));
  const large = await rowsThatFit(page);
  console.log(`[measure] grid rows that fit: ${small} at 1440x900, ${large} at 2560x1440`);
  expect(small).toBeGreaterThanOrEqual(15);
  // Rows first drawn at 2560 px, below the 1440-px window the columns were sized in, are not cut either.
  await expect.poll(cut('[data-testid="records-grid"] .ag-cell[col-id="value"]')).toEqual([]);
  await page.screenshot(docsShot('data-2560-light'));
  expect(problems).toEqual([]);
});

test('charts and the dashboard take the window’s size and shrink with it: no sideways scroll after 2560 → 1440', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 2560, height: 1440 });
  const problems = await openTab(page, host, 'Charts');
  const chart = page.getByTestId('trade-chart');
  await expect(chart).toHaveAttribute('data-y-ticks', /M/);
  const wide = (await chart.boundingBox())!;
  expect(wide.width).toBeGreaterThan(1800);
  expect(wide.height, 'a tall window gives the chart its height').toBeGreaterThan(700);
  await page.screenshot(docsShot('charts-2560-light'));

  await page.setViewportSize({ width: 1440, height: 900 });
  await expect.poll(async () => (await chart.boundingBox())!.width).toBeLessThan(1200);
  expect(await scrollsSideways(page)).toEqual({ page: 0, main: 0 });
  const narrow = (await chart.boundingBox())!;
  expect(narrow.x + narrow.width).toBeLessThanOrEqual(1440);

  await page.getByRole('tab', { name: 'Dashboard' }).click();
  const small = page.getByTestId('dashboard-chart').getByTestId('trade-chart');
  await expect(small).toHaveAttribute('data-y-ticks', /M/);
  await page.setViewportSize({ width: 2560, height: 1440 });
  await expect.poll(async () => (await small.boundingBox())!.width).toBeGreaterThan(1300);
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect.poll(async () => (await small.boundingBox())!.width).toBeLessThan(900);
  expect(await scrollsSideways(page)).toEqual({ page: 0, main: 0 });
  expect(problems).toEqual([]);
});

test.describe('names first drawn on a scroll', () => {
  test.use({ sample: false });

  test('Reporter and Partner widen to the longer names further down, and never cut them', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(host.url);
    const lines = ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit'];
    for (let m = 1; m <= 60; m++) lines.push(`2020-01,CHN,PRK,import,HS,${2700 + m},goods,${m},USD,,`);
    for (let m = 1; m <= 5; m++) lines.push(`2020-02,KOR,USA,import,HS,${2700 + m},goods,${m * 1_000_000_000},USD,,`);
    await dropFiles(page, [{ name: 'names.csv', type: 'text/csv', content: Buffer.from(lines.join('\n')) }]);
    await confirmImport(page, 'names.csv');
    await expect(page.getByTestId('records-total')).toHaveText('65 records');
    const viewport = page.locator('[data-testid="records-grid"] .ag-body-viewport');
    await viewport.evaluate((v) => v.scrollTo(0, v.scrollHeight));
    const last = page.locator('[data-testid="records-grid"] .ag-cell[col-id="partner"]', {
      hasText: 'United States (USA)',
    });
    await expect(last.first()).toBeVisible();
    await expect
      .poll(() =>
        page
          .locator(
            '[data-testid="records-grid"] .ag-cell[col-id="reporter"], [data-testid="records-grid"] .ag-cell[col-id="partner"], [data-testid="records-grid"] .ag-cell[col-id="value"]',
          )
          .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent)),
      )
      .toEqual([]);
    await page.screenshot(screen('layout-names-on-scroll'));
    expect(problems).toEqual([]);
  });
});
