import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { dropFiles } from './helpers/drop';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** A China customs download with no date column (by regime and province): the dialog asks its period. */
const FILE = join(CORPORA, 'gacc/chinautils-samples/chinese-full.csv');

test.describe('the period a GACC download does not state', () => {
  skipWithoutCorpora(FILE);

  test('is taken as China customs write it, 202601, and a period that cannot be read is said to be one', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 900, height: 650 });
    await page.goto(host.url);
    await dropFiles(page, [{ name: 'chinese-full.csv', type: 'text/csv', content: readFileSync(FILE) }]);
    const dialog = page.getByRole('dialog', { name: 'Import chinese-full.csv' });
    await expect(dialog.getByTestId('import-preview')).toBeVisible();
    await dialog.getByRole('radio', { name: 'Imports' }).check();
    const period = dialog.getByLabel('Period the file covers (YYYY-MM or YYYY)');
    const importButton = dialog.getByRole('button', { name: 'Import', exact: true });

    // A month that does not exist: Import stays off, and the field says why and how to write one.
    await period.fill('2026-13');
    await expect(importButton).toBeDisabled();
    await expect(dialog.getByTestId('import-period-unreadable')).toHaveText(
      '“2026-13” is not a month or a year: write a month as 2026-01 (or 202601), a year as 2026.',
    );
    // The preview does not store a month that is none: a dash, as before an answer.
    await expect(
      dialog.getByTestId('import-preview').locator('tbody tr').first().locator('td[data-col="period"]'),
    ).toHaveText('—');
    await page.screenshot(shot('import-period-unreadable'));

    // The form the file's own portal writes (数据年月 202601): Import had stayed off with only "Answer every
    // question to import this file." under a question answered.
    await period.fill('202601');
    await expect(dialog.getByTestId('import-period-unreadable')).toHaveCount(0);
    await expect(importButton).toBeEnabled();
    await expect(
      dialog.getByTestId('import-preview').locator('tbody tr').first().locator('td[data-col="period"]'),
    ).toHaveText('2026-01');
    await importButton.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('records-total')).toHaveText('5 records');
    await expect(cell(page, 0, 'period')).toHaveText('2026-01');
    expect(problems).toEqual([]);
  });

  test('says so in Korean too', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    await page.locator('#language').selectOption('ko');
    await dropFiles(page, [{ name: 'chinese-full.csv', type: 'text/csv', content: readFileSync(FILE) }]);
    const dialog = page.getByRole('dialog', { name: 'chinese-full.csv 가져오기' });
    await expect(dialog.getByTestId('import-preview')).toBeVisible();
    await dialog.getByLabel('파일의 기간 (YYYY-MM 또는 YYYY)').fill('2026/13');
    await expect(dialog.getByTestId('import-period-unreadable')).toHaveText(
      '“2026/13”은 월이나 연도가 아닙니다. 월은 2026-01(또는 202601), 연도는 2026처럼 쓰세요.',
    );
    expect(problems).toEqual([]);
  });
});
