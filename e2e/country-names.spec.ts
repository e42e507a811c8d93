import { join } from 'node:path';
import { dropFiles } from './helpers/drop';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { confirmImport } from './helpers/import-dialog';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

test.describe('country names in the pickers', () => {
  test.use({ sample: true });

  test('in the Korean UI the partner picker says 북한 (PRK), and its value stays the code', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.addInitScript(() => localStorage.setItem('tidemark.language', 'ko'));
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

    await page.getByRole('tab', { name: '차트' }).click();
    const partner = page.getByLabel('계열 1 상대국');
    await expect(partner).toHaveValue('PRK');
    await expect(partner.locator('option:checked')).toHaveText('북한 (PRK)');

    await page.getByRole('tab', { name: '브리핑' }).click();
    await page.getByLabel('브리핑 상대국').selectOption('PRK');
    await expect(page.getByLabel('브리핑 상대국').locator('option:checked')).toHaveText('북한 (PRK)');
    await page.screenshot(shot('countries-01-korean-brief'));
    expect(problems).toEqual([]);
  });
});

test.describe("names of countries and Comtrade's areas wherever a code shows", () => {
  test('the dashboard picker, the chart and the grid say Germany / 독일 and Other Asia, nes, never a bare DEU or ZZZ', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    const lines = ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit'];
    for (const [partner, value] of [
      ['DEU', 100],
      ['C490', 7],
      ['C899', 9],
    ] as const)
      lines.push(`2023-01,CHN,${partner},import,HS,2716,power,${value},USD,,`);
    await dropFiles(page, [{ name: 'areas.csv', type: 'text/csv', content: Buffer.from(lines.join('\n')) }]);
    await confirmImport(page, 'areas.csv');
    await expect(page.getByTestId('records-total')).toHaveText('3 records');
    await expect(cell(page, 0, 'partner')).toHaveText('Germany (DEU)');
    await expect(cell(page, 1, 'partner')).toHaveText('Other Asia, nes (C490)');
    await expect(cell(page, 2, 'partner')).toHaveText('Areas, nes (C899)');

    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const partner = page.getByLabel('Partner', { exact: true });
    // By name, as a reader looks for them, not by code.
    await expect(partner.locator('option')).toHaveText([
      'Areas, nes (C899)',
      'Germany (DEU)',
      'Other Asia, nes (C490)',
    ]);

    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByLabel('Series 1 partner').selectOption('DEU');
    await expect(page.getByRole('img', { name: /China's total trade with Germany/ })).toBeVisible();
    await page.screenshot(shot('countries-02-chart-germany'));

    await page.evaluate(() => localStorage.setItem('tidemark.language', 'ko'));
    await page.reload();
    await page.getByRole('tab', { name: '차트' }).click();
    await page.getByLabel('계열 1 상대국').selectOption('DEU');
    await expect(page.getByLabel('계열 1 상대국').locator('option:checked')).toHaveText('독일 (DEU)');
    await expect(page.getByRole('img', { name: /중국–독일 총교역/ })).toBeVisible();
    await page.screenshot(shot('countries-03-korean-chart-germany'));
    expect(problems).toEqual([]);
  });
});

test.describe('long country names in the grid', () => {
  // A fixed 240 px cap cut this name to "South Georgia and South Sa…" at any window size.
  test('Reporter and Partner show a long name whole where the window has room, and never push Value out', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 2560, height: 1000 });
    await page.goto(host.url);
    const csv = [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      '2023-01,SGS,SGS,export,HS,0303,fish,2220000000,USD,,',
    ].join('\n');
    await dropFiles(page, [{ name: 'sgs.csv', type: 'text/csv', content: Buffer.from(csv) }]);
    await confirmImport(page, 'sgs.csv');
    const name = 'South Georgia and South Sandwich Islands (SGS)';
    const cut = (field: string) => cell(page, 0, field).evaluate((el) => el.scrollWidth > el.clientWidth);
    for (const field of ['reporter', 'partner']) {
      await expect(cell(page, 0, field)).toHaveText(name);
      await expect.poll(() => cut(field), `${field} cut at 2560 px`).toBe(false);
    }
    await page.screenshot(shot('countries-04-long-name-2560'));

    // Narrower windows: the names give way, the figure does not. It stays whole and inside the grid.
    for (const width of [1600]) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await expect(cell(page, 0, 'partner')).toHaveText(name);
      const value = cell(page, 0, 'value');
      await expect(value).toHaveText('2,220,000,000');
      await expect.poll(() => cut('value'), `value cut at ${width} px`).toBe(false);
      const grid = (await page.getByTestId('records-grid').boundingBox())!;
      const box = (await value.boundingBox())!;
      expect(box.x + box.width, `value inside the grid at ${width} px`).toBeLessThanOrEqual(grid.x + grid.width);
      expect((await cell(page, 0, 'partner').boundingBox())!.width).toBeGreaterThanOrEqual(240);
      await page.screenshot(shot(`countries-05-long-name-${width}`));
    }
    expect(problems).toEqual([]);
  });
});
