import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropFiles } from './helpers/drop';
import { monthlySums, parseCsv } from './helpers/csv';
import { cell, editCell, gridRows } from './helpers/grid';
import { confirmImport } from './helpers/import-dialog';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';
import type { Page } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const FIXTURE = 'nk-china-2023.csv';
const fixtureText = readFileSync(join(import.meta.dirname, 'fixtures', FIXTURE), 'utf8');
/** The first series' plotted points, from the table that carries the chart's numbers, periods without data left out. */
async function chartPoints(page: Page): Promise<[string, number][]> {
  const rows = await page
    .getByTestId('plot-table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map(
        (tr) =>
          [
            tr.querySelector('th')?.textContent ?? '',
            tr.querySelector('td')?.getAttribute('data-value') ?? '',
          ] as const,
      ),
    );
  return rows.filter(([, v]) => v !== '').map(([p, v]) => [p, Number(v)]);
}

const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`), fullPage: true });

test.describe('a new, empty database', () => {
  test('a dropped CSV is imported, shown, editable, and adds up in the chart', async ({ page, host }) => {
    const problems = watchConsole(page);
    const rows = parseCsv(fixtureText);
    const valid = rows.filter((r) => /^\d{4}-(0[1-9]|1[0-2])$/.test(r.period!));

    await page.goto(host.url);
    await expect(page.getByTestId('records-total')).toHaveText('0 records');
    await page.screenshot(shot('01-empty'));

    await dropFiles(page, [{ name: FIXTURE, type: 'text/csv', content: Buffer.from(fixtureText) }], async () => {
      await expect(page.getByTestId('drop-overlay')).toBeVisible();
      await page.screenshot(shot('02-dragging'));
    });
    // The file is the whole trade of its months, item by item (no TOTAL row to say so): all goods.
    await confirmImport(page, FIXTURE, { goods: 'all' });

    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '100');
    await expect(progress).toHaveAttribute('aria-valuetext', /Done: \d+ rows · 100%/);

    const result = page.getByRole('table', { name: 'Import results' }).getByRole('row', { name: new RegExp(FIXTURE) });
    const counts = await result.getByRole('cell').allTextContents();
    // Result, read, imported, rejected, skipped, duplicate: the bad month is rejected, the blank line skipped.
    expect(counts[0]).toContain('Imported');
    expect(counts.slice(2)).toEqual([String(valid.length), '1', '1', '0']);

    await expect(page.getByTestId('records-total')).toHaveText(`${valid.length} records`);
    await expect(gridRows(page)).toHaveCount(valid.length);
    await expect(cell(page, 0, 'description')).toHaveText(valid[0]!.description!);
    await page.screenshot(shot('03-imported'));

    // An edit the core accepts is saved; one it refuses is put back, with the reason shown.
    await editCell(page, 0, 'value', '1600000');
    await expect(page.getByRole('status').filter({ hasText: 'Saved value' })).toBeVisible();
    await expect(cell(page, 0, 'value')).toHaveText('1,600,000');
    await editCell(page, 1, 'period', '2023-13');
    await expect(page.getByRole('alert').filter({ hasText: 'Could not save period' })).toBeVisible();
    await expect(cell(page, 1, 'period')).toHaveText(valid[1]!.period!);
    await page.screenshot(shot('04-edit-refused'));

    await page.reload();
    await expect(cell(page, 0, 'value')).toHaveText('1,600,000');
    await expect(cell(page, 1, 'period')).toHaveText(valid[1]!.period!);

    // Every month in the fixture has both flows, so total trade is every row of the month, with the edit.
    const edited = valid.map((r, i) => (i === 0 ? { ...r, value: '1600000' } : r));
    const expected = monthlySums(edited, (r) => r.reporter === 'CHN' && r.partner === 'PRK');
    await page.getByRole('tab', { name: 'Charts' }).click();
    await expect(page.getByLabel('Series 1 reporter')).toHaveValue('CHN');
    await expect(page.getByLabel('Series 1 partner')).toHaveValue('PRK');
    await expect(page.getByLabel('Series 1 flow')).toHaveValue('total');
    await expect.poll(() => chartPoints(page)).toEqual(expected);
    await expect(page.getByTestId('trade-chart')).toBeVisible();
    await page.screenshot(shot('05-after-reload'));

    expect(problems).toEqual([]);
  });
});

test.describe('the bundled sample', () => {
  test.use({ sample: true });

  test('a new database opens on the sample data, in the grid and the chart', async ({ page, host }) => {
    const problems = watchConsole(page);
    const sample = parseCsv(readFileSync(join(root, 'resources/sample/nk-china-published.csv'), 'utf8'));

    await page.goto(host.url);
    await expect(page.getByTestId('records-total')).toHaveText(`${sample.length} records`);
    await expect(cell(page, 0, 'period')).toHaveText(sample[0]!.period!);
    await expect(cell(page, 0, 'partner')).toHaveText('North Korea (PRK)');

    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByLabel('Series 1 flow').selectOption('export');
    const expected = monthlySums(sample, (r) => r.reporter === 'CHN' && r.partner === 'PRK' && r.flow === 'export');
    expect(expected.length).toBeGreaterThan(5);
    await expect.poll(() => chartPoints(page)).toEqual(expected);
    await page.screenshot(shot('10-sample'));

    // The core sorts: newest period first puts a 2021 month on top.
    await page.keyboard.press('Control+2');
    await page.locator('[data-testid="records-grid"] .ag-header-cell[col-id="period"]').click();
    await page.locator('[data-testid="records-grid"] .ag-header-cell[col-id="period"]').click();
    const newest = [...sample].sort((a, b) => b.period!.localeCompare(a.period!))[0]!.period!;
    await expect(cell(page, 0, 'period')).toHaveText(newest);
    await page.screenshot(shot('11-sample-sorted'));

    expect(problems).toEqual([]);
  });
});
