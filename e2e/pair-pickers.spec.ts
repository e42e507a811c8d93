import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dropFiles } from './helpers/drop';
import { revertImportOf } from './helpers/grid';
import { expect, test } from './helpers/host';
import { confirmImport } from './helpers/import-dialog';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

/** China's trade with North Korea (electricity among it) and with Brazil; the United States' with Brazil only. */
const CSV = [
  'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
  '2023-02,USA,BRA,export,HS,1201,soya beans,50,USD,,',
  '2023-01,CHN,PRK,import,HS,2716,electricity,1000,USD,,',
  '2023-01,CHN,PRK,import,HS,3304,beauty products,200,USD,,',
  '2023-01,CHN,BRA,import,HS,1201,soya beans,9000,USD,,',
  '2023-01,CHN,BRA,import,HS,2716,electricity,7,USD,,',
  '2023-01,USA,BRA,export,HS,1201,soya beans,60,USD,,',
].join('\n');

/** The host's page with the pairs above imported; what the console said is collected from the start. */
async function openWithPairs(page: Page, url: string): Promise<string[]> {
  const problems = watchConsole(page);
  await page.goto(url);
  await dropFiles(page, [{ name: 'pairs.csv', type: 'text/csv', content: Buffer.from(CSV) }]);
  await confirmImport(page, 'pairs.csv', { goods: 'all' });
  await expect(page.getByTestId('records-total')).toHaveText('6 records');
  return problems;
}

test('the brief leaves out electricity for China–North Korea only, says so, and has nothing to copy where no file covers', async ({
  page,
  host,
}) => {
  const problems = await openWithPairs(page, host.url);

  await page.getByRole('tab', { name: 'Brief' }).click();
  const exclude = page.getByLabel('Brief exclude HS');
  const brief = page.getByTestId('brief-text');
  await page.getByLabel('Brief reporter').selectOption('CHN');
  await page.getByLabel('Brief partner').selectOption('PRK');
  await page.getByLabel('Brief month').selectOption('2023-01');
  await expect(exclude).toHaveValue('2716');
  await expect(page.getByTestId('brief-convention')).toContainText('news reports of China’s trade with North Korea');
  await expect(brief).toContainText('$200');
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('Excludes HS 2716 (electricity): $1,000');

  // Brazil's soya beans: nothing is left out unless the person says so, and all of it is counted.
  await page.getByLabel('Brief partner').selectOption('BRA');
  await expect(exclude).toHaveValue('');
  await expect(page.getByTestId('brief-convention')).toHaveCount(0);
  await expect(brief).toContainText('$9,007');
  await expect(brief).not.toContainText('excludes');
  // A code typed for one pair stays with that pair.
  await exclude.fill('1201');
  await exclude.press('Enter');
  await expect(brief).toContainText('This figure excludes $9,000');
  await page.getByLabel('Brief partner').selectOption('PRK');
  await expect(exclude).toHaveValue('2716');
  await page.getByLabel('Brief partner').selectOption('BRA');
  await expect(exclude).toHaveValue('1201');

  // A month no file of China covers (the United States' February, offered apart as not covered for this
  // pair): the brief says so, and there is nothing to copy.
  await page.getByLabel('Brief month').selectOption('2023-02');
  await expect(brief).toContainText(/not covered|No file/i);
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Copy as plain text' })).toBeDisabled();
  await page.getByLabel('Brief month').selectOption('2023-01');
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeEnabled();
  expect(problems).toEqual([]);
});

test("the pickers offer the reporter's own partners, and mark a chosen one its files lack", async ({ page, host }) => {
  const problems = await openWithPairs(page, host.url);

  // The United States' files hold Brazil only: North Korea, still chosen, is marked as not in them.
  await page.getByRole('tab', { name: 'Brief' }).click();
  await page.getByLabel('Brief reporter').selectOption('CHN');
  await page.getByLabel('Brief partner').selectOption('PRK');
  await page.getByLabel('Brief reporter').selectOption('USA');
  await expect(page.getByLabel('Brief partner').locator('option')).toHaveText([
    'North Korea (PRK): not in the files of United States',
    'Brazil (BRA)',
  ]);
  await page.screenshot(shot('pickers-01-brief-usa'));

  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await page.getByLabel('Reporter', { exact: true }).selectOption('USA');
  await expect(page.getByLabel('Partner', { exact: true }).locator('option')).toHaveText([
    'North Korea (PRK): not in the files of United States',
    'Brazil (BRA)',
  ]);
  await page.getByLabel('Partner', { exact: true }).selectOption('BRA');
  await expect(page.getByLabel('Partner', { exact: true }).locator('option')).toHaveText(['Brazil (BRA)']);

  await page.getByRole('tab', { name: 'Charts' }).click();
  await page.getByLabel('Series 1 reporter').selectOption('USA');
  await expect(page.getByLabel('Series 1 partner').locator('option')).toHaveText([
    'North Korea (PRK): not in the files of United States',
    'Brazil (BRA)',
  ]);
  await page.getByLabel('Series 1 reporter').selectOption('CHN');
  await expect(page.getByLabel('Series 1 partner').locator('option')).toHaveText(['Brazil (BRA)', 'North Korea (PRK)']);
  expect(problems).toEqual([]);
});

test('the brief and the dashboard both set back a reporter whose files were reverted', async ({ page, host }) => {
  const problems = await openWithPairs(page, host.url);
  const deu = ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit'];
  deu.push('2023-01,DEU,BRA,export,HS,8703,cars,70,USD,,');
  await dropFiles(page, [{ name: 'deu.csv', type: 'text/csv', content: Buffer.from(deu.join('\n')) }]);
  await confirmImport(page, 'deu.csv', { goods: 'all' });
  await expect(page.getByTestId('records-total')).toHaveText('7 records');

  await page.getByRole('tab', { name: 'Brief' }).click();
  await page.getByLabel('Brief reporter').selectOption('DEU');
  await page.getByLabel('Brief partner').selectOption('BRA');
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await page.getByLabel('Reporter', { exact: true }).selectOption('DEU');

  // Germany's only file is reverted: neither view stays on a reporter the database no longer holds.
  await page.getByRole('tab', { name: 'Data' }).click();
  await revertImportOf(page, 6, 'deu.csv', 'Remove 1 row');
  await expect(page.getByTestId('records-total')).toHaveText('6 records');
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await expect(page.getByLabel('Reporter', { exact: true })).toHaveValue('CHN');
  await page.getByRole('tab', { name: 'Brief' }).click();
  await expect(page.getByLabel('Brief reporter')).toHaveValue('CHN');
  // Brazil is still held (China's files hold it): the partner chosen stays. A picker shows its first option
  // for a value it lacks, so the brief's own words tell: never "Brazil's exports to Germany … not covered".
  await expect(page.getByLabel('Brief partner')).toHaveValue('BRA');
  // Germany's brief had opened on the database's latest month (the United States' February): China's is January.
  await page.getByLabel('Brief month').selectOption('2023-01');
  await expect(page.getByTestId('brief-text')).toContainText('$9,007');
  expect(problems).toEqual([]);
});
