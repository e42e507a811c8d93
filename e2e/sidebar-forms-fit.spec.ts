import { expect, test } from './helpers/host';

// At 1024 px the sidebar's name field (New database…, Export as Parquet dataset…) kept the width of its
// 20 characters: it and the buttons under it ran 14 px past the sidebar's column, onto its border.
test.use({ viewport: { width: 1024, height: 700 } });

for (const button of ['New database…', 'Export as Parquet dataset…']) {
  test(`the name form of "${button}" stays inside the sidebar at 1024 px`, async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: button }).click();
    const column = (await page.getByTestId('sidebar-databases').boundingBox())!;
    const right = column.x + column.width;
    const form = page.locator('.sidebar__new-db');
    for (const part of [form.locator('input'), ...(await form.getByRole('button').all())]) {
      const box = (await part.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(column.x);
      expect(box.x + box.width).toBeLessThanOrEqual(right + 0.5);
    }
  });
}
