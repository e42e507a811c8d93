/// <reference lib="dom" />
import type { Locator } from '@playwright/test';
import { screen } from './helpers/docs-shots';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { watchConsole } from './helpers/page-watch';

test.use({ sample: true, locale: 'ko-KR' });

/**
 * The Korean words of `where` drawn on more than one line: Korean breaks between any two syllables unless
 * told not to, so "내보내/기…" or "기록했습/니다." is one word cut in two.
 */
function brokenWords(where: Locator): Promise<string[]> {
  return where.evaluate((root) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      // A word between spaces; a bracket may end a line ("(… 없음)" / "를"), as it does in print.
      for (const m of (n.textContent ?? '').matchAll(/[^\s()]+/g)) {
        if (!/[\uAC00-\uD7A3]/.test(m[0])) continue;
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

const SIZES = [
  [900, 700],
  [1600, 1000],
] as const;

test('the sidebar in Korean breaks lines between words, never inside one', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('button', { name: 'Parquet 데이터셋으로 내보내기…' })).toBeVisible();
    expect(await brokenWords(page.locator('.sidebar')), `in the sidebar at ${width} px`).toEqual([]);
    await page.screenshot(screen(`korean-sidebar-${width}`));
  }
  expect(problems).toEqual([]);
});

test('the brief in Korean breaks lines between words, never inside one', async ({ page, host }) => {
  const problems = await openTab(page, host, '브리핑');
  for (const month of ['2021-08', '2020-11']) {
    await page.getByLabel('브리핑 월').selectOption(month);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      const brief = page.getByTestId('brief-text');
      await expect(brief).toContainText('북한');
      expect(await brokenWords(page.locator('.tm-brief')), `in the brief of ${month} at ${width} px`).toEqual([]);
      await page.screenshot(screen(`korean-brief-${month}-${width}`));
    }
  }
  expect(problems).toEqual([]);
});
