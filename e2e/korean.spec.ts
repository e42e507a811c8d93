import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { writeNkChinaFixture } from '../src/core/analysis/fixtures/nk-china-fixture';
import { dropFiles } from './helpers/drop';
import { englishOnScreen } from './helpers/english';
import { docsShot, screen } from './helpers/docs-shots';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';
import type { Page } from '@playwright/test';

test.use({ sample: true, locale: 'ko-KR', viewport: { width: 1280, height: 720 } });

/**
 * The UI's own English on screen fails the test. The core's prose fails it too on views whose prose the
 * core writes in Korean (`coreKorean`: the footnotes and gap reasons of series); elsewhere it is listed in
 * the report, since the core writes it (a brief quotes the files' English commodity names as they are).
 */
async function noEnglish(page: Page, view: string, coreKorean = false): Promise<void> {
  const found = await englishOnScreen(page);
  if (coreKorean) expect(found.core, `English core prose on the Korean ${view}`).toEqual([]);
  if (found.core.length) {
    test
      .info()
      .annotations.push({ type: 'core prose still in English', description: `${view}: ${found.core.join(' · ')}` });
    console.log(`[core prose in English] ${view}: ${found.core.join(' · ')}`);
  }
  expect(found.ui, `English UI strings on the Korean ${view}`).toEqual([]);
}

test('the whole workspace in Korean: no English UI string on any view, Korean month names and number forms', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('sample-notice')).toContainText('샘플');

  // Dashboard: month names and the card's figures.
  await page.getByRole('tab', { name: '대시보드' }).click();
  await expect(page.getByText('최근 월: 2021년 8월')).toBeVisible();
  await expect(page.getByRole('article', { name: '수출' })).toContainText('22,500,000 USD');
  // A year to date no file covers whole (January to March and May 2021 are held by none) is "not covered",
  // with the reason on hover; never 없음 ("none"), which reads as no trade.
  await expect(page.getByRole('article', { name: '수출' })).toContainText('연초 누계자료 범위 밖');
  await expect(page.getByRole('article', { name: '수출' })).not.toContainText('없음');
  await expect(page.getByTestId('dashboard-chart')).toContainText('2019년 9월 – 2021년 8월');
  // The months no file covers are said in Korean too: missing, not zero.
  await expect(page.locator('.tm-figure__footnote').first()).toContainText('0이 아니라 없는 값입니다');
  await noEnglish(page, 'dashboard', true);
  await page.screenshot(docsShot('dashboard-ko-1280'));

  // Charts: title, caption, the value axis in 만/억.
  await page.getByRole('tab', { name: '차트' }).click();
  await expect(page.locator('#tm-chart-title')).toHaveText('월별: 중국–북한 총교역 (USD)');
  // The value axis counts in 만 (10,000s), as Koreans write large numbers.
  await expect(page.getByTestId('trade-chart')).toHaveAttribute('data-y-ticks', /(^|\|)\d[\d,.]*만(\||$)/);
  await expect(page.getByTestId('chart-caption')).toContainText('출처: 중국 해관총서(GACC)');
  await expect(page.getByTestId('trade-chart')).toHaveAttribute('aria-label', /^차트: 월별/);
  await noEnglish(page, 'charts', true);

  // Brief: in Korean by default when the app is, its money in 만/억.
  await page.getByRole('tab', { name: '브리핑' }).click();
  await page.getByLabel('브리핑 월').selectOption('2020-11');
  await expect(page.getByTestId('brief-text')).toContainText('2020년 11월');
  await expect(page.getByTestId('brief-text')).toContainText(/\d+만/);
  await noEnglish(page, 'brief');

  // Data, with the Source and History panels.
  await page.getByRole('tab', { name: '데이터' }).click();
  await expect(page.getByTestId('records-total')).toHaveText('레코드 26건');
  await cell(page, 0, 'code').click();
  await page.getByRole('button', { name: '출처', exact: true }).click();
  await expect(page.getByTestId('record-source')).toContainText('가져온 그대로');
  await noEnglish(page, 'data grid with the Source panel');
  await page.getByRole('button', { name: '이력', exact: true }).click();
  await expect(page.getByTestId('record-history')).toContainText('변경 없음');
  await noEnglish(page, 'data grid with the History panel');
  // Flows in Korean (the stored word stays the value): filtered as shown, 수입 finds the imports.
  await expect(cell(page, 0, 'flow')).toHaveText('수출');
  const flowFilter = page.locator(
    '[data-testid="records-grid"] .ag-header-cell[col-id="flow"] .ag-header-cell-filter-button',
  );
  await flowFilter.click();
  await page.locator('.ag-filter input[type="text"]').first().fill('수입');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('records-total')).toContainText('13');
  await expect(cell(page, 0, 'flow')).toHaveText('수입');
  // Part of a label finds every flow whose label holds it, as typing into the filter suggests.
  await flowFilter.click();
  await page.locator('.ag-filter input[type="text"]').first().fill('출');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('records-total')).toHaveText('일치하는 레코드 13건');
  await expect(cell(page, 0, 'flow')).toHaveText('수출');
  await flowFilter.click();
  await page.locator('.ag-filter input[type="text"]').first().fill('수');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('records-total')).toHaveText('일치하는 레코드 26건');
  await flowFilter.click();
  await page.locator('.ag-filter input[type="text"]').first().fill('');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('records-total')).toHaveText('레코드 26건');

  // Imports, and the help behind "?".
  await page.getByRole('tab', { name: '가져오기' }).click();
  await noEnglish(page, 'imports');
  await page.getByRole('button', { name: '시작하기와 단축키 (?)' }).click();
  await expect(page.getByTestId('getting-started')).toBeVisible();
  await noEnglish(page, 'getting-started panel');
  await page.keyboard.press('Escape');

  // The import dialog as it is today, on a China customs download that does not say its flow.
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-ko-'));
  try {
    const paths = writeNkChinaFixture(dir);
    await dropFiles(page, [{ name: basename(paths.imports), type: 'text/csv', content: readFileSync(paths.imports) }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const dialog = page.getByRole('dialog', { name: /가져오기$/ });
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await noEnglish(page, 'import dialog');
  await page.screenshot(screen('ko-import-dialog'));
  await dialog.getByRole('radio', { name: '수입' }).check();
  await dialog.getByRole('button', { name: '가져오기', exact: true }).click();
  await expect(page.getByTestId('import-jobs')).toContainText('완료');
  await noEnglish(page, 'import report');

  // The same charts in the dark theme, for the README.
  await page.getByLabel('테마').selectOption('dark');
  await page.getByTestId('import-jobs').getByRole('button', { name: '닫기' }).click();
  await page.getByRole('tab', { name: '차트' }).click();
  await expect(page.getByTestId('trade-chart')).toHaveAttribute('data-y-ticks', /만/);
  await page.screenshot(docsShot('charts-ko-1280-dark'));
  expect(problems).toEqual([]);
});

test.describe("the core's notes in Korean: a change of classification, an annual series, a breakdown", () => {
  const root = join(import.meta.dirname, '..');
  const tidemark = (...args: string[]) =>
    execFileSync(process.execPath, [join(root, 'bin/tidemark.mjs'), ...args], { encoding: 'utf8' });
  /**
   * The sample (its codes in plain HS, up to August 2021), then three months of 2022 held only as totals in
   * HS 2022 (H6): the series crosses a change of classification, 2022 is an incomplete year summed from its
   * months, and the latest month has nothing to break down by commodity.
   */
  const prepare = (dbPath: string) => {
    tidemark('import', join(root, 'resources/sample/nk-china-published.csv'), '--db', dbPath, '--goods', 'all');
    const later = join(dirname(dbPath), 'nk-china-2022-h6.csv');
    const rows = ['2022-01', '2022-02', '2022-03'].flatMap((p, i) =>
      ['export', 'import'].map(
        (f) => `${p},CHN,PRK,${f},H6,TOTAL,All goods,${(i + 1) * 1_000_000 + (f === 'export' ? 500_000 : 0)},USD,,`,
      ),
    );
    writeFileSync(
      later,
      ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit', ...rows].join('\n'),
    );
    tidemark('import', later, '--db', dbPath, '--goods', 'all');
    // A Comtrade re-export (Hong Kong's to North Korea), so the Imports tab names a flow beyond imports and exports.
    const reexports = join(dirname(dbPath), 'comtrade_HKG_PRK_H5_2019_reexports_annual.csv');
    writeFileSync(
      reexports,
      [
        'Classification,Year,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Partner Code,Partner,Commodity Code,Commodity,Trade Value (US$),Flag',
        `H5,2019,3,Re-Export,344,"China, Hong Kong SAR",408,"Dem. People's Rep. of Korea",TOTAL,All Commodities,1000000,0`,
      ].join('\n'),
    );
    tidemark('import', reexports, '--db', dbPath, '--goods', 'all');
  };
  // eslint-disable-next-line no-empty-pattern
  test.use({ sample: false, prepare: async ({}, use) => use(prepare) });

  test('each note is Korean on the screen that shows it', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

    // The dashboard's top items for March 2022: only totals are held, and the core says so.
    await page.getByRole('tab', { name: '대시보드' }).click();
    await expect(page.getByText('최근 월: 2022년 3월')).toBeVisible();
    await expect(page.getByTestId('dashboard-top-note')).toHaveText(
      '2022년 3월에는 합계만 있어 품목별로 나눌 수 없습니다.',
    );
    await noEnglish(page, 'dashboard with a breakdown note', true);

    // The monthly chart crosses from plain HS to HS 2022.
    await page.getByRole('tab', { name: '차트' }).click();
    const caption = page.getByTestId('chart-caption');
    await expect(caption).toContainText(
      /계열 중간에 분류가 바뀝니다: HS \d{4}년 \d{1,2}월–2021년 8월, H6 2022년 1월–2022년 3월\./,
    );
    await noEnglish(page, 'charts with a classification note', true);

    // The annual chart: years summed from their months, 2022 incomplete.
    await page.getByLabel('기간', { exact: true }).selectOption('year');
    await expect(page.locator('#tm-chart-title')).toHaveText(/^연도별:/);
    await expect(caption).toContainText('12개월 미만을 보유한 연도(2021, 2022)');
    await expect(caption).toContainText('계열 중간에 분류가 바뀝니다');
    await noEnglish(page, 'annual chart', true);
    await page.screenshot(screen('ko-annual-notes'));

    // The Imports tab: every flow named in Korean, and no word split across two lines (Korean breaks between
    // any two syllables unless told not to: "되돌리/기…", "오/후").
    await page.getByRole('tab', { name: '가져오기' }).click();
    await expect(page.getByTestId('batch-scope').first()).toContainText('HKG 재수출 2019');
    await noEnglish(page, 'imports with a re-export');
    for (const width of [1280, 900]) {
      await page.setViewportSize({ width, height: width === 900 ? 600 : 720 });
      const split = await page.locator('.batches').evaluate((table) =>
        [...table.querySelectorAll('thead th:not(:has(.visually-hidden)), .batches__actions button, td:nth-child(3)')]
          .map((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            return { text: el.textContent ?? '', lines: lines.size };
          })
          .filter((c) => c.text.trim() && c.lines > 1 && !c.text.trim().includes(' ')),
      );
      expect(split, `one-word cells and buttons broken across lines at ${width} px`).toEqual([]);
      // The table stays inside its box: a long file name breaks rather than push the Revert buttons out of view.
      const table = await page.locator('.batches').boundingBox();
      const box = await page.locator('.imports').boundingBox();
      expect(table!.x + table!.width, `the batches table's right edge at ${width} px`).toBeLessThanOrEqual(
        box!.x + box!.width + 0.5,
      );
      const revert = await page
        .getByRole('button', { name: /되돌리기/ })
        .first()
        .boundingBox();
      expect(revert!.x + revert!.width, `the first Revert button's right edge at ${width} px`).toBeLessThanOrEqual(
        box!.x + box!.width + 0.5,
      );
    }
    expect(problems).toEqual([]);
  });
});

test('a finished task’s sentence follows a switch of language', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await page.locator('#language').selectOption('en');
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page.getByTestId('records-total')).toHaveText(/\d/);
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export rows shown as CSV' }).click(),
  ]);
  const tasks = page.getByTestId('tasks');
  await expect(tasks).toContainText(/Exported [\d,]+ rows to tidemark-records\.csv\./);
  await page.locator('#language').selectOption('ko');
  await expect(tasks).toContainText(/[\d,]+행을 tidemark-records\.csv\(으\)로 내보냈습니다\./);
  await expect(tasks).not.toContainText('Exported');
  expect(problems).toEqual([]);
});
