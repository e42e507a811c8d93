import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { parseCsv } from './helpers/csv';
import { cell, filterColumn, gridRows } from './helpers/grid';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
/** China customs' download by trade mode (贸易方式) and province (注册地): its three KOR rows differ only by province. */
const FULL = join(CORPORA, 'gacc/chinautils-samples/chinese-full.csv');
const SAMPLE = join(root, 'resources/sample/nk-china-published.csv');
const SHOTS = join(root, 'test-results', 'screens');

const total = (page: Page) => page.getByTestId('records-total');
const status = (page: Page) => page.getByTestId('records-status');
/** The columns drawn now (AG Grid draws only those in view), in the grid's order, and how many it has in all. */
const headers = (page: Page) =>
  page.locator('[data-testid="records-grid"] .ag-header-cell[col-id]').evaluateAll((cells) =>
    cells
      .map((c) => ({ id: c.getAttribute('col-id'), at: Number(c.getAttribute('aria-colindex')) }))
      .sort((a, b) => a.at - b.at)
      .map((c) => c.id),
  );
const columnCount = (page: Page) =>
  page.locator('[data-testid="records-grid"] [aria-colcount]').first().getAttribute('aria-colcount');
const SPLIT_IDS = ['regime', 'province', 'mot', 'partner2'];

/** The KOR rows' cells in these columns (drawn: in view), top to bottom. */
async function koreaRows(page: Page, fields: string[]): Promise<string[][]> {
  const out: string[][] = [];
  const n = await gridRows(page).count();
  for (let i = 0; i < n; i++) {
    if (!(await cell(page, i, 'partner').innerText()).includes('KOR')) continue;
    out.push(await Promise.all(fields.map((f) => cell(page, i, f).innerText())));
  }
  return out;
}

test.describe('the records grid of a China customs download split by trade mode and province', () => {
  skipWithoutCorpora(FULL);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((db: string) => void tidemark('import', FULL, '--flow', 'import', '--period', '2026-01', '--db', db)),
  });

  test('shows the regime and province that tell its rows apart; filter, sort, copy and export use them', async ({
    page,
    host,
    context,
  }) => {
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(host.url);
    await page.getByRole('tab', { name: 'Data' }).click();
    await expect(total(page)).toHaveText('5 records');

    // Beside the code, as the import preview shows them; no transport or second partner, which no row holds.
    await expect.poll(async () => (await headers(page)).join(' ')).toContain('code regime province');
    expect(await headers(page)).not.toContain('mot');
    expect(await headers(page)).not.toContain('partner2');
    // The 11 columns, the row's checkbox, and these two.
    expect(await columnCount(page)).toBe('14');
    await expect(page.locator('.ag-header-cell[col-id="regime"]')).toHaveText('Customs regime');
    await expect(page.locator('.ag-header-cell[col-id="province"]')).toHaveText('Province');

    // These two tell apart the three KOR rows (alike in every other column: the copy below says so).
    expect(await koreaRows(page, ['partner', 'code', 'regime', 'province', 'value'])).toEqual([
      ['South Korea (KOR)', '29012920', '10 · Ordinary Trade', '21 · Liaoning', '92,251'],
      ['South Korea (KOR)', '29012920', '10 · Ordinary Trade', '31 · Shanghai', '2,776,533'],
      ['South Korea (KOR)', '29012920', '10 · Ordinary Trade', '37 · Shandong', '3,361'],
    ]);
    await expect(page.locator('.ag-row .ag-cell[col-id="province"]').first()).toHaveAttribute('title', /^\d+ · /);
    // Where the grid is short of room, the split columns give it up before the partner they split:
    // "South Korea (KOR)" is read whole at 1280 px, and each split cell still starts with its code.
    const cut = (field: string, row = 0) => cell(page, row, field).evaluate((el) => el.scrollWidth > el.clientWidth);
    for (let row = 0; row < 5; row++) expect(await cut('partner', row)).toBe(false);

    for (const [theme, size] of [
      ['light', { width: 1280, height: 900 }],
      ['dark', { width: 1280, height: 900 }],
      ['light', { width: 800, height: 600 }],
      ['dark', { width: 800, height: 600 }],
    ] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize(size);
      await expect(cell(page, 0, 'province')).toBeVisible();
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `grid-splits-en-${size.width}-${theme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Filtered as the cells read: a province's name asks for its code, through the core.
    await filterColumn(page, 'province', 'Shanghai');
    await expect(total(page)).toHaveText('1 record matches');
    await expect(cell(page, 0, 'value')).toHaveText('2,776,533');
    await page.keyboard.press('Escape');
    await filterColumn(page, 'province', '');
    await page.keyboard.press('Escape');
    await expect(total(page)).toHaveText('5 records');

    // Sorted by the stored code, through the core: 21, 31, 37, 44, 44.
    await page.locator('.ag-header-cell[col-id="province"] .ag-header-cell-label').click();
    await expect
      .poll(async () => Promise.all([0, 1, 2, 3, 4].map((i) => cell(page, i, 'province').innerText())))
      .toEqual(['21 · Liaoning', '31 · Shanghai', '37 · Shandong', '44 · Guangdong', '44 · Guangdong']);
    // Kept after a restart, as every sort is: the grid has the column from its first page.
    await page.reload();
    await page.getByRole('tab', { name: 'Data' }).click();
    await expect(page.locator('.ag-header-cell[col-id="province"]')).toHaveAttribute('aria-sort', 'ascending');
    await expect(cell(page, 0, 'province')).toHaveText('21 · Liaoning');

    // Copied as stored, under the grid's headers: the codes an export holds too.
    for (const i of [0, 1, 2])
      await page
        .locator(`[data-testid="records-grid"] .ag-row[row-index="${i}"] input.records__select`)
        .first()
        .check();
    await cell(page, 0, 'period').click();
    await page.keyboard.press('Control+c');
    await expect(status(page)).toHaveText('Copied 3 rows as TSV.');
    const tsv = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/plain')).text();
    });
    const lines = tsv
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split('\t'));
    const col = (name: string) => lines[0]!.indexOf(name);
    expect(col('Customs regime')).toBe(col('Code') + 1);
    // Every column the grid has, in view or not: the rows differ in the province (and the figures) alone.
    const others = lines[0]!.flatMap((name, i) => (['Province', 'Value', 'Quantity'].includes(name) ? [] : [i]));
    expect(others.length).toBe(10);
    expect(new Set(lines.slice(1).map((l) => others.map((i) => l[i]).join('|'))).size).toBe(1);
    expect(lines.slice(1).map((l) => [l[col('Customs regime')], l[col('Province')], l[col('Partner')]])).toEqual([
      ['10', '21', 'KOR'],
      ['10', '31', 'KOR'],
      ['10', '37', 'KOR'],
    ]);

    // Exported in the grid's order, with the same codes under the canonical CSV's names.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export rows shown as CSV' }).click(),
    ]);
    const exported = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(exported.map((r) => [r.regime, r.province, r.partner])).toEqual([
      ['10', '21', 'KOR'],
      ['10', '31', 'KOR'],
      ['10', '37', 'KOR'],
      ['10', '44', 'HKG'],
      ['10', '44', 'MAC'],
    ]);

    // In Korean: the headers and the names, the codes as they are.
    await page.locator('#language').selectOption('ko');
    await expect(page.locator('.ag-header-cell[col-id="regime"]')).toContainText('무역 방식');
    await expect(page.locator('.ag-header-cell[col-id="province"]')).toContainText('지역');
    await expect(cell(page, 0, 'province')).toHaveText('21 · 랴오닝성');
    await expect(cell(page, 0, 'regime')).toHaveText('10 · 일반무역');
    for (const [theme, size] of [
      ['light', { width: 1280, height: 900 }],
      ['dark', { width: 1280, height: 900 }],
      ['light', { width: 800, height: 600 }],
      ['dark', { width: 800, height: 600 }],
    ] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize(size);
      await expect(cell(page, 0, 'province')).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `grid-splits-ko-${size.width}-${theme}.png`) });
    }
    expect(problems).toEqual([]);
  });
});

test.describe('the records grid of plain files', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) => use((db: string) => void tidemark('import', SAMPLE, '--goods', 'all', '--db', db)),
  });

  test('shows no regime, province, transport or second partner column', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    // The grid asks what the database holds when it opens: its columns are settled once that answer is drawn.
    const held = page.waitForResponse((r) => r.url().includes('/api/call/dimensions'));
    await page.getByRole('tab', { name: 'Data' }).click();
    await held;
    await expect(cell(page, 0, 'description')).toBeVisible();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // As before: the 11 columns and the row's checkbox, none of them a split's.
    expect(await columnCount(page)).toBe('12');
    expect((await headers(page)).filter((id) => SPLIT_IDS.includes(id!))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
