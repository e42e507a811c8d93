import type { Page } from '@playwright/test';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

test.use({ sample: true });

/** For each right-aligned (numeric) header: the gap between its label's last letter and its filter button. */
async function gaps(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-testid="records-grid"] .ag-header-cell.num').evaluateAll((els) =>
    Object.fromEntries(
      els.map((el) => {
        const text = el.querySelector('.ag-header-cell-text')!.getBoundingClientRect();
        const button = el.querySelector('.ag-header-cell-filter-button')!.getBoundingClientRect();
        const label = el.querySelector('.ag-header-cell-text')!;
        // A label cut to "Val…" has no room left to judge: counted as no gap.
        const whole = label.scrollWidth <= label.clientWidth;
        return [el.getAttribute('col-id') ?? '', whole ? button.left - text.right : -1];
      }),
    ),
  );
}

// The numeric headers read "Value▽" and "Quantity▽": the right-aligned label ended on the filter button.
for (const width of [1920, 1280]) {
  test(`numeric headers keep a gap before their filter button, at ${width} px`, async ({ page, host }) => {
    await page.setViewportSize({ width, height: 900 });
    const problems = await openTab(page, host, 'Data');
    await expect(cell(page, 0, 'value')).toBeVisible();
    const seen = await gaps(page);
    expect(Object.keys(seen)).toContain('value');
    for (const [column, gap] of Object.entries(seen))
      expect(gap, `gap in the ${column} header`).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });
}
