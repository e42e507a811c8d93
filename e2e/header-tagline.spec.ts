import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

/** How the tagline shows: whole, not at all (wrapped out of the brand's one line), or cut ("Customs trade st…"). */
async function tagline(page: Page): Promise<'whole' | 'hidden' | 'cut'> {
  return page.locator('.brand__tagline').evaluate((el) => {
    const brand = el.parentElement!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.top >= brand.bottom - 0.5) return 'hidden';
    const inside = r.bottom <= brand.bottom + 0.5 && r.right <= brand.right + 0.5;
    return inside && el.scrollWidth <= el.clientWidth ? 'whole' : 'cut';
  });
}

/** The header's height, once it is on screen (read right after first paint it was once not yet laid out). */
async function headerHeight(page: Page): Promise<number> {
  await expect(page.locator('.toolbar')).toBeVisible();
  return (await page.locator('.toolbar').boundingBox())!.height;
}

/** The toolbar's buttons and pickers that broke onto a second line ("Import / files…"). */
async function wrappedActions(page: Page): Promise<string[]> {
  return page
    .locator('.toolbar__actions > button, .toolbar__actions > select')
    .evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().height > 40).map((e) => e.textContent?.trim() ?? ''),
    );
}

// At 900 px the header read "Customs trade st…", and the buttons beside it broke onto two lines.
for (const lang of ['en', 'ko'] as const) {
  test(`the header tagline is read whole or not shown, never cut (${lang})`, async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.addInitScript((l) => localStorage.setItem('tidemark.language', l), lang);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect.poll(() => tagline(page), 'at 1280 px').toBe('whole');
    const header = await headerHeight(page);
    for (const width of [1100, 1000, 900, 880]) {
      await page.setViewportSize({ width, height: 700 });
      await expect.poll(() => tagline(page), `at ${width} px`).not.toBe('cut');
      expect(await wrappedActions(page), `buttons on two lines at ${width} px`).toEqual([]);
      expect(await headerHeight(page), `header height at ${width} px`).toBeLessThanOrEqual(header + 1);
      await page.screenshot(shot(`header-${lang}-${width}`));
    }
    expect(problems).toEqual([]);
  });
}
