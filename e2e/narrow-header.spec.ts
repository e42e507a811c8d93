import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

/** Whether the app's name is drawn whole inside the brand's one-line box (it had wrapped out of it, half cut). */
const nameWhole = (page: Page) =>
  page.locator('.brand h1').evaluate((h1) => {
    const box = h1.parentElement!.getBoundingClientRect();
    const r = h1.getBoundingClientRect();
    return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.right <= box.right + 0.5;
  });

/** Toolbar buttons whose label broke onto a second line ("Import / files…"). */
const twoLineButtons = (page: Page) =>
  page
    .locator('.toolbar__actions > button')
    .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 40).map((e) => e.textContent?.trim()));

// At 800×600 in English the toolbar's buttons read "Import / files…" and the name "Tidemark" was cut in half.
for (const lang of ['en', 'ko'] as const) {
  test(`a small window keeps the app's name whole and each button on one line (${lang})`, async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.addInitScript((l) => localStorage.setItem('tidemark.language', l), lang);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const width of [800, 700, 560]) {
      await page.setViewportSize({ width, height: 600 });
      await expect.poll(() => nameWhole(page), `the name at ${width} px`).toBe(true);
      expect(await twoLineButtons(page), `buttons on two lines at ${width} px`).toEqual([]);
      // Nothing pushes the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot(shot(`narrow-header-${lang}-${width}`));
    }
    expect(problems).toEqual([]);
  });
}
