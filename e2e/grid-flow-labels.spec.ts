import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

test.use({ sample: true });

// The English grid said "import" and "export" (the stored words) where every other screen says Imports and Exports.
test('the English grid names flows Imports and Exports, filters by them, and copies the stored word', async ({
  page,
  host,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await openTab(page, host, 'Data');
  await expect(page.getByTestId('records-total')).toHaveText('26 records');
  await expect(cell(page, 0, 'flow')).toHaveText('Exports');
  const filter = page.locator(
    '[data-testid="records-grid"] .ag-header-cell[col-id="flow"] .ag-header-cell-filter-button',
  );
  const typeFilter = async (text: string) => {
    await filter.click();
    await page.locator('.ag-filter input[type="text"]').first().fill(text);
    await page.keyboard.press('Escape');
  };
  // As shown: "Imports" finds the imports; part of a label (or of the stored word) still finds its flows.
  await typeFilter('Imports');
  await expect(page.getByTestId('records-total')).toHaveText('13 records match');
  await expect(cell(page, 0, 'flow')).toHaveText('Imports');
  await typeFilter('exp');
  await expect(page.getByTestId('records-total')).toHaveText('13 records match');
  await expect(cell(page, 0, 'flow')).toHaveText('Exports');
  await typeFilter('');
  await expect(page.getByTestId('records-total')).toHaveText('26 records');

  // Sorted by flow, Exports come before Imports, as the stored words sort.
  await page.locator('[data-testid="records-grid"] .ag-header-cell[col-id="flow"] .ag-header-cell-label').click();
  await expect(cell(page, 0, 'flow')).toHaveText('Exports');

  // Copied for Excel, the flow is the stored word Tidemark's CSV export writes and its paste takes back.
  await cell(page, 0, 'period').click();
  await page.keyboard.press('Control+c');
  const tsv = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item!.getType('text/plain')).text();
  });
  const [header, row] = tsv
    .trim()
    .split('\r\n')
    .map((l) => l.split('\t'));
  expect(row![header!.indexOf('Flow')]).toBe('export');
  expect(problems).toEqual([]);
});
