import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { cell, gridRows } from './helpers/grid';
import { dropFiles } from './helpers/drop';
import { confirmImport } from './helpers/import-dialog';
import { dropNkChinaFixture } from './helpers/nk-fixture';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

test('the brief for China–North Korea, November 2020, from North Korea’s side: the published figures, each opening its rows', async ({
  page,
  host,
  context,
}) => {
  const problems = watchConsole(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(host.url);
  await dropNkChinaFixture(page);
  await expect(page.getByTestId('import-jobs')).toContainText('Done: 602 rows read from 3 files');
  await page.getByTestId('import-jobs').getByRole('button', { name: 'Dismiss' }).click();

  await page.getByRole('tab', { name: 'Brief' }).click();
  await page.getByLabel('Brief reporter').selectOption('CHN');
  await page.getByLabel('Brief partner').selectOption('PRK');
  await page.getByLabel('Brief month').selectOption('2020-11');
  await page.getByLabel('Told from').selectOption('partner');
  await expect(page.getByLabel('Brief exclude HS')).toHaveValue('2716');

  const brief = page.getByTestId('brief-text');
  for (const figure of [
    '$2,382',
    '$1,854',
    '$509',
    '$19',
    '$46.38 million',
    'down 74%',
    '$148,000',
    'down 42%',
    '$1.27 million',
    'down 23%',
    'lowest since January 1998',
  ]) {
    await expect(brief).toContainText(figure);
  }
  await page.screenshot(shot('brief-01-nov-2020'));

  // Copy as Markdown: a heading, then the same text.
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByText('Copied as Markdown.')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^## .*November 2020/);
  expect(markdown).toContain('$2,382');
  expect(markdown).toContain('lowest since January 1998');

  // The headline number opens exactly the rows behind it: November's three items, electricity left out.
  await brief.getByRole('button', { name: '$2,382', exact: true }).first().click();
  await expect(page.getByRole('tab', { name: 'Data' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('opened-rows')).toContainText(/Showing rows for: .*November 2020/);
  await expect(page.getByTestId('opened-rows')).toContainText('2716');
  await expect(page.getByTestId('records-total')).toHaveText('3 records match');
  await expect(gridRows(page)).toHaveCount(3);
  const codes = await Promise.all([0, 1, 2].map((i) => cell(page, i, 'code').textContent()));
  expect(codes.sort()).toEqual(['33049900', '34011100', expect.stringMatching(/^96/)].sort());
  const values = await Promise.all(
    [0, 1, 2].map(async (i) => Number((await cell(page, i, 'value').textContent())!.replaceAll(',', ''))),
  );
  expect(values.reduce((a, b) => a + b, 0)).toBe(2382);
  await page.screenshot(shot('brief-02-rows-behind-2382'));

  // Clearing the chip shows every row again.
  await page
    .getByTestId('opened-rows')
    .getByRole('button', { name: /show all rows/i })
    .click();
  await expect(page.getByTestId('opened-rows')).toHaveCount(0);
  await expect(page.getByTestId('records-total')).not.toHaveText('3 records match');
  expect(problems).toEqual([]);
});

test("a first brief opens on the latest month the pair's files cover, not another pair's later month", async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await dropNkChinaFixture(page);
  await expect(page.getByTestId('import-jobs')).toContainText('Done: 602 rows read from 3 files');
  // The United States' trade with Brazil, two years on: the database's latest month, but not China's with North Korea.
  const later =
    'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit\n2023-01,USA,BRA,export,HS,1201,soya beans,60,USD,,\n';
  await dropFiles(page, [{ name: 'later.csv', type: 'text/csv', content: Buffer.from(later) }]);
  await confirmImport(page, 'later.csv', { goods: 'all' });
  await expect(page.getByTestId('records-total')).toHaveText('603 records');

  await page.getByRole('tab', { name: 'Brief' }).click();
  await expect(page.getByLabel('Brief reporter')).toHaveValue('CHN');
  await expect(page.getByLabel('Brief partner')).toHaveValue('PRK');
  await expect(page.getByLabel('Brief month')).toHaveValue('2020-11');
  await expect(page.getByTestId('brief-text')).toContainText('$2,382');
  // The later month is still there to choose.
  await expect(page.getByLabel('Brief month').locator('option[value="2023-01"]')).toHaveCount(1);
  expect(problems).toEqual([]);
});
