import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { parseCsv } from './helpers/csv';
import { libreOfficeHtmlContent } from './helpers/readers';
import { cell, cellText, editCell, filterColumn, revertImportOf } from './helpers/grid';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';
import { dropFiles } from './helpers/drop';
import { confirmImport } from './helpers/import-dialog';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`), fullPage: true });
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
const CODES = ['0101', '2701', '2709', '0302', '2716', '8703'];

/** 30 rows; codes with leading zeros, and one description a spreadsheet would run as a formula. */
function deskCsv(): string {
  const lines = [HEADER];
  for (let i = 0; i < 30; i++) {
    const code = CODES[i % CODES.length]!;
    const desc = i === 1 ? '=HYPERLINK("http://example.com","click")' : `Item ${i}`;
    lines.push(
      `2023-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,${i % 2 ? 'import' : 'export'},HS,${code},"${desc.replaceAll('"', '""')}",${1000 + i},USD,,t`,
    );
  }
  return lines.join('\n');
}

/**
 * Imports through the same API the drop zone ends in (an upload, then importFiles with the copy the host
 * keeps), so this spec is about the grid, not the import dialog. The host reads no other path the page names.
 */
async function importFile(page: Page, path: string): Promise<void> {
  const result = await page.evaluate(
    async ({ text, name }) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="tidemark-token"]')?.content ?? '';
      const up = await fetch(`/api/upload?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'x-tidemark-token': token },
        body: text,
      });
      const file = (await up.json()) as { path: string; name: string };
      const r = await fetch('/api/call/importFiles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tidemark-token': token },
        body: JSON.stringify({ files: [file], options: {} }),
      });
      return (await r.json()) as { ok: boolean };
    },
    { text: readFileSync(path, 'utf8'), name: 'desk.csv' },
  );
  expect(result.ok).toBe(true);
}

async function openData(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: 'Data' });
  if (await tab.count()) await tab.click();
}

const total = (page: Page) => page.getByTestId('records-total');
const status = (page: Page) => page.getByTestId('records-status');

/** The desk file imported through the host, the page reloaded on the Data tab, and the clipboard readable. */
async function openDesk(page: Page, url: string, context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-desk-'));
  writeFileSync(join(dir, 'desk.csv'), deskCsv());
  await page.goto(url);
  await importFile(page, join(dir, 'desk.csv'));
  await page.reload();
  await openData(page);
}

/** Ctrl+C with the rows at these positions selected: what the grid put on the clipboard, TSV and HTML. */
async function copyRows(page: Page, rows: number[]): Promise<{ tsv: string; html: string }> {
  for (const i of rows)
    await page.locator(`[data-testid="records-grid"] .ag-row[row-index="${i}"] input.records__select`).first().check();
  await cell(page, 0, 'period').click();
  await page.keyboard.press('Control+c');
  await expect(status(page)).toHaveText(`Copied ${rows.length} rows as TSV.`);
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      tsv: await (await item!.getType('text/plain')).text(),
      html: await (await item!.getType('text/html')).text(),
    };
  });
}

test('the data grid as an editing desk: edit, undo/redo across a reload, audit, provenance, delete/restore, export', async ({
  page,
  host,
}) => {
  // A long walk through the desk, and the revert now asks first: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-desk-'));
  const csvPath = join(dir, 'desk.csv');
  writeFileSync(csvPath, deskCsv());

  await page.goto(host.url);
  await importFile(page, csvPath);
  await page.reload();
  await openData(page);
  await expect(total(page)).toHaveText('30 records');
  await expect(cell(page, 0, 'code')).toHaveText('0101');

  // Edit, then undo and redo from the keyboard: the edit log in the database, not AG Grid's stack.
  await editCell(page, 0, 'value', '1600000');
  await expect(status(page)).toContainText('Saved value of record');
  await expect(cell(page, 0, 'value')).toHaveText('1,600,000');
  await cell(page, 0, 'period').click();
  await page.keyboard.press('Control+z');
  await expect(cell(page, 0, 'value')).toHaveText('1,000');
  await expect(status(page)).toContainText('Undone: Edit value of record');
  await page.keyboard.press('Control+Shift+z');
  await expect(cell(page, 0, 'value')).toHaveText('1,600,000');
  await page.screenshot(shot('data-grid-1-edited'));

  // The state and the stack persist: after a reload the edit is there and can still be undone and redone.
  await page.reload();
  await openData(page);
  await expect(cell(page, 0, 'value')).toHaveText('1,600,000');
  await cell(page, 0, 'period').click();
  await page.keyboard.press('Control+z');
  await expect(cell(page, 0, 'value')).toHaveText('1,000');
  await page.keyboard.press('Control+Shift+z');
  await expect(cell(page, 0, 'value')).toHaveText('1,600,000');

  // Audit panel: each change to the record, when, old and new.
  await cell(page, 0, 'code').click();
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByTestId('record-history');
  await expect(history.getByRole('row')).toHaveCount(1 + 5); // header + edit, undo, redo, undo, redo
  await expect(history.getByRole('row').nth(1)).toContainText('Edited');
  await expect(history.getByRole('row').nth(1)).toContainText('1600000');
  await page.screenshot(shot('data-grid-2-history'));

  // Provenance panel: the file, the row, and the value as imported, before the edit.
  await page.getByRole('button', { name: 'Source' }).click();
  const source = page.getByTestId('record-source');
  await expect(source).toContainText('desk.csv');
  await expect(source).toContainText('row 2');
  await expect(
    source.getByRole('table', { name: 'Values as imported' }).getByRole('row', { name: /value/i }),
  ).toContainText('1000');
  // The raw cells, re-read from the copy of desk.csv kept with its import: the file's text, not the edit.
  const raw = source.getByRole('table', { name: 'Raw cells in the file' });
  await expect(raw.getByRole('row', { name: /^value/ })).toContainText('1000');
  await expect(raw.getByRole('row', { name: /^description/ })).toContainText('Item 0');
  await page.screenshot(shot('data-grid-3-source'));
  await source.getByRole('button', { name: 'Close panel' }).click();

  // Delete a row, find it among the deleted rows, restore it.
  const secondCode = await cellText(page, 1, 'description');
  await page.locator('[data-testid="records-grid"] .ag-row[row-index="1"] input.records__select').first().check();
  await page.getByRole('button', { name: /Delete selected/ }).click();
  await expect(total(page)).toHaveText('29 records');
  await expect(cell(page, 1, 'description')).not.toHaveText(secondCode);
  await page.getByLabel('Show deleted rows').check();
  await expect(total(page)).toHaveText('1 deleted record');
  await expect(cell(page, 0, 'description')).toHaveText(secondCode);
  await page.screenshot(shot('data-grid-4-deleted'));
  await page.locator('[data-testid="records-grid"] .ag-row[row-index="0"] input.records__select').first().check();
  await page.getByRole('button', { name: /Restore selected/ }).click();
  await expect(total(page)).toHaveText('0 deleted records');
  await page.getByLabel('Show deleted rows').uncheck();
  await expect(total(page)).toHaveText('30 records');

  // Paste from Excel: two cells of TSV into the unit column, each saved through the core.
  await cell(page, 2, 'unit').click();
  await cell(page, 2, 'unit').evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'kg\r\nkg\r\n');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(status(page)).toHaveText('Pasted 2 cells. Ctrl+Z undoes the paste.');
  await expect(cell(page, 2, 'unit')).toHaveText('kg');
  await expect(cell(page, 3, 'unit')).toHaveText('kg');
  // One Ctrl+Z takes back the whole paste; Ctrl+Shift+Z puts it back.
  await page.keyboard.press('Control+z');
  await expect(cell(page, 2, 'unit')).toHaveText('t');
  await expect(cell(page, 3, 'unit')).toHaveText('t');
  await page.keyboard.press('Control+Shift+z');
  await expect(cell(page, 3, 'unit')).toHaveText('kg');

  // Export exactly what a filtered grid shows.
  await filterColumn(page, 'code', '0101');
  await expect(total(page)).toHaveText('5 records match'); // contains 0101: every sixth row
  await page.keyboard.press('Escape');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export rows shown as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tidemark-records.csv');
  const exported = readFileSync(await download.path(), 'utf8');
  // A BOM first, for Excel; then the canonical header.
  expect(exported.split('\n')[0]).toBe(`\uFEFF${HEADER}`);
  const rows = parseCsv(exported);
  expect(rows).toHaveLength(5);
  expect(rows.every((r) => r.code === '0101')).toBe(true);
  expect(rows[0]!.value).toBe('1600000');
  await expect(status(page)).toContainText('Exported 5 rows');
  await page.screenshot(shot('data-grid-5-exported'));

  // Revert the whole import from the source panel, in one action, and undo that too.
  await revertImportOf(page, 0, 'desk.csv', 'Remove 30 rows');
  await expect(page.getByTestId('tasks')).toContainText('Reverted the import of desk.csv: 30 rows removed.');
  await expect(total(page)).toHaveText('0 records match');
  await page.screenshot(shot('data-grid-7-reverted'));
  await page.keyboard.press('Control+z');
  await expect(total(page)).toHaveText('5 records match');

  expect(problems).toEqual([]);
});

test('a conflicting edit is shown with the current value, not overwritten', async ({ page, host }) => {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-desk-'));
  writeFileSync(join(dir, 'desk.csv'), deskCsv());
  await page.goto(host.url);
  await importFile(page, join(dir, 'desk.csv'));
  await page.reload();
  await openData(page);
  await expect(cell(page, 0, 'unit')).toHaveText('t');
  // Someone else (another window) changes the record after this grid loaded it.
  await page.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="tidemark-token"]')?.content ?? '';
    await fetch('/api/call/updateRecord', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tidemark-token': token },
      body: JSON.stringify({ id: 1, field: 'unit', value: 'kg', version: 1 }),
    });
  });
  await editCell(page, 0, 'unit', 'm3');
  const alert = status(page);
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('Not saved (conflict)');
  await expect(alert).toContainText('was "t" when you started, you typed "m3", and it is now "kg"');
  await expect(cell(page, 0, 'unit')).toHaveText('kg');
  await page.screenshot(shot('data-grid-6-conflict'));
});

test('copies selected rows for Excel with codes intact, and reopens a saved view after a reload', async ({
  page,
  host,
  context,
}) => {
  const problems = watchConsole(page);
  await openDesk(page, host.url, context);
  await expect(total(page)).toHaveText('30 records');

  // Ctrl+C with two rows selected: TSV for any program, and HTML that tells Excel the codes are text.
  const copied = await copyRows(page, [0, 3]);
  const lines = copied.tsv
    .trim()
    .split('\r\n')
    .map((l) => l.split('\t'));
  expect(lines[0]).toEqual([
    'Period',
    'Reporter',
    'Partner',
    'Flow',
    'Class.',
    'Code',
    'Description',
    'Value',
    'Cur.',
    'Quantity',
    'Unit',
  ]);
  expect(lines.slice(1).map((l) => l[5])).toEqual(['0101', '0302']);
  expect(copied.html).toContain(`mso-number-format:'\\@'">0302</td>`);

  // A view keeps the sort; after a reload it comes back from the database.
  const valueHeader = page.locator(
    '[data-testid="records-grid"] .ag-header-cell[col-id="value"] .ag-header-cell-label',
  );
  // Each click is seen through before the next: in a loaded CI run the second of two quick clicks once
  // left the first rows unsorted (1,000 at the top for 10 s), which no run here has reproduced.
  const valueSort = page.locator('[data-testid="records-grid"] .ag-header-cell[col-id="value"]');
  await valueHeader.click();
  await expect(valueSort).toHaveAttribute('aria-sort', 'ascending');
  await expect(cell(page, 0, 'value')).toHaveText('1,000');
  await valueHeader.click();
  await expect(valueSort).toHaveAttribute('aria-sort', 'descending');
  await expect(cell(page, 0, 'value')).toHaveText('1,029');
  await page.getByLabel('Name for this view').fill('Largest first');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(status(page)).toHaveText('Saved view "Largest first".');
  await page.reload();
  await openData(page);
  // The grid comes back as it was left (its sort is kept per database); cleared, the saved view brings it back.
  await expect(cell(page, 0, 'value')).toHaveText('1,029');
  await valueHeader.click();
  await expect(cell(page, 0, 'value')).toHaveText('1,000');
  await page.getByLabel('Saved view').selectOption('Largest first');
  await expect(cell(page, 0, 'value')).toHaveText('1,029');
  await expect(page.getByLabel('Saved view')).toHaveValue('Largest first');
  await page.screenshot(shot('data-grid-8-view'));
  expect(problems).toEqual([]);
});

test('a copy pasted into LibreOffice Calc keeps codes as text and runs no formula', async ({ page, host, context }) => {
  // Calc reads the HTML flavour of a paste: it ran "=HYPERLINK(…)" and made 0101 the number 101, since it
  // ignores Excel's mso-number-format. Calc's own mark of a text cell (sdnum "@") keeps both as written.
  const problems = watchConsole(page);
  await openDesk(page, host.url, context);
  await expect(cell(page, 1, 'description')).toHaveText('=HYPERLINK("http://example.com","click")');
  const calc = libreOfficeHtmlContent((await copyRows(page, [0, 1])).html);
  test.skip(calc === null, 'needs LibreOffice (apt-get install -y libreoffice-calc-nogui)');
  expect(calc).not.toContain('table:formula');
  expect(calc).toContain('<text:p>=HYPERLINK(&quot;http://example.com&quot;,&quot;click&quot;)</text:p>');
  expect(calc).toContain('<text:p>0101</text:p>');
  expect(calc).not.toMatch(/office:value="101"/);
  expect(problems).toEqual([]);
});

test('a record’s source keeps its field names whole beside a long description', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-source-'));
  const path = join(dir, 'desk.csv');
  // SITC 77's name as UN Comtrade writes it: long enough to squeeze the label column of a 380-px panel.
  const sitc77 =
    'Electrical machinery, apparatus and appliances, n.e.s., and electrical parts thereof (including non-electrical counterparts, n.e.s., of electrical household-type equipment)';
  writeFileSync(path, [HEADER, `2013,CHN,HKG,export,S4,77,"${sitc77}",114860951343,USD,,`].join('\n'));
  await importFile(page, path);
  await page.reload();
  await openData(page);
  // One record, said in the singular.
  await expect(page.getByTestId('sidebar-db').getByText(/^1 record · schema v\d+$/)).toBeVisible();
  await cell(page, 0, 'code').click();
  await page.getByRole('button', { name: 'Source' }).click();
  const asImported = page.getByTestId('record-source').getByRole('table', { name: 'Values as imported' });
  await expect(asImported).toContainText('household-type equipment');
  // Each label ("Period", "Description", "Quantity") is one word: it must sit on one line, not be cut into
  // "Peri / od".
  const lines = await asImported.locator('tbody th').evaluateAll((ths) =>
    ths.map((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      return `${th.textContent}: ${range.getClientRects().length}`;
    }),
  );
  expect(lines.length).toBeGreaterThan(5);
  expect(lines.filter((l) => !l.endsWith(': 1'))).toEqual([]);
  await page.screenshot(shot('data-grid-9-source-labels'));
  expect(problems).toEqual([]);
});

test('rows an import brings into a grid first drawn empty are shown whole', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await openData(page);
  await expect(total(page)).toHaveText('0 records');
  // China's soybean imports as GACC states them: values and quantities of eleven digits; then a second file.
  const soy = [HEADER];
  for (let i = 0; i < 12; i++)
    soy.push(
      `2024-${String(i + 1).padStart(2, '0')},CHN,BRA,import,HS,12019019,Soya,${16536067327 + i},CNY,${40746705310 + i},kg`,
    );
  const small = [HEADER, '2025-01,CHN,USA,export,HS,12011000,Seed,23416,CNY,908,kg'];
  await dropFiles(page, [
    { name: 'soy.csv', type: 'text/csv', content: Buffer.from(soy.join('\n')) },
    { name: 'seed.csv', type: 'text/csv', content: Buffer.from(small.join('\n')) },
  ]);
  await confirmImport(page, 'soy.csv');
  await confirmImport(page, 'seed.csv');
  await expect(total(page)).toHaveText('13 records');
  await expect(cell(page, 0, 'quantity')).toHaveText('40,746,705,310');
  // The columns widen once the new rows are drawn (WIDEN_DELAY_MS after them): asked until then, not at once.
  const cut = () =>
    page
      .locator(
        '[data-testid="records-grid"] .ag-center-cols-container .ag-cell:is([col-id="value"], [col-id="quantity"])',
      )
      .evaluateAll((cells) =>
        cells
          .map((c) => c.querySelector('.ag-cell-value') ?? c)
          .filter((v) => v.scrollWidth > v.clientWidth)
          .map((v) => v.textContent),
      );
  await expect.poll(cut, { message: 'figures cut short by their column' }).toEqual([]);
  expect(problems).toEqual([]);
});
