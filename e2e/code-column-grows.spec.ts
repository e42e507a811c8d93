import { dropFiles } from './helpers/drop';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { confirmImport } from './helpers/import-dialog';
import { watchConsole } from './helpers/page-watch';

// The grid sizes its columns to the first rows drawn. A file of chapter totals (2-digit codes) with a few
// 8-digit lines further down showed "12019…" once a sort by Value brought those lines to the top.
test('the Code column widens to the longer codes a sort brings into view', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  const header = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
  const chapters = Array.from({ length: 40 }, (_, i) => {
    const code = String(i + 1).padStart(2, '0');
    return `2024-01,CHN,PRK,import,HS,${code},Chapter ${code},${100 + i},USD,,`;
  });
  const lines = ['12019000', '27160000', '03038900'].map(
    (code, i) => `2024-01,CHN,PRK,import,HS,${code},Line ${code},${9_000_000 + i},USD,,`,
  );
  const csv = [header, ...chapters, ...lines].join('\n');
  await dropFiles(page, [{ name: 'codes.csv', type: 'text/csv', content: Buffer.from(csv) }]);
  await confirmImport(page, 'codes.csv');
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page.getByTestId('records-total')).toHaveText('43 records');
  await expect(cell(page, 0, 'code')).toHaveText('01');

  const value = page.locator('[data-testid="records-grid"] .ag-header-cell[col-id="value"] .ag-header-cell-label');
  await value.click();
  await value.click();
  await expect(cell(page, 0, 'code')).toHaveText('03038900');
  const cut = () => cell(page, 0, 'code').evaluate((el) => el.scrollWidth > el.clientWidth);
  await expect.poll(cut, { message: 'the 8-digit code is shown whole' }).toBe(false);
  expect(problems).toEqual([]);
});
