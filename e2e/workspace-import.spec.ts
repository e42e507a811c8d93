import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { dropFiles } from './helpers/drop';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`), fullPage: true });

/**
 * A China customs (GACC) query download in its own layout, written here rather than copied from the
 * corpora: GB18030 bytes, every field quoted, thousands separators, a trailing comma on every line,
 * partner 109 (朝鲜, North Korea), a code with a leading zero, and one value that is not a number.
 */
function gaccFile(currencyHeader: '美元' | '人民币', rows: string[][]): Buffer {
  const header = [
    '数据年月',
    '商品编码',
    '商品名称',
    '贸易伙伴编码',
    '贸易伙伴名称',
    '第一数量',
    '第一计量单位',
    currencyHeader,
  ];
  const line = (cells: string[]) => cells.map((c) => `"${c}"`).join(',') + ',';
  return iconv.encode([header.join(',') + ',', ...rows.map(line)].join('\r\n') + '\r\n', 'gb18030');
}

const USD_NAME = 'gacc-prk-2024-usd.csv';
const USD_ROWS = [
  ['202401', '27011200', '烟煤', '109', '朝鲜', '1,200,000', '千克', '16,536,067'],
  ['202401', '03036300', '冻鳕鱼', '109', '朝鲜', '5,000', '千克', '12,345'],
  ['202402', '62034290', '棉制男裤', '109', '朝鲜', '300', '条', '1,234,567'],
  ['202402', '26011100', '铁矿砂', '109', '朝鲜', '800', '千克', '12x3'],
  ['202403', '85076000', '锂离子蓄电池', '109', '朝鲜', '40', '个', '98,765'],
];
// "exports" in the name: the dialog suggests the flow, and still asks.
const CNY_NAME = 'gacc-prk-2024-exports-cny.csv';
const CNY_ROWS = [
  ['202401', '10063020', '大米', '109', '朝鲜', '2,000', '千克', '7,654,321'],
  ['202402', '27101991', '润滑油', '109', '朝鲜', '150', '千克', '456,789'],
];

/** axe-core over the shell's own parts (toolbar, sidebar, tabs, import dialog and report, Imports tab). */
async function a11yProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('.toolbar')
    .include('.sidebar')
    .include('[role="tablist"]')
    .include('.jobs')
    .include('.imports')
    .include('dialog[open]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

function dialogFor(page: Page, name: string) {
  return page.getByRole('dialog', { name: `Import ${name}` });
}

test('a researcher drops two China customs files, answers the flow, and finds every row: imported or rejected', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await expect(page.getByTestId('records-total')).toHaveText('0 records');
  await expect(page.getByRole('tab', { name: 'Data' })).toHaveAttribute('aria-selected', 'true');
  await page.screenshot(shot('30-workspace-empty'));

  await dropFiles(page, [
    { name: USD_NAME, type: 'text/csv', content: gaccFile('美元', USD_ROWS) },
    { name: CNY_NAME, type: 'text/csv', content: gaccFile('人民币', CNY_ROWS) },
  ]);

  // First file: GACC, GB18030, the rows as they will be stored, and the one question it leaves open.
  const usd = dialogFor(page, USD_NAME);
  await expect(usd).toBeVisible();
  await expect(usd.getByText('File 1 of 2')).toBeVisible();
  await expect(usd.getByTestId('import-format')).toHaveText('gacc');
  await expect(usd.getByTestId('import-encoding').locator('option:checked')).toHaveText('Detected: GB18030');
  // The encoding can be overridden; the wrong one is refused, with the reason, before anything is written.
  await usd.getByTestId('import-encoding').selectOption('utf-8');
  await expect(usd.getByText(/not valid UTF-8/)).toBeVisible();
  await expect(usd.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await usd.getByTestId('import-encoding').selectOption('');
  const preview = usd.getByTestId('import-preview');
  await expect(preview.locator('tbody tr')).toHaveCount(4);
  const first = preview.locator('tbody tr').first();
  await expect(first.locator('td[data-col="partner"]')).toHaveText('PRK');
  await expect(first.locator('td[data-col="description"]')).toHaveText('烟煤');
  // Numbers as the grid shows them, digits grouped.
  await expect(first.locator('td[data-col="value"]')).toHaveText('16,536,067');
  await expect(first.locator('td[data-col="currency"]')).toHaveText('USD');
  await expect(first.locator('td[data-col="period"]')).toHaveText('2024-01');
  // Codes stay text: the leading zero is kept.
  await expect(preview.locator('tbody tr').nth(1).locator('td[data-col="code"]')).toHaveText('03036300');
  await expect(usd.getByText(/1 row among the first would be rejected/)).toBeVisible();
  // Nothing in the file or its name says the flow: no guess, and no import until it is answered.
  const flow = usd.getByRole('group', { name: 'Flow' });
  await expect(flow.getByRole('radio', { name: 'Imports' })).not.toBeChecked();
  await expect(flow.getByRole('radio', { name: 'Exports' })).not.toBeChecked();
  await expect(usd.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expect(first.locator('td[data-col="flow"]')).toHaveText('—');
  await page.screenshot(shot('31-dialog-asks-flow'));
  expect(await a11yProblems(page)).toEqual([]);

  await flow.getByRole('radio', { name: 'Imports' }).check();
  await expect(first.locator('td[data-col="flow"]')).toHaveText('Imports');
  await page.screenshot(shot('32-dialog-answered'));
  await usd.getByRole('button', { name: 'Import', exact: true }).click();

  // Second file: its name suggests exports; the question is still shown, pre-filled.
  const cny = dialogFor(page, CNY_NAME);
  await expect(cny).toBeVisible();
  await expect(cny.getByTestId('import-format')).toHaveText('gacc');
  await expect(cny.getByRole('group', { name: 'Flow' }).getByRole('radio', { name: 'Exports' })).toBeChecked();
  await expect(cny.getByText(`Suggested from the file name “${CNY_NAME}”. Check it.`)).toBeVisible();
  await expect(
    cny.getByTestId('import-preview').locator('tbody tr').first().locator('td[data-col="currency"]'),
  ).toHaveText('CNY');
  await page.screenshot(shot('33-dialog-suggested'));
  await cny.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(cny).toBeHidden();

  // One progress bar per file, each to 100%, then the report.
  const bars = page.getByRole('progressbar', { name: /Import progress of / });
  await expect(bars).toHaveCount(2);
  await expect(page.getByRole('progressbar', { name: `Import progress of ${USD_NAME}` })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await expect(page.getByRole('progressbar', { name: `Import progress of ${CNY_NAME}` })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  const report = page.getByRole('table', { name: 'Import results' });
  // Result, read, imported, rejected, skipped, duplicate: every row is accounted for. Waited for: the
  // second file's row can be drawn a moment after the first's (CI run L read it before it was there).
  await expect(report.getByRole('row', { name: new RegExp(USD_NAME) }).getByRole('cell')).toHaveText([
    /Imported/,
    '5',
    '4',
    '1',
    '0',
    '0',
  ]);
  await expect(report.getByRole('row', { name: new RegExp(CNY_NAME) }).getByRole('cell')).toHaveText([
    /Imported/,
    '2',
    '2',
    '0',
    '0',
    '0',
  ]);
  await expect(
    page.getByTestId('sidebar-batches').getByRole('button', { name: `Show the rejected row of ${USD_NAME}` }),
  ).toBeVisible();
  await page.screenshot(shot('34-report'));

  // The report links to the rejects: the bad value, its row, why, and the raw cells as the file had them.
  await report.getByRole('button', { name: 'Show 1 rejected row' }).click();
  await expect(page.getByRole('tab', { name: 'Imports' })).toHaveAttribute('aria-selected', 'true');
  const rejects = page.getByTestId('rejects-table');
  await expect(rejects.locator('tbody tr')).toHaveCount(1);
  const reject = rejects.locator('tbody tr').first();
  await expect(reject.getByRole('rowheader')).toHaveText('5');
  await expect(reject).toContainText('Cast error');
  await expect(reject).toContainText('12x3');
  await expect(reject).toContainText('铁矿砂');
  await page.screenshot(shot('35-rejects'));
  expect(await a11yProblems(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export rejects as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('gacc-prk-2024-usd-rejects.csv');
  const csv = readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(csv[0]).toBe(
    'file,sheet,row,reason,message,reason_code,cell_1,cell_2,cell_3,cell_4,cell_5,cell_6,cell_7,cell_8,cell_9',
  );
  expect(csv[1]).toMatch(
    /^gacc-prk-2024-usd\.csv,[^,]*,5,A value in this row could not be read; the message says which and why\.,.*,cast_error,202402,26011100,铁矿砂,109,朝鲜,800,千克,12x3,$/,
  );

  // The Data tab: partner 109 became PRK (named), each file kept its own currency, the flows are the answers.
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('tab', { name: 'Data' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('records-total')).toHaveText('6 records');
  await expect(cell(page, 0, 'partner')).toHaveText('North Korea (PRK)');
  await expect(cell(page, 0, 'reporter')).toHaveText('China (CHN)');
  await expect(cell(page, 0, 'currency')).toHaveText('USD');
  await expect(cell(page, 0, 'flow')).toHaveText('Imports');
  await expect(cell(page, 0, 'value')).toHaveText('16,536,067');
  await expect(cell(page, 1, 'code')).toHaveText('03036300');
  await expect(cell(page, 4, 'partner')).toHaveText('North Korea (PRK)');
  await expect(cell(page, 4, 'currency')).toHaveText('CNY');
  await expect(cell(page, 4, 'flow')).toHaveText('Exports');
  await expect(cell(page, 4, 'value')).toHaveText('7,654,321');
  await page.screenshot(shot('36-data'));

  // Ctrl+E exports every record as Tidemark's CSV; in the browser it downloads. Codes keep their zeros.
  const [exported] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+e')]);
  expect(exported.suggestedFilename()).toMatch(/\.csv$/);
  const lines = readFileSync(await exported.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  expect(lines[0]).toMatch(
    /^period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit/,
  );
  expect(lines).toHaveLength(7);
  expect(lines.find((l) => l.includes('03036300'))).toMatch(/^2024-01,CHN,PRK,import,HS,03036300,冻鳕鱼,12345,USD,/);
  expect(lines.find((l) => l.includes('10063020'))).toMatch(/^2024-01,CHN,PRK,export,HS,10063020,大米,7654321,CNY,/);
  await expect(page.getByTestId('tasks').filter({ hasText: 'Exported 6 rows to tidemark-records.csv.' })).toBeVisible();
  // The other tabs sit in the same frame (Ctrl+1, Ctrl+3 from anywhere).
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('tab', { name: 'Dashboard' })).toHaveAttribute('aria-selected', 'true');
  await page.screenshot(shot('36b-dashboard'));
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('tab', { name: 'Charts' })).toHaveAttribute('aria-selected', 'true');
  await page.screenshot(shot('36c-charts'));
  await page.keyboard.press('Control+2');

  // The shortcuts are listed where a person can find them.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /Ctrl\+O Import files/ })).toBeVisible();
  await page.screenshot(shot('37-help'));
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Dark mode follows the OS.
  await page.emulateMedia({ colorScheme: 'dark' });
  const canvas = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(canvas).toBe('rgb(13, 17, 23)');
  await page.screenshot(shot('38-dark-data'));
  await page.getByRole('tab', { name: 'Imports' }).click();
  await page.screenshot(shot('39-dark-imports'));
  expect(await a11yProblems(page)).toEqual([]);

  // Korean: the whole UI, numbers in Korean style; the same file again is a duplicate, recognised before
  // any question about its flow, and nothing is re-imported.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('tab', { name: '데이터' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await dropFiles(page, [{ name: USD_NAME, type: 'text/csv', content: gaccFile('美元', USD_ROWS) }]);
  await page.screenshot(shot('40-korean-duplicate'));
  await expect(page.getByRole('dialog', { name: `${USD_NAME} 가져오기` })).toHaveCount(0);
  const koReport = page.getByRole('table', { name: '가져오기 결과' });
  const dup = koReport.getByRole('row', { name: new RegExp(USD_NAME) }).getByRole('cell');
  await expect(dup.first()).toContainText('이미 가져온 파일(중복)');
  await expect(dup.last()).toHaveText('1');
  await page.getByRole('tab', { name: '데이터' }).click();
  await expect(page.getByTestId('records-total')).toContainText('6');
  await page.screenshot(shot('41-korean-data'));

  expect(problems).toEqual([]);
});

test('a long import shows rows, percent and time left, and cancelling it leaves nothing behind', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-e2e-big-'));
  // Parentheses: the browser host stores the upload under a sanitised name, and progress must still reach this bar.
  const path = join(dir, 'big (canonical).csv');
  const lines = ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit'];
  for (let i = 0; i < 600_000; i++)
    lines.push(
      `2023-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,export,HS,${String(i).padStart(8, '0')},Item ${i},${i + 1},USD,1,kg`,
    );
  writeFileSync(path, lines.join('\n'));
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('records-total')).toHaveText('0 records');
    // Ctrl+O is the keyboard way in: it opens the file chooser.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(path);
    const dialog = dialogFor(page, 'big (canonical).csv');
    await expect(dialog.getByTestId('import-format')).toHaveText('tidemark-csv');
    // A canonical file says everything itself: no questions.
    await expect(dialog.getByRole('group', { name: 'Flow' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const bar = page.getByRole('progressbar', { name: 'Import progress of big (canonical).csv' });
    await expect(bar).toHaveAttribute('aria-valuetext', /[\d,]+ rows · \d+% · about .+ left/);
    await page.screenshot(shot('42-progress'));
    await page.getByRole('button', { name: 'Cancel the import of big (canonical).csv' }).click();
    const row = page
      .getByRole('table', { name: 'Import results' })
      .getByRole('row', { name: /big \(canonical\)\.csv/ });
    await expect(row.getByRole('cell').first()).toContainText(/^Cancelled/);
    await expect(row).toContainText(/nothing from this file was (stored|kept)/);
    await page.screenshot(shot('43-cancelled'));
    await page.reload();
    await expect(page.getByTestId('records-total')).toHaveText('0 records');
    await expect(page.getByText('No imports yet.')).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
});

test('a whole folder can be chosen: one dialog per data file, and Cancel all imports none of them', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-e2e-folder-'));
  const folder = join(dir, 'gacc-downloads');
  mkdirSync(join(folder, '2024'), { recursive: true });
  writeFileSync(join(folder, '2024', USD_NAME), gaccFile('美元', USD_ROWS));
  writeFileSync(join(folder, CNY_NAME), gaccFile('人民币', CNY_ROWS));
  writeFileSync(join(folder, '.DS_Store'), 'not data');
  try {
    await page.goto(host.url);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import folder…' }).click(),
    ]);
    await chooser.setFiles(folder);
    // Two data files; the hidden .DS_Store is left out.
    const first = page.getByTestId('import-dialog');
    await expect(first).toBeVisible();
    await expect(first.getByText('File 1 of 2')).toBeVisible();
    await expect(first.getByTestId('import-format')).toHaveText('gacc');
    await page.screenshot(shot('44-folder'));
    await first.getByRole('button', { name: 'Cancel all' }).click();
    await expect(first).toBeHidden();
    const rows = page.getByRole('table', { name: 'Import results' }).locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Cancelled');
    await expect(rows.nth(1)).toContainText('Cancelled');
    await expect(page.getByTestId('records-total')).toHaveText('0 records');
    await expect(page.getByText('No imports yet.')).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
});

test('a China customs file without a date column asks for the period too, and stores the answer', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  const header = ['商品编码', '商品名称', '贸易伙伴编码', '贸易伙伴名称', '美元'];
  const rows = [['27011200', '烟煤', '109', '朝鲜', '1,000']];
  const text =
    [header.join(',') + ',', ...rows.map((r) => r.map((c) => `"${c}"`).join(',') + ',')].join('\r\n') + '\r\n';
  await page.goto(host.url);
  await dropFiles(page, [{ name: 'gacc-no-date.csv', type: 'text/csv', content: iconv.encode(text, 'gb18030') }]);
  const dialog = dialogFor(page, 'gacc-no-date.csv');
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  const period = dialog.getByLabel('Period the file covers (YYYY-MM or YYYY)');
  await dialog.getByRole('radio', { name: 'Exports' }).check();
  await period.fill('2024-13');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await period.fill('2024-03');
  // The answer shows in the preview, marked as the person's, before anything is stored.
  await expect(dialog.getByTestId('import-preview').locator('td[data-col="period"]').first()).toHaveText('2024-03');
  await page.screenshot(shot('45-period-question'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('records-total')).toHaveText('1 record');
  await expect(cell(page, 0, 'period')).toHaveText('2024-03');
  await expect(cell(page, 0, 'flow')).toHaveText('Exports');
  await expect(cell(page, 0, 'partner')).toHaveText('North Korea (PRK)');
  expect(problems).toEqual([]);
});

test.describe('the Imports tab in a 900-px window, with UN Comtrade downloads', () => {
  const corpora = join(CORPORA, 'comtrade', 'legacy-csv');
  const files = ['sstaple15_USA-CHN_H5_2017_HS2_12col.csv', 'shjain6670_CHN_S4_2010-2014_5partners.csv'];
  skipWithoutCorpora(...files.map((f) => join(corpora, f)));
  // Two real downloads: long file names, and "Exports+Imports+Re-exports" in the scope.
  const prepare = (dbPath: string) => {
    for (const f of files)
      execFileSync(process.execPath, [join(root, 'bin/tidemark.mjs'), 'import', join(corpora, f), '--db', dbPath]);
  };
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare), viewport: { width: 900, height: 600 } });

  test('keeps every Revert button inside the table’s box', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Imports');
    await expect(page.getByTestId('batch-scope').last()).toContainText('Exports+Imports+Re-exports 2017');
    const box = (await page.locator('.imports').boundingBox())!;
    const table = (await page.locator('.batches').boundingBox())!;
    expect(table.x + table.width, "the batches table's right edge").toBeLessThanOrEqual(box.x + box.width + 0.5);
    const reverts = await page.locator('.batches__actions .button--danger').all();
    expect(reverts).toHaveLength(2);
    for (const revert of reverts) {
      const b = (await revert.boundingBox())!;
      expect(b.x + b.width, 'a Revert button’s right edge').toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
    await page.screenshot(shot('31-imports-900'));
    expect(problems).toEqual([]);
  });
});
