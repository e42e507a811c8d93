import { join } from 'node:path';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

/** Germany in 2010 (a year's total) and Brazil month by month in 2024, in one file with no World row. */
const MIXED = [
  'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
  '2010,CHN,DEU,import,HS,TOTAL,,74251272075,USD,,',
  ...Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')},CHN,BRA,import,HS,TOTAL,,9,USD,,`),
].join('\n');

test('a partner a file lists in one year is "not covered" in the months it does not list, never 0', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await dropFiles(page, [{ name: 'mixed.csv', type: 'text/csv', content: Buffer.from(MIXED) }]);
  const dialog = page.getByRole('dialog', { name: 'Import mixed.csv' });
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  // No World row: the safe answer, where the dialog starts, is that it covers only the partners in it.
  await expect(dialog.getByRole('radio', { name: 'Only the partners in it' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-jobs')).toContainText(/Done: 13 rows read/);
  await page.getByTestId('import-jobs').getByRole('button', { name: 'Dismiss' }).click();

  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await page.getByLabel('Partner', { exact: true }).selectOption('DEU');
  for (const card of ['Imports', 'Total trade']) {
    const article = page.getByRole('article', { name: card, exact: true });
    await expect(article).toContainText('Not covered');
    // What the file lists in December 2024 is Brazil, not Germany.
    await expect(article).toContainText('mixed.csv lists only partners Brazil');
  }
  await expect(page.locator('.tm-cards')).not.toContainText(/(^|\s)0 USD/);
  // Every flow gives the same note: it is said once, not once per flow.
  await expect(
    page.getByTestId('dashboard-chart').locator('.tm-figure__footnote', { hasText: 'months in the span' }),
  ).toHaveText(['24 months in the span are not covered by the files held: missing, not zero.']);
  await page.screenshot(shot('listed-span-dashboard'));
  expect(problems).toEqual([]);
});
