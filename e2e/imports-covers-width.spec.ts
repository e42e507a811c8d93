import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const FILES = [
  ['gacc/soybean-monthly/2023.csv', 'import'],
  ['gacc/soybean-monthly/2024out.csv', 'export'],
  ['comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv', null],
] as const;

const prepare = (dbPath: string) => {
  for (const [file, flow] of FILES)
    execFileSync(process.execPath, [
      join(root, 'bin/tidemark.mjs'),
      'import',
      join(CORPORA, file),
      ...(flow ? ['--flow', flow] : []),
      '--db',
      dbPath,
    ]);
};

/** The Covers column's width, the table's overflow past its card, and the phrases drawn on more than one line. */
const measure = () => {
  const table = document.querySelector('[data-testid="batches-table"]')!;
  const card = table.closest('.imports')!.parentElement!;
  const padding = parseFloat(getComputedStyle(card).paddingRight);
  const cells = Array.from(document.querySelectorAll('[data-testid="batch-scope"]'));
  const split = cells.flatMap((cell) =>
    Array.from(cell.querySelectorAll('.batches__phrase--whole'))
      .filter((p) => p.getClientRects().length !== 1 || p.getBoundingClientRect().height > 24)
      .map((p) => p.textContent),
  );
  return {
    covers: Math.min(...cells.map((c) => c.getBoundingClientRect().width)),
    overflow: Math.round(table.getBoundingClientRect().right - (card.getBoundingClientRect().right - padding)),
    split,
  };
};

// The walk: at a 900-px window the Imports tab's Covers column was about 90 px wide, so "CHN Exports+Imports
// 2010–2014 · SITC · 5 partners · 66 codes" ran down six lines.
test.describe('the Imports tab’s Covers column', () => {
  skipWithoutCorpora(...FILES.map(([file]) => join(CORPORA, file)));
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  for (const width of [900, 1600])
    test(`reads in whole phrases at ${width} px, in English and Korean, light and dark`, async ({ page, host }) => {
      const problems = watchConsole(page);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(host.url);
      for (const theme of ['light', 'dark'] as const)
        for (const [lang, tab] of [
          ['en', 'Imports'],
          ['ko', '가져오기'],
        ] as const) {
          await page.getByTestId('theme-switch').selectOption(theme);
          await page.locator('#language').selectOption(lang);
          await page.getByRole('tab', { name: tab }).click();
          await expect(page.getByTestId('batch-scope')).toHaveCount(3);
          const m = await page.evaluate(measure);
          const at = `${width} px, ${lang}, ${theme}`;
          expect(m.covers, `Covers width at ${at}`).toBeGreaterThanOrEqual(180);
          expect(m.overflow, `table past its card at ${at}`).toBeLessThanOrEqual(0);
          expect(m.split, `phrases split at ${at}`).toEqual([]);
        }
      // Wide, the row's actions sit side by side.
      if (width === 1600) {
        const row = page.getByTestId('batches-table').locator('tbody tr').first();
        const [rows, revert] = await Promise.all(
          [row.getByRole('button').first(), row.getByRole('button').last()].map((b) => b.boundingBox()),
        );
        expect(Math.abs(rows!.y - revert!.y)).toBeLessThan(2);
      }
      await page.screenshot({ path: join(root, 'test-results', 'screens', `imports-covers-${width}.png`) });
      expect(problems).toEqual([]);
    });
});
