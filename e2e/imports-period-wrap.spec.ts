import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const SOYBEANS = join(CORPORA, 'gacc/soybean-monthly');

const prepare = (dbPath: string) => {
  for (const [file, flow] of [
    ['2023.csv', 'import'],
    ['2024out.csv', 'export'],
  ] as const)
    execFileSync(process.execPath, [
      join(root, 'bin/tidemark.mjs'),
      'import',
      join(SOYBEANS, file),
      '--flow',
      flow,
      '--db',
      dbPath,
    ]);
};

/** Each YYYY-MM in the Imports tab's scope cells, and on how many lines the page draws it. */
const periodLines = () =>
  Array.from(document.querySelectorAll('[data-testid="batch-scope"]')).flatMap((cell) => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const out: [string, number][] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of (node.textContent ?? '').matchAll(/\d{4}-\d{2}/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        out.push([m[0], range.getClientRects().length]);
      }
    }
    return out;
  });

// At 900 px in Korean the Scope column is narrow, and "2023-01–2023-12" broke as "2023-01–2023-" / "12".
test.describe('the Imports tab on a narrow window', () => {
  skipWithoutCorpora(join(SOYBEANS, '2023.csv'));
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare), viewport: { width: 900, height: 650 } });

  test('never breaks a month of a batch’s span across lines, in Korean or English', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    await page.locator('#language').selectOption('ko');
    await page.getByRole('tab', { name: '가져오기' }).click();
    await expect(page.getByTestId('batch-scope')).toHaveCount(2);
    const ko = await page.evaluate(periodLines);
    expect(ko.map(([p]) => p).sort()).toEqual(['2023-01', '2023-12', '2024-01', '2024-12']);
    expect(ko.filter(([, lines]) => lines !== 1)).toEqual([]);
    await page.locator('#language').selectOption('en');
    await page.getByRole('tab', { name: 'Imports' }).click();
    await expect(page.getByTestId('batch-scope')).toHaveCount(2);
    expect((await page.evaluate(periodLines)).filter(([, lines]) => lines !== 1)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
