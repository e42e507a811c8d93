import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A cell of the records grid, found by the row's position and the column's field, as AG Grid marks them:
 * in the middle of the grid or, for Value on a narrow window, pinned to its right edge.
 */
export function cell(page: Page, rowIndex: number, field: string): Locator {
  return page.locator(`[data-testid="records-grid"] .ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${field}"]`);
}

/**
 * A cell's text once the grid has drawn it. A row being loaded, or drawn again after the language changes,
 * shows its cells empty for a moment, so a baseline read straight away can be "".
 */
export async function cellText(page: Page, rowIndex: number, field: string): Promise<string> {
  const target = cell(page, rowIndex, field);
  await expect(target).not.toHaveText('');
  return (await target.textContent()) ?? '';
}

/** Where a header cell of the records grid is drawn. */
export async function headerBox(page: Page, field: string) {
  const box = await page.locator(`[data-testid="records-grid"] .ag-header-cell[col-id="${field}"]`).boundingBox();
  expect(box, `${field} header drawn`).not.toBeNull();
  return box!;
}

/** Opens a column's filter from its header and types `text` into it, as a person filtering the grid would. */
export async function filterColumn(page: Page, field: string, text: string): Promise<void> {
  const header = `[data-testid="records-grid"] .ag-header-cell[col-id="${field}"]`;
  await page.locator(`${header} .ag-header-cell-filter-button, ${header} .ag-header-icon`).first().click();
  await page.locator('.ag-filter input[type="text"]').first().fill(text);
}

/** Reverts the whole import of `file` from the Source panel of a row it brought, confirming the rows it removes. */
export async function revertImportOf(page: Page, rowIndex: number, file: string, removes: string): Promise<void> {
  await cell(page, rowIndex, 'code').click();
  await page.getByRole('button', { name: 'Source' }).click();
  await page.getByRole('button', { name: `Revert the whole import of ${file}` }).click();
  await page
    .getByRole('dialog', { name: `Revert the import of ${file}?` })
    .getByRole('button', { name: removes })
    .click();
}

export function gridRows(page: Page): Locator {
  return page.locator('[data-testid="records-grid"] .ag-center-cols-container .ag-row');
}

/**
 * Double-clicks a cell, replaces its text and presses Enter, as a person editing the grid would. A
 * double-click that lands while the grid draws its rows again (its first data, a column sized) opens no
 * editor, and a person would click again: so does this, until the editor is open.
 */
export async function editCell(page: Page, rowIndex: number, field: string, text: string): Promise<void> {
  const input = page.locator('[data-testid="records-grid"] .ag-cell-inline-editing input');
  await expect(async () => {
    await cell(page, rowIndex, field).dblclick();
    await expect(input).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await input.fill(text);
  await input.press('Enter');
}

/** The chart's plotted points, read from the accessible table that sits beside the canvas. */
export async function chartPoints(page: Page): Promise<[string, number][]> {
  const rows = page.getByTestId('series-table').locator('tbody tr');
  const texts = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
  );
  return texts.map(([period, value]) => [period!, Number(value!.replaceAll(',', ''))]);
}
