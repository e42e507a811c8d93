/// <reference lib="dom" />
import { screen } from './helpers/docs-shots';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

test.use({ sample: true, locale: 'ko-KR' });

test('the sidebar in Korean breaks lines between words, never inside one', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  for (const [width, height] of [
    [900, 700],
    [1600, 1000],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('button', { name: 'Parquet 데이터셋으로 내보내기…' })).toBeVisible();
    // Every Korean word of the sidebar's own text, and the lines it is drawn on: "내보내/기…" and "없습/니다." were
    // each one word drawn on two lines, as Korean breaks between any two syllables unless told not to.
    const split = await page.locator('.sidebar').evaluate((sidebar) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(sidebar, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
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
    expect(split, `Korean words broken across lines in the sidebar at ${width} px`).toEqual([]);
    await page.screenshot(screen(`korean-sidebar-${width}`));
  }
  expect(problems).toEqual([]);
});
