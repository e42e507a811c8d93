import { join } from 'node:path';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

test.describe('a record’s source on a small window', () => {
  test.use({ sample: true });

  // The panel is 380 px wide: beside it, at 900 px, the grid had 234 px, and no room for Value at all.
  for (const [width, height] of [
    [900, 650],
    [1024, 700],
  ] as const) {
    test(`at ${width}×${height} the grid still shows each row's value while the source is open`, async ({
      page,
      host,
    }) => {
      await page.setViewportSize({ width, height });
      const problems = await openTab(page, host, 'Data');
      await expect(cell(page, 0, 'value')).toHaveText(/\d/);
      const value = await cell(page, 0, 'value').innerText();
      await cell(page, 0, 'period').click();
      await page.getByRole('button', { name: 'Source', exact: true }).click();
      const panel = page.getByTestId('record-source');
      await expect(panel).toContainText('nk-china-published.csv');
      await expect(cell(page, 0, 'value')).toHaveText(value);

      const shown = (await page.locator('[data-testid="records-grid"] .ag-body-viewport').boundingBox())!;
      const box = await cell(page, 0, 'value').boundingBox();
      expect(box, 'Value drawn').not.toBeNull();
      expect(box!.x, 'Value starts in view').toBeGreaterThanOrEqual(shown.x);
      expect(box!.x + box!.width, 'Value ends in view').toBeLessThanOrEqual(Math.min(width, shown.x + shown.width) + 1);
      // The partner is read too, not a sliver of it ("A" for Argentina).
      const partner = await cell(page, 0, 'partner').boundingBox();
      expect(partner!.x + partner!.width, 'Partner ends in view').toBeLessThanOrEqual(shown.x + shown.width + 1);
      expect(partner!.width, 'Partner column wide enough to read').toBeGreaterThan(60);
      // The panel is in the window, not pushed past its edge.
      const side = (await panel.boundingBox())!;
      expect(side.x + side.width).toBeLessThanOrEqual(width);
      // Half the grid's room at least: its file, row and format read without scrolling.
      expect(side.height).toBeGreaterThan(110);
      await page.screenshot(shot(`source-panel-${width}`));
      expect(problems).toEqual([]);
    });
  }
});
