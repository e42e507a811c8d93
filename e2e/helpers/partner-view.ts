import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { cell, gridRows, headerBox } from './grid';

const root = join(import.meta.dirname, '..', '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

const centre = (page: Page) => page.locator('[data-testid="records-grid"] .ag-center-cols-viewport');
const sideways = (page: Page) => page.locator('[data-testid="records-grid"] .ag-body-horizontal-scroll-viewport');

/** Partner cells drawn, whose text is cut ("South…", "Hong …"): the names a person could not read. */
export async function cutPartners(page: Page): Promise<string[]> {
  const out: string[] = [];
  const n = await gridRows(page).count();
  for (let i = 0; i < n; i++) {
    const target = cell(page, i, 'partner');
    if (!(await target.count())) continue;
    if (await target.evaluate((el) => el.scrollWidth > el.clientWidth)) out.push(await target.innerText());
  }
  return out;
}

/**
 * The partner's header and cells are in the window, whole; where the goods (Code, Description) do not all fit
 * beside it unscrolled, they stay there when the grid is scrolled to its right end. Says whether they did not.
 */
export async function partnerReadable(page: Page, width: number, label: string): Promise<boolean> {
  await expect.poll(() => cutPartners(page), `partner names whole, ${label}`).toEqual([]);
  const before = await headerBox(page, 'partner');
  expect(before.x, `partner starts in the window, ${label}`).toBeGreaterThanOrEqual(0);
  expect(before.x + before.width, `partner ends in the window, ${label}`).toBeLessThanOrEqual(width);
  const value = await headerBox(page, 'value');
  expect(before.x + before.width, `partner ends before the figure, ${label}`).toBeLessThanOrEqual(value.x + 1);
  const view = (await centre(page).boundingBox())!;
  const description = await headerBox(page, 'description');
  const scrolled = description.x + description.width > Math.min(view.x + view.width, value.x) + 1;
  if (!scrolled) return false;
  await sideways(page).evaluate((v) => (v.scrollLeft = v.scrollWidth));
  await expect.poll(() => centre(page).evaluate((v) => v.scrollLeft)).toBeGreaterThanOrEqual(0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const after = await headerBox(page, 'partner');
  expect(after.x, `partner where it was, scrolled to the right end, ${label}`).toBeCloseTo(before.x, 0);
  expect(await cutPartners(page)).toEqual([]);
  await sideways(page).evaluate((v) => (v.scrollLeft = 0));
  return true;
}

/** At 1280 and 1920 px the grid is as it was: nothing pinned at its left, the goods in view, Partner whole. */
export async function wideUnchanged(page: Page, label: string): Promise<void> {
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: width === 1280 ? 900 : 1080 });
    await expect
      .poll(() => page.locator('[data-testid="records-grid"] .ag-pinned-left-header .ag-header-cell').count())
      .toBe(0);
    await expect.poll(() => cutPartners(page), `partner names whole at ${width} px, ${label}`).toEqual([]);
    const view = (await centre(page).boundingBox())!;
    for (const id of ['partner', 'code']) {
      const box = await headerBox(page, id);
      expect(box.x + box.width, `${id} in view at ${width} px, ${label}`).toBeLessThanOrEqual(view.x + view.width + 1);
    }
    await page.screenshot(shot(`narrow-800-partner-${label}-${width}`));
  }
}
