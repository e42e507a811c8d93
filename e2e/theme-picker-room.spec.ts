import type { Page } from '@playwright/test';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

/**
 * The room a select leaves beside its chosen option's text: its inner width less its padding and the
 * text's own width, as the page lays that text out in the select's font. The arrow takes about 20 px of it.
 */
async function room(page: Page): Promise<{ text: string; room: number }> {
  return page.getByTestId('theme-switch').evaluate((el) => {
    const select = el as HTMLSelectElement;
    const style = getComputedStyle(select);
    const probe = document.createElement('span');
    probe.style.font = style.font;
    probe.style.whiteSpace = 'pre';
    probe.textContent = select.options[select.selectedIndex]!.text;
    document.body.append(probe);
    const text = probe.getBoundingClientRect().width;
    probe.remove();
    const inner = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: probe.textContent, room: inner - text };
  });
}

// At 900 px the Korean theme picker read "시스템 테마" run into its arrow: the browser sized it to the
// text with no gap at all (20 px of room, all of it the arrow's).
test('the Korean theme picker shows "시스템 테마" with a gap before its arrow, at 900 px', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.addInitScript(() => {
    localStorage.setItem('tidemark.language', 'ko');
    localStorage.setItem('tidemark.theme', 'system');
  });
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const picker = page.getByTestId('theme-switch');
  await expect(picker.locator('option:checked')).toHaveText('시스템 테마');
  for (const label of ['시스템 테마', '밝게', '어둡게']) {
    await picker.selectOption({ label });
    const seen = await room(page);
    expect(seen.text).toBe(label);
    expect(seen.room, `room beside "${label}"`).toBeGreaterThanOrEqual(28);
  }
  expect(problems).toEqual([]);
});
