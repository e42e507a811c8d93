import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { dropFiles } from './helpers/drop';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const SUMMARY = join(CORPORA, 'gacc/monthly-summary-xlsx/haiguan_tongji_shuju_huizong.xlsx');
const PUBLISHED = join(CORPORA, 'published/nk-china-reported-figures/nk_china_trade_reported_figures.csv');
const shot = (name: string) => ({ path: join(root, 'docs', 'screens', `${name}.png`) });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const dialogFor = (page: Page, name: string) => page.getByRole('dialog', { name: `Import ${name}` });

async function holds(dialog: Locator, column: string, field: string) {
  await dialog.getByLabel(`What column “${column}” holds`).selectOption({ label: field });
}

test.describe('a spreadsheet Tidemark does not recognise', () => {
  skipWithoutCorpora(SUMMARY, PUBLISHED);

  test('is imported through the mapping step: columns, constants for what it lacks, scale, sheets, a live preview', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(host.url);
    await dropFiles(page, [
      { name: 'haiguan_tongji_shuju_huizong.xlsx', type: XLSX_TYPE, content: readFileSync(SUMMARY) },
      { name: 'nk_china_trade_reported_figures.csv', type: 'text/csv', content: readFileSync(PUBLISHED) },
    ]);

    // The workbook: a totals table of China's trade by month, in 10,000 yuan, one sheet per province.
    const xlsx = dialogFor(page, 'haiguan_tongji_shuju_huizong.xlsx');
    await expect(xlsx.getByText('File 1 of 2')).toBeVisible();
    const mapping = xlsx.getByTestId('import-mapping');
    await expect(mapping).toContainText('does not recognise the columns of this spreadsheet');
    await expect(xlsx).not.toContainText('A Tidemark CSV starts with');
    // A workbook has no text encoding to pick.
    await expect(xlsx.getByTestId('import-encoding')).toHaveCount(0);
    await expect(xlsx.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    // The period column is recognised by its name; the rest is the person's to say.
    await expect(xlsx.getByLabel('What column “时间” holds')).toHaveValue('period');
    await holds(xlsx, '进口_当月', 'Value');
    await mapping.getByLabel('Reporter (e.g. CHN)').fill('chn');
    await mapping.getByLabel('Partner (e.g. PRK, WLD)').fill('WLD');
    await mapping.getByLabel('Flow').selectOption('import');
    await mapping.getByLabel('Currency (e.g. USD, CNY)').fill('CNY');
    await expect(mapping.getByTestId('mapping-missing')).toHaveText('Still needed: Commodity code (as text)');
    await mapping.getByLabel('Code (e.g. TOTAL)').fill('TOTAL');
    await mapping.getByLabel('Values are in').selectOption({ label: 'ten thousands (万)' });
    // Thirteen sheets that repeat one table: only the national one, as offered.
    await expect(mapping.getByRole('checkbox', { name: '全国' })).toBeChecked();
    await expect(mapping.getByRole('checkbox', { name: '北京市' })).not.toBeChecked();
    const preview = mapping.getByTestId('import-preview');
    const first = preview.locator('tbody tr').first();
    await expect(first.locator('td[data-col="value"]')).toHaveText('2,186,228,340,000');
    await expect(first.locator('td[data-col="code"]')).toHaveText('TOTAL');
    await expect(first.locator('td[data-col="partner"]')).toHaveText('WLD');
    await expect(first.locator('td[data-col="period"]')).toHaveText('2024-01');
    // Totals are shown in italics, and the legend says what that means.
    await expect(mapping.getByText(/Italic rows are totals/)).toBeVisible();
    await page.screenshot(shot('mapping-xlsx'));
    await xlsx.getByRole('button', { name: 'Import', exact: true }).click();

    // The published figures: period and value columns, a metric column whose labels name the flow.
    const csv = dialogFor(page, 'nk_china_trade_reported_figures.csv');
    await expect(csv.getByText('File 2 of 2')).toBeVisible();
    await expect(csv.getByTestId('import-mapping')).toContainText('does not recognise the columns of this file');
    await expect(csv.getByLabel('What column “period” holds')).toHaveValue('period');
    await expect(csv.getByLabel('What column “value_usd” holds')).toHaveValue('value');
    await holds(csv, 'metric', 'Flow');
    const constants = csv.getByTestId('import-mapping');
    await expect(constants.getByText('From column “metric”')).toBeVisible();
    await constants.getByLabel('Reporter (e.g. CHN)').fill('CHN');
    await constants.getByLabel('Partner (e.g. PRK, WLD)').fill('PRK');
    await constants.getByLabel('Currency (e.g. USD, CNY)').fill('USD');
    await constants.getByLabel('Code (e.g. TOTAL)').fill('TOTAL');
    await expect(constants.getByTestId('import-preview').locator('tbody tr').first()).toContainText('227,700,000');
    await expect(constants.getByText(/would be rejected/)).toBeVisible();
    await page.screenshot(shot('mapping-csv'));
    await csv.getByRole('button', { name: 'Import', exact: true }).click();

    const report = page.getByRole('table', { name: 'Import results' });
    await expect(report.getByRole('row', { name: /haiguan/ }).getByRole('cell')).toHaveText([
      /Imported · mapped/,
      '18',
      '18',
      '0',
      '0',
      '0',
    ]);
    await expect(
      report
        .getByRole('row', { name: /nk_china_trade/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('46');
    const published = await report
      .getByRole('row', { name: /nk_china_trade/ })
      .getByRole('cell')
      .allTextContents();
    expect(Number(published[2]) + Number(published[3])).toBe(46);
    await page.getByRole('tab', { name: 'Data' }).click();
    await expect(cell(page, 0, 'code')).toHaveText('TOTAL');
    await expect(cell(page, 0, 'value')).toHaveText('2,186,228,340,000');
    expect(problems).toEqual([]);
  });
});

test('a file already held is said to be one at once, with no question asked; the summary says why each file was not imported', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  const gacc = Buffer.from(
    '数据年月,商品编码,商品名称,贸易伙伴编码,贸易伙伴名称,美元\n202401,27011200,烟煤,109,朝鲜,"1,000"\n',
  );
  await dropFiles(page, [{ name: 'gacc.csv', type: 'text/csv', content: gacc }]);
  const dialog = dialogFor(page, 'gacc.csv');
  await dialog.getByRole('radio', { name: 'Imports' }).check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('records-total')).toHaveText('1 record');
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // The same bytes again (under another name), a table nobody maps, and a JSON file that is not data.
  await dropFiles(page, [
    { name: 'gacc-again.csv', type: 'text/csv', content: gacc },
    { name: 'notes.csv', type: 'text/csv', content: Buffer.from('a,b,c\n1,2,3\n') },
  ]);
  // No dialog for the duplicate: the first one asked about is the unknown table, the second of two.
  const unknown = dialogFor(page, 'notes.csv');
  await expect(unknown.getByText('File 2 of 2')).toBeVisible();
  await expect(dialogFor(page, 'gacc-again.csv')).toHaveCount(0);
  await unknown.getByRole('button', { name: 'Skip this file' }).click();
  const report = page.getByRole('table', { name: 'Import results' });
  await expect(report.getByRole('row', { name: /gacc-again/ })).toContainText(
    /The same file as import #1 \(gacc\.csv, .+\): nothing was imported again\./,
  );
  // The status, then why, once: it read "Not imported" / "Not imported: Tidemark did not recognise…".
  const notes = report.getByRole('row', { name: /notes\.csv/ });
  await expect(notes).toContainText('Not imported');
  await expect(notes.getByTestId('import-reason')).toHaveText(
    'Tidemark did not recognise its columns, and no mapping was given.',
  );
  await page.screenshot(shot('import-reasons'));
  await expect(page.getByTestId('records-total')).toHaveText('1 record');
  expect(problems).toEqual([]);
});
