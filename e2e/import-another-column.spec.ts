import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const SUMMARY = join(CORPORA, 'gacc/monthly-summary-xlsx/haiguan_tongji_shuju_huizong.xlsx');
const NAME = 'haiguan_tongji_shuju_huizong.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** China's monthly totals of the workbook's national sheet: one column as the value, one flow for all rows. */
async function mapColumn(page: Page, column: string, flow: 'import' | 'export'): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: `Import ${NAME}` });
  const mapping = dialog.getByTestId('import-mapping');
  await dialog.getByLabel(`What column “${column}” holds`).selectOption({ label: 'Value' });
  await mapping.getByLabel('Reporter (e.g. CHN)').fill('CHN');
  await mapping.getByLabel('Partner (e.g. PRK, WLD)').fill('WLD');
  await mapping.getByLabel('Flow').selectOption(flow);
  await mapping.getByLabel('Currency (e.g. USD, CNY)').fill('CNY');
  await mapping.getByLabel('Code (e.g. TOTAL)').fill('TOTAL');
  await mapping.getByLabel('Values are in').selectOption({ label: 'ten thousands (万)' });
  await expect(mapping.getByTestId('import-preview').locator('tbody tr').first()).toContainText('2024-01');
  return dialog;
}

test.describe('a workbook already held, dropped again', () => {
  skipWithoutCorpora(SUMMARY);

  test('imports its exports column beside its imports; the same column again is held or refused', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    const drop = () => dropFiles(page, [{ name: NAME, type: XLSX_TYPE, content: readFileSync(SUMMARY) }]);
    const report = page.getByRole('table', { name: 'Import results' });
    const rows = report.getByRole('row', { name: /haiguan/ });

    await drop();
    await (await mapColumn(page, '进口_当月', 'import')).getByRole('button', { name: 'Import', exact: true }).click();
    await expect(rows.getByRole('cell').first()).toHaveText(/Imported · mapped/);
    await expect(page.getByTestId('records-total')).toHaveText('18 records');
    await page.getByRole('button', { name: 'Dismiss' }).click();

    // Before: "The same file as import #1 …: nothing was imported again", and no way to its exports column.
    await drop();
    await expect(rows.getByTestId('import-reason')).toHaveText(
      /^The same file as import #1 \(haiguan_tongji_shuju_huizong\.xlsx, .+\): nothing was imported again\. Another of its columns \(the exports beside the imports\) imports as its own: map it\./,
    );
    await rows.getByRole('button', { name: 'Map another column…' }).click();
    const dialog = page.getByRole('dialog', { name: `Import ${NAME}` });
    await expect(dialog.getByTestId('import-another')).toContainText('Import #1 (haiguan_tongji_shuju_huizong.xlsx)');
    // It starts from the mapping held: all but the value column and the flow, which the person comes to choose.
    const form = dialog.getByTestId('import-mapping');
    await expect(dialog.getByLabel('What column “进口_当月” holds')).toHaveValue('');
    await expect(dialog.getByLabel('What column “时间” holds')).toHaveValue('period');
    await expect(form.getByLabel('Reporter (e.g. CHN)')).toHaveValue('CHN');
    await expect(form.getByLabel('Code (e.g. TOTAL)')).toHaveValue('TOTAL');
    await expect(form.getByLabel('Flow')).toHaveValue('');
    await expect(form.getByLabel('Values are in')).toHaveValue('10000');
    await expect(form.getByTestId('mapping-missing')).toHaveText('Still needed: Value, Flow');
    await mapColumn(page, '出口_当月', 'export');
    // A column no import holds: no word of a held file.
    await expect(dialog.getByTestId('mapping-held')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(rows.nth(1).getByRole('cell')).toHaveText([/Imported · mapped/, '18', '18', '0', '0', '0']);
    await expect(page.getByTestId('records-total')).toHaveText('36 records');

    // The imports column again, as before: already imported, nothing counted twice.
    await rows.first().getByRole('button', { name: 'Map another column…' }).click();
    await mapColumn(page, '进口_当月', 'import');
    await expect(dialog.getByTestId('mapping-held')).toContainText('Import #1 (haiguan_tongji_shuju_huizong.xlsx)');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(rows.nth(2).getByTestId('import-reason')).toHaveText(
      /^The same file and mapping as import #1 \(haiguan_tongji_shuju_huizong\.xlsx, .+\): nothing was imported again\.$/,
    );
    await expect(rows.nth(2).getByRole('cell').last()).toHaveText('1');

    // The exports column read as imports: the same figures with other options, refused in the core's words.
    await rows.first().getByRole('button', { name: 'Map another column…' }).click();
    await mapColumn(page, '出口_当月', 'import');
    await expect(dialog.getByTestId('mapping-held')).toContainText('Import #2');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(rows.nth(3).getByTestId('import-reason')).toHaveText(
      /^Not imported: haiguan_tongji_shuju_huizong\.xlsx is already imported \(batch 2\) with other options \(constants .*flow=export.*, now .*flow=import.*\)\./,
    );
    await expect(page.getByTestId('records-total')).toHaveText('36 records');
    expect(problems).toEqual([]);
  });
});

test('a small table held for one column imports its other as re-exports, the flow chosen in the mapping', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  // Hong Kong's trade with the world by year: its domestic exports, and its re-exports (of goods made elsewhere).
  const content = Buffer.from('Year,Domestic exports,Re-exports\n2022,100,900\n2023,80,700\n');
  const drop = () => dropFiles(page, [{ name: 'hk.csv', type: 'text/csv', content }]);
  const dialog = page.getByRole('dialog', { name: 'Import hk.csv' });
  const form = dialog.getByTestId('import-mapping');
  const report = page.getByRole('table', { name: 'Import results' });
  const rows = report.getByRole('row', { name: /hk\.csv/ });

  await drop();
  await dialog.getByLabel('What column “Domestic exports” holds').selectOption({ label: 'Value' });
  await form.getByLabel('Reporter (e.g. CHN)').fill('HKG');
  await form.getByLabel('Partner (e.g. PRK, WLD)').fill('WLD');
  await form.getByLabel('Flow').selectOption('export');
  await form.getByLabel('Currency (e.g. USD, CNY)').fill('HKD');
  await form.getByLabel('Code (e.g. TOTAL)').fill('TOTAL');
  await expect(form.getByTestId('import-preview').locator('tbody tr')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('records-total')).toHaveText('2 records');
  await page.getByRole('button', { name: 'Dismiss' }).click();

  await drop();
  await rows.getByRole('button', { name: 'Map another column…' }).click();
  await expect(form.getByTestId('mapping-missing')).toHaveText('Still needed: Value, Flow');
  await dialog.getByLabel('What column “Re-exports” holds').selectOption({ label: 'Value' });
  // Before: the flow of every row was Imports or Exports only.
  await form.getByLabel('Flow').selectOption({ label: 'Re-exports' });
  await expect(form.getByTestId('mapping-missing')).toHaveCount(0);
  await expect(form.getByTestId('import-preview').locator('tbody tr').first()).toContainText('Re-exports');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(rows.nth(1).getByRole('cell')).toHaveText([/Imported · mapped/, '2', '2', '0', '0', '0']);
  await expect(page.getByTestId('records-total')).toHaveText('4 records');
  expect(problems).toEqual([]);
});
