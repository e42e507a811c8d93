import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
/** The same query downloaded twice, in dollars and in yuan (7 to the dollar), as China's customs offer it. */
function download(currency: 'USD' | 'CNY'): string {
  const rate = currency === 'USD' ? 1 : 7;
  const lines = Array.from({ length: 12 }, (_, i) => {
    const m = `2024-${String(i + 1).padStart(2, '0')}`;
    return [
      `${m},CHN,PRK,import,HS,TOTAL,,${(1000 + i) * rate},${currency},,`,
      `${m},CHN,PRK,export,HS,TOTAL,,${(500 + i) * rate},${currency},,`,
    ];
  }).flat();
  return [HEADER, ...lines].join('\n');
}

async function importOne(page: Page, name: string, content: string) {
  await dropFiles(page, [{ name, type: 'text/csv', content: Buffer.from(content) }]);
  const dialog = page.getByRole('dialog', { name: `Import ${name}` });
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-jobs')).toContainText(/Done: 24 rows read/);
  await page.getByTestId('import-jobs').getByRole('button', { name: 'Dismiss' }).click();
}

test('a pair held in dollars and in yuan is read in one currency, chosen on the dashboard, never added', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await importOne(page, 'usd.csv', download('USD'));
  await importOne(page, 'cny.csv', download('CNY'));

  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await page.getByLabel('Partner', { exact: true }).selectOption('PRK');
  const imports = page.getByRole('article', { name: 'Imports', exact: true });
  // Both held for every month: dollars on the tie. December's imports are 1,011 USD, not 1,011 + 7,077.
  await expect(imports).toContainText('1,011 USD');
  const currency = page.getByLabel('Currency', { exact: true });
  await expect(currency).toHaveValue('USD');
  await expect(page.getByTestId('dashboard-chart')).toContainText('The files also hold these figures in CNY');
  // Said once for the chart's three flows, not once per flow.
  await expect(
    page.getByTestId('dashboard-chart').locator('.tm-figure__footnote', { hasText: 'also hold these figures' }),
  ).toHaveCount(1);
  await page.screenshot(shot('two-currencies-usd'));

  await currency.selectOption('CNY');
  await expect(imports).toContainText('7,077 CNY');
  await expect(page.getByRole('article', { name: 'Total trade', exact: true })).toContainText(
    `${((1011 + 511) * 7).toLocaleString('en-US')} CNY`,
  );
  await expect(page.getByTestId('dashboard-chart')).toContainText('(CNY)');
  await expect(page.locator('.tm-cards')).not.toContainText('USD');

  // The brief reads the pair in one currency too, and offers the other.
  await page.getByRole('tab', { name: 'Brief' }).click();
  const brief = page.locator('.tm-brief__text');
  await expect(brief).toContainText('$1,011');
  await expect(page.locator('.tm-brief__notes')).toContainText('also hold these figures in CNY');
  await page.getByLabel('Currency', { exact: true }).selectOption('CNY');
  await expect(brief).toContainText('7,077');
  await expect(brief).not.toContainText('$');
  await page.screenshot(shot('two-currencies-brief'));

  // A chart's series offers the currencies it is held in; the chart says which it is drawn in.
  await page.getByRole('tab', { name: 'Charts' }).click();
  const seriesCurrency = page.getByLabel('Series 1 currency', { exact: true });
  await expect(seriesCurrency).toBeVisible();
  await expect(page.locator('#tm-chart-title')).toContainText('(USD)');
  await seriesCurrency.selectOption('CNY');
  await expect(page.locator('#tm-chart-title')).toContainText('(CNY)');
  await page.screenshot(shot('two-currencies-chart'));
  expect(problems).toEqual([]);
});
