import { filterColumn } from './helpers/grid';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

test.use({ sample: true });

/**
 * A filter changed and changed back while the first answer was still on its way: the grid's rows come
 * from the page it had just fetched (kept half a second for a scroll jump), and the total above them
 * must be that filter's too, not the one in between. Before, "0 records match" stood over the 22 rows.
 */
test('a filter asked again from a page just fetched shows its own total, not the last filter’s', async ({
  page,
  host,
}) => {
  const problems = await openTab(page, host, 'Data');
  const total = page.getByTestId('records-total');
  await expect(total).toHaveText('26 records');

  // The first page of "TOTAL" is held back a second, so "XYZ" is the grid's query when it arrives.
  let delayed = false;
  await page.route('**/api/call/gridPage', async (route) => {
    const body = route.request().postData() ?? '';
    if (!delayed && body.includes('"TOTAL"')) {
      delayed = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
    await route.continue();
  });
  const typeFilter = async (text: string) => {
    await filterColumn(page, 'code', text);
    await page.keyboard.press('Escape');
  };
  const totalPage = page.waitForResponse(
    (r) => r.url().endsWith('/api/call/gridPage') && (r.request().postData() ?? '').includes('"TOTAL"'),
  );
  await typeFilter('TOTAL');
  await typeFilter('XYZ');
  await expect(total).toHaveText('0 records match');
  // "TOTAL" again as soon as its page has come: the grid takes the rows from that page.
  await totalPage;
  await typeFilter('TOTAL');
  await expect(
    page.locator('[data-testid="records-grid"] .ag-center-cols-container .ag-row [col-id="code"]').first(),
  ).toHaveText('TOTAL');
  await expect(total).toHaveText('22 records match');
  await expect(page.getByText('No records match these filters.')).toHaveCount(0);
  expect(problems).toEqual([]);
});
