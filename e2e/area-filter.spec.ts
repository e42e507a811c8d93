import { filterColumn } from './helpers/grid';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

test.use({ sample: true });

// The Partner column reads "North Korea (PRK)", but its filter matched only the stored code: "North Korea"
// found "0 records match", as if nothing were held, and so did the same filter kept across a restart.
test('the Partner filter finds rows by the name the cells show, in English and Korean, and after a restart', async ({
  page,
  host,
}) => {
  const problems = await openTab(page, host, 'Data');
  const total = page.getByTestId('records-total');
  await expect(total).toHaveText('26 records');
  const typeFilter = async (text: string) => {
    await filterColumn(page, 'partner', text);
    await page.keyboard.press('Escape');
  };
  await typeFilter('North Korea');
  await expect(total).toHaveText('26 records match');
  await typeFilter('Korea');
  await expect(total).toHaveText('26 records match');
  await typeFilter('North Korea');
  await expect(total).toHaveText('26 records match');

  // The filter is kept across a restart; its rows come back with it, not "0 records match".
  await page.reload();
  await expect(total).toHaveText('26 records match');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await page.getByRole('tab', { name: '데이터' }).click();
  await typeFilter('북한');
  await expect(total).toHaveText('일치하는 레코드 26건');
  // A name no partner held has: no row, as before.
  await typeFilter('독일');
  await expect(total).toHaveText('일치하는 레코드 0건');
  expect(problems).toEqual([]);
});
