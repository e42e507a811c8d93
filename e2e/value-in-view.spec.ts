import { join } from 'node:path';
import { dropFiles } from './helpers/drop';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { confirmImport } from './helpers/import-dialog';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

test.describe('the Value column on a small window', () => {
  // At 1280 px and narrower, Value sat past the right edge: the figure a researcher came for needed a sideways scroll.
  test('at 1280 and 900 px, Value is in view without scrolling sideways, its figures whole', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    const csv = [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      '2023-01,CHN,SGS,export,HS,03038900,"Fish, frozen, excluding fish fillets",2220000000,USD,1234567,kg',
      '2023-02,SGS,PRK,import,HS,27160000,Electrical energy,227700000,USD,,',
    ].join('\n');
    await dropFiles(page, [{ name: 'value.csv', type: 'text/csv', content: Buffer.from(csv) }]);
    await confirmImport(page, 'value.csv');
    await expect(page.getByTestId('records-total')).toHaveText('2 records');

    for (const [width, height] of [
      [1280, 800],
      [900, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.reload();
      await expect(cell(page, 0, 'partner')).toHaveText('South Georgia and South Sandwich Islands (SGS)');
      const viewport = page.locator('[data-testid="records-grid"] .ag-body-viewport');
      const shown = (await viewport.boundingBox())!;
      const right = Math.min(width, shown.x + shown.width);
      const header = page.locator('[data-testid="records-grid"] .ag-header-cell[col-id="value"]');
      await expect(cell(page, 0, 'value')).toHaveText('2,220,000,000');
      await expect(cell(page, 1, 'value')).toHaveText('227,700,000');
      // Nothing scrolled sideways: the grid shows its left edge, as it opens.
      expect(
        await page.locator('[data-testid="records-grid"] .ag-center-cols-viewport').evaluate((v) => v.scrollLeft),
      ).toBe(0);
      for (const [what, box] of [
        ['header', await header.boundingBox()],
        ['first cell', await cell(page, 0, 'value').boundingBox()],
        ['second cell', await cell(page, 1, 'value').boundingBox()],
      ] as const) {
        expect(box, `Value ${what} drawn at ${width} px`).not.toBeNull();
        expect(box!.x, `Value ${what} starts in view at ${width} px`).toBeGreaterThanOrEqual(shown.x);
        expect(box!.x + box!.width, `Value ${what} ends in view at ${width} px`).toBeLessThanOrEqual(right + 1);
      }
      // Whole figures, not "2,220,000,0…".
      const cut = await page
        .locator('[data-testid="records-grid"] .ag-cell[col-id="value"]')
        .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
      expect(cut, `Value cut at ${width} px`).toEqual([]);
      const headerCut = await header.locator('.ag-header-cell-text').evaluate((e) => e.scrollWidth > e.clientWidth + 1);
      expect(headerCut, `Value header cut at ${width} px`).toBe(false);
      await page.screenshot(shot(`value-in-view-${width}`));
    }

    // Made wide again, without a reload: Value goes back to its place after Description, the names whole.
    await page.setViewportSize({ width: 2560, height: 1000 });
    const pinned = page.locator('[data-testid="records-grid"] .ag-pinned-right-cols-container .ag-cell');
    await expect(pinned).toHaveCount(0);
    await expect(cell(page, 0, 'value')).toHaveText('2,220,000,000');
    const after = (id: string) =>
      page
        .locator(`[data-testid="records-grid"] .ag-header-cell[col-id="${id}"]`)
        .evaluate((e) => e.getBoundingClientRect().x);
    // The names take the new room once the resizing stops (WIDEN_DELAY_MS), and the header cells move there.
    await expect
      .poll(async () => (await after('value')) - (await after('description')), { message: 'Value after Description' })
      .toBeGreaterThan(0);
    await expect.poll(() => cell(page, 1, 'reporter').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
    expect(problems).toEqual([]);
  });
});
