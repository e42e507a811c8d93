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
  // Germany is held only as 2010's total: the dashboard reads its years, and says that the files run on
  // (Brazil, to 2024) while none covers Germany after 2010. No month is shown as 0 or as Germany's.
  await expect(page.getByTestId('dashboard-annual')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Imports', exact: true }).getByRole('button')).toHaveText(
    '74,251,272,075 USD',
  );
  await expect(page.getByTestId('dashboard-pair-ends')).toHaveText(
    'Files held for China run to 2024; none covers its trade with Germany after 2010.',
  );
  await expect(page.locator('.tm-cards')).not.toContainText(/(^|\s)0 USD/);
  // The ten years drawn (2001–2010) say, flow by flow, how many no file covers: never drawn as zero.
  await expect(
    page.getByTestId('dashboard-chart').locator('.tm-figure__footnote', { hasText: 'in the span' }),
  ).toHaveText([
    "China's exports to Germany: 10 years in the span are not covered by the files held: missing, not zero.",
    "China's imports from Germany: 9 years in the span are not covered by the files held: missing, not zero.",
    "China's total trade with Germany: 10 years in the span are not covered by the files held: missing, not zero.",
  ]);
  await page.screenshot(shot('listed-span-dashboard'));
  expect(problems).toEqual([]);
});
