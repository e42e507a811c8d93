import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** UN Comtrade probe output: China–North Korea totals for 2020, 2022 and December 2024 (no 2021, no 2023). */
const SAMPLE = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_sample.json');
/** China customs' monthly summary workbook, read through a column mapping. */
const SUMMARY = join(CORPORA, 'gacc/monthly-summary-xlsx/haiguan_tongji_shuju_huizong.xlsx');

const tidemark = (...args: string[]) => execFileSync(process.execPath, [join(root, 'bin/tidemark.mjs'), ...args]);
const prepare = (db: string) => {
  tidemark('import', SAMPLE, '--reporter', 'CHN', '--partner', 'PRK', '--db', db);
  // The README's example: the national sheet's monthly imports, in units of 10,000 yuan.
  const summary = `--sheet 全国 --map 时间=period,进口_当月=value --map code=TOTAL --map partner=WLD --map flow=import
    --reporter CHN --currency CNY --scale 10000`;
  tidemark('import', SUMMARY, ...summary.split(/\s+/), '--db', db);
};

/** The scope cells' separating dots that begin a line of their own (" · 1 partner · all goods", after its no-break space). */
const dotsStartingALine = () =>
  Array.from(document.querySelectorAll('[data-testid="batch-scope"]')).flatMap((cell) => {
    const left = cell.getBoundingClientRect().left + parseFloat(getComputedStyle(cell).paddingLeft);
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of (node.textContent ?? '').matchAll(/·/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + 1);
        if (range.getBoundingClientRect().left - left < 10) out.push(cell.textContent ?? '');
      }
    }
    return out;
  });

test.describe('the Imports tab says what each file holds', () => {
  skipWithoutCorpora(SAMPLE, SUMMARY);
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare), viewport: { width: 1280, height: 720 } });

  test('a file of 2020, 2022 and 2024-12 is not a run from 2020 to 2024-12; a workbook is no "binary"', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    await page.getByRole('tab', { name: 'Imports' }).click();
    const sample = page.getByRole('row', { name: /comtrade_sample\.json/ });
    const summary = page.getByRole('row', { name: /haiguan_tongji_shuju_huizong\.xlsx/ });
    await expect(sample.getByTestId('batch-scope')).toContainText('3 periods between 2020 and 2024-12');
    await expect(sample.getByTestId('batch-scope')).not.toContainText('2020–2024-12');
    await expect(summary).toContainText('mapped · Excel workbook');
    await expect(page.getByTestId('batches-table')).not.toContainText('binary');
    await page.screenshot(shot('imports-honest-words'));

    await page.locator('#language').selectOption('ko');
    await page.getByRole('tab', { name: '가져오기' }).click();
    await expect(sample.getByTestId('batch-scope')).toContainText('2020~2024-12 중 3개 기간');
    await expect(summary).toContainText('mapped · 엑셀 통합 문서');
    await page.screenshot(shot('imports-honest-words-ko'));
    expect(problems).toEqual([]);
  });

  test('at 800 px, a wrapped span leaves no dot to begin a line', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(host.url);
    await page.getByRole('tab', { name: 'Imports' }).click();
    await expect(page.getByTestId('batch-scope')).toHaveCount(2);
    expect(await page.evaluate(dotsStartingALine)).toEqual([]);
    await page.screenshot(shot('imports-honest-words-800'));
    expect(problems).toEqual([]);
  });
});
