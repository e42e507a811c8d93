import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { headerBox } from './helpers/grid';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

const WORDS = {
  en: { data: 'Data', imports: 'Imports', theme: 'Theme' },
  ko: { data: '데이터', imports: '가져오기', theme: '테마' },
} as const;

/** On how many lines each part (date, time) of each "Imported" cell is drawn, and the cell's text lines. */
const whenLines = () =>
  Array.from(document.querySelectorAll('[data-testid="batch-when"]')).map((cell) => {
    const parts = Array.from(cell.querySelectorAll('.batches__word')).map((p) => p.getClientRects().length);
    const line = parseFloat(getComputedStyle(cell).lineHeight);
    const range = document.createRange();
    range.selectNodeContents(cell);
    const height = range.getBoundingClientRect().height;
    return { parts, lines: Math.round(height / line) };
  });

test.describe('narrow windows, in both languages and themes', () => {
  test.use({ sample: true });

  for (const [width, height] of [
    [1024, 700],
    [1440, 900],
  ] as const) {
    test(`at ${width}×${height} the grid's Code and Description are in view, and an import's date is never broken`, async ({
      page,
      host,
    }) => {
      const problems = watchConsole(page);
      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      for (const scheme of ['light', 'dark'] as const)
        for (const lang of ['en', 'ko'] as const) {
          const words = WORDS[lang];
          await page.locator('#language').selectOption(lang);
          await page.getByLabel(words.theme, { exact: true }).selectOption(scheme);
          await page.getByRole('tab', { name: words.data, exact: true }).click();
          await expect(page.locator('[data-testid="records-grid"] .ag-cell[col-id="code"]').first()).toBeVisible();
          const viewport = (await page.locator('[data-testid="records-grid"] .ag-center-cols-viewport').boundingBox())!;
          // The grid opens unscrolled: what is in view is what a person sees without scrolling sideways.
          expect(
            await page.locator('[data-testid="records-grid"] .ag-center-cols-viewport').evaluate((v) => v.scrollLeft),
          ).toBe(0);
          const right = viewport.x + viewport.width;
          // Where a wider font or a drawn scrollbar leaves Description short of room, Period and Partner are
          // pinned at the grid's left (narrow-800-partner.spec.ts): they start before the centre, in the grid.
          const left = (await page.getByTestId('records-grid').boundingBox())!.x;
          const pinned = await page
            .locator('[data-testid="records-grid"] .ag-pinned-left-header .ag-header-cell[col-id]')
            .count();
          for (const id of ['period', 'partner', 'flow', 'code', ...(pinned ? [] : ['description'])]) {
            await expect
              .poll(async () => (await headerBox(page, id)).x + (await headerBox(page, id)).width, {
                message: `${id} ends in view at ${width} px, ${lang}, ${scheme}`,
              })
              .toBeLessThanOrEqual(right + 1);
            expect((await headerBox(page, id)).x, `${id} starts in view`).toBeGreaterThanOrEqual(left - 1);
          }
          if (pinned)
            expect((await headerBox(page, 'description')).x, 'description starts in view').toBeLessThan(right);
          // The figure stays in view, after the goods.
          const value = await headerBox(page, 'value');
          expect(value.x + value.width).toBeLessThanOrEqual(width);
          expect(value.x).toBeGreaterThanOrEqual((await headerBox(page, 'description')).x);
          await page.screenshot(shot(`narrow-data-${width}-${scheme}-${lang}`));

          await page.getByRole('tab', { name: words.imports, exact: true }).click();
          await expect(page.getByTestId('batch-when')).toHaveCount(1);
          for (const cell of await page.evaluate(whenLines)) {
            expect(cell.parts, `date and time each on one line at ${width} px, ${lang}`).toEqual([1, 1]);
            // With room for it (1440 px), one line: in Korean it took two beside a wide file name column.
            expect(cell.lines).toBeLessThanOrEqual(width >= 1400 ? 1 : 2);
          }
          await page.screenshot(shot(`narrow-imports-${width}-${scheme}-${lang}`));
        }
      // Where the Korean date broke over three lines: 900 px.
      await page.setViewportSize({ width: 900, height: 700 });
      await page.locator('#language').selectOption('ko');
      await expect(page.getByTestId('batch-when')).toHaveCount(1);
      for (const cell of await page.evaluate(whenLines)) {
        expect(cell.parts).toEqual([1, 1]);
        expect(cell.lines).toBeLessThanOrEqual(2);
      }
      await page.screenshot(shot(`narrow-imports-900-ko`));
      expect(problems).toEqual([]);
    });
  }
});
