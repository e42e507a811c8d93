import { expect, test } from './helpers/host';

// public/theme-boot.js, added last in <head> by the build (electron.vite.config.ts), puts the saved theme on <html>
// before the first paint: the static frame paints in it before any module runs, here with none allowed to.
test('the saved theme is on the page before any module script runs: dark on a light system', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('tidemark.theme', 'dark'));
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // In <head>, after the stylesheet the build adds: fetched together with it, run before <body> is parsed.
  const order = await page.evaluate(() => {
    const tags = [...document.head.children];
    return {
      css: tags.findIndex((e) => e.getAttribute('rel') === 'stylesheet'),
      boot: tags.findIndex((e) => e.getAttribute('src') === './theme-boot.js'),
    };
  });
  expect(order.css).toBeGreaterThan(-1);
  expect(order.boot).toBeGreaterThan(order.css);
  // The static frame is drawn dark: its toolbar's background is not the light theme's white.
  const background = await page.locator('.toolbar').evaluate((e) => getComputedStyle(e).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(3 * 100);
});
