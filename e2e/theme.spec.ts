import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { docsShot } from './helpers/docs-shots';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

test.use({ sample: true, viewport: { width: 1280, height: 720 } });

/** axe's colour-contrast rule over the whole page as it is shown (canvas pixels are not text to it). */
async function contrastProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  // A check that looked at nothing proves nothing.
  expect(results.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(10);
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(-1)[0] ?? ''}`),
  );
}

/** The background a surface paints, as the browser computed it. */
const background = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

const VIEWS = ['Dashboard', 'Data', 'Charts', 'Brief', 'Imports'] as const;

for (const theme of ['Light', 'Dark'] as const) {
  test(`${theme}: every surface follows the theme, and axe finds no contrast problem on any main view`, async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    await page.goto(host.url);
    // The system says the opposite, so only the switch can have put the theme in force.
    await page.emulateMedia({ colorScheme: theme === 'Dark' ? 'light' : 'dark' });
    await page.getByLabel('Theme').selectOption({ label: theme });
    const paper = theme === 'Dark' ? 'rgb(21, 27, 35)' : 'rgb(255, 255, 255)';

    for (const view of VIEWS) {
      await page.getByRole('tab', { name: view }).click();
      if (view === 'Dashboard') {
        await expect(page.getByRole('article', { name: 'Exports' })).toContainText('USD');
        expect(await background(page, '.tm-card')).toBe(paper);
        expect(await background(page, '.tm-figure')).toBe(paper);
        expect(await background(page, '.tm-dash select')).toBe(paper);
      }
      if (view === 'Data') {
        await expect(cell(page, 0, 'period')).toHaveText('2018-11');
        expect(await background(page, '[data-testid="records-grid"] .ag-root-wrapper')).toBe(paper);
        await cell(page, 0, 'code').click();
        await page.getByRole('button', { name: 'Source', exact: true }).click();
        await expect(page.getByTestId('record-source')).toBeVisible();
      }
      if (view === 'Charts') {
        await expect(page.getByTestId('trade-chart')).toHaveAttribute('data-y-ticks', /M/);
        expect(await background(page, '.tm-figure')).toBe(paper);
        expect(await background(page, '.tm-field select')).toBe(paper);
      }
      if (view === 'Brief') await expect(page.getByTestId('brief-text')).toContainText('August 2021');
      expect(await contrastProblems(page), `${theme} ${view}`).toEqual([]);
      if (theme === 'Dark' && (view === 'Data' || view === 'Charts'))
        await page.screenshot(docsShot(`${view.toLowerCase()}-1280-dark`));
      if (theme === 'Light' && view === 'Dashboard') await page.screenshot(docsShot('dashboard-1280-light'));
    }
    await page.getByRole('button', { name: /Getting started and keyboard shortcuts/ }).click();
    await expect(page.getByTestId('getting-started')).toBeVisible();
    expect(await contrastProblems(page), `${theme} help`).toEqual([]);
    await page.keyboard.press('Escape');

    // The choice is kept: after a reload the theme is still in force, whatever the system says.
    await page.reload();
    await expect(page.getByLabel('Theme')).toHaveValue(theme.toLowerCase());
    expect(await background(page, '.toolbar')).toBe(paper);
    expect(problems).toEqual([]);
  });
}

test('System follows the operating system’s setting as it changes', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page, '.toolbar')).toBe('rgb(21, 27, 35)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page, '.toolbar')).toBe('rgb(255, 255, 255)');
});
