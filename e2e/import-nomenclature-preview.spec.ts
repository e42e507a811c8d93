import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** China's customs' 8-digit commodity codes of 2021, with their Chinese names and units (GB18030). */
const CODES = join(CORPORA, 'gacc/code-lists/zh-hs8-2021.csv');

/**
 * A nomenclature dropped onto the window: its preview was the trade table's columns (Period, Reporter, Partner,
 * Flow, Value…) over no row at all, as if the file of 8,589 codes held nothing.
 */
test('the import dialog of a commodity nomenclature says what it is and shows its first rows', async ({
  page,
  host,
}) => {
  skipWithoutCorpora(CODES);
  const problems = watchConsole(page);
  await page.goto(host.url);
  await dropFiles(page, [{ name: 'zh-hs8-2021.csv', type: 'text/csv', content: readFileSync(CODES) }]);
  const dialog = page.getByRole('dialog', { name: 'Import zh-hs8-2021.csv' });
  await expect(dialog.getByTestId('import-format')).toHaveText('commodity-reference');
  await expect(dialog.getByTestId('import-nomenclature')).toContainText('It adds no trade figures');
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.locator('thead')).toContainText('商品编码');
  await expect(preview.locator('thead')).not.toContainText('Period');
  await expect(preview.locator('tbody tr').first()).toContainText('01012100');
  await expect(preview.locator('tbody tr').first()).toContainText('改良种用马');
  await page.screenshot(shot('import-nomenclature-preview'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-jobs')).toContainText('Imported · commodity-reference');
  expect(problems).toEqual([]);
});
