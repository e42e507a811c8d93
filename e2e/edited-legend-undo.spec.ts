import { cell, cellText, editCell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

test.use({ sample: true });

// The walk: "Cells edited by hand since import are marked" stayed after undoing the only edit, with no
// cell marked anywhere. It goes once no row holds an edited cell, and comes back with the redo.
test('the edited-cells legend goes when the only edit is undone, and comes back with the redo', async ({
  page,
  host,
}) => {
  const problems = await openTab(page, host, 'Data');
  await expect(cell(page, 0, 'value')).toBeVisible();
  const legend = page.getByTestId('edited-legend');
  await expect(legend).toHaveCount(0);
  const before = await cellText(page, 0, 'description');
  await editCell(page, 0, 'description', 'Edited by hand');
  await expect(legend).toBeVisible();
  await expect(cell(page, 0, 'description')).toHaveClass(/records__cell--edited/);

  await cell(page, 0, 'period').click();
  await page.keyboard.press('Control+z');
  await expect(cell(page, 0, 'description')).toHaveText(before);
  await expect(cell(page, 0, 'description')).not.toHaveClass(/records__cell--edited/);
  await expect(legend).toHaveCount(0);
  await expect(page.locator('[data-testid="records-grid"] .records__cell--edited')).toHaveCount(0);

  await page.keyboard.press('Control+Shift+z');
  await expect(cell(page, 0, 'description')).toHaveText('Edited by hand');
  await expect(legend).toBeVisible();
  expect(problems).toEqual([]);
});
