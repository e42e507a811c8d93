import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dropFiles } from './helpers/drop';
import { cell, editCell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { confirmImport } from './helpers/import-dialog';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'docs', 'screens', `${name}.png`) });
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit,source';

/** Every value the task bar's progress bar took, from now on: a revert must show life before it ends. */
async function watchBar(page: Page): Promise<() => Promise<(string | null)[]>> {
  await page.evaluate(() => {
    const seen: (string | null)[] = [];
    (window as unknown as { barValues: (string | null)[] }).barValues = seen;
    const observer = new MutationObserver(() => {
      for (const bar of document.querySelectorAll('[data-testid="task-progress"]')) {
        const v = bar.getAttribute('aria-valuenow');
        if (seen.at(-1) !== v) seen.push(v);
      }
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow'],
    });
  });
  return () => page.evaluate(() => (window as unknown as { barValues: (string | null)[] }).barValues);
}

test('reverting a large import asks first, shows its progress, can be cancelled, and undo brings it back with progress too', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  const problems = watchConsole(page);
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-e2e-revert-'));
  const ROWS = 120_000;
  const path = join(dir, 'big.csv');
  const lines = ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit'];
  for (let i = 0; i < ROWS; i++)
    lines.push(
      `${2000 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,export,HS,${String(i).padStart(8, '0')},Item ${i},${i + 1},USD,,`,
    );
  writeFileSync(path, lines.join('\n'));
  try {
    await page.goto(host.url);
    // Ctrl+O only works once the app has loaded its shortcuts; pressed earlier it is lost.
    await expect(page.getByTestId('records-total')).toHaveText('0 records');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
    await chooser.setFiles(path);
    await confirmImport(page, 'big.csv');
    const db = page.getByTestId('sidebar-db');
    await expect(db).toContainText('120,000 records', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Dismiss' }).click();

    // From the Imports tab: Revert… asks, naming the rows it will remove.
    await page.getByRole('tab', { name: 'Imports' }).click();
    await page.getByRole('button', { name: 'Revert the import of big.csv' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revert the import of big.csv?' });
    await expect(confirm).toContainText('This removes its 120,000 rows from every view, chart and brief');
    await expect(confirm).toContainText('Undo (Ctrl+Z) brings them back');
    await page.screenshot(shot('revert-confirm'));
    // Keep them: nothing happens.
    await confirm.getByRole('button', { name: 'Keep them' }).click();
    await expect(db).toContainText('120,000 records');

    // Cancelled half-way, it leaves every row where it was.
    await page.getByRole('button', { name: 'Revert the import of big.csv' }).click();
    await page
      .getByRole('dialog', { name: 'Revert the import of big.csv?' })
      .getByRole('button', { name: 'Remove 120,000 rows' })
      .click();
    const tasks = page.getByTestId('tasks');
    await tasks.getByRole('button', { name: 'Cancel: Reverting: big.csv' }).click();
    await expect(tasks).toContainText('Stopped: big.csv. Nothing was changed.');
    await expect(db).toContainText('120,000 records');
    await expect(page.getByTestId('sidebar-batches')).not.toContainText('reverted');

    // Done to the end: a bar that moves, then what happened.
    const barValues = await watchBar(page);
    await page.getByRole('button', { name: 'Revert the import of big.csv' }).click();
    await page
      .getByRole('dialog', { name: 'Revert the import of big.csv?' })
      .getByRole('button', { name: 'Remove 120,000 rows' })
      .click();
    // Named "Reverting: big.csv" while it runs, "big.csv" once ended (a fast machine may end it first).
    await expect(tasks.getByRole('progressbar', { name: /^(Reverting: )?big\.csv$/ })).toBeVisible();
    await page.screenshot(shot('revert-progress'));
    await expect(tasks).toContainText(
      'Reverted the import of big.csv: 120,000 rows removed. Ctrl+Z brings them back.',
      { timeout: 120_000 },
    );
    await expect(tasks.getByRole('progressbar', { name: 'big.csv', exact: true })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    const seen = await barValues();
    console.log(`[measure] revert progress values seen: ${JSON.stringify(seen)}`);
    expect(seen.some((v) => v === null || Number(v) < 100)).toBe(true);
    await expect(db).toContainText('0 records');
    await expect(page.getByRole('table', { name: 'Import batches' })).toContainText('Reverted');

    // Undo in the Data tab names the step, runs with its own bar, and brings the rows back.
    await page.getByRole('tab', { name: 'Data' }).click();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toHaveAttribute('title', 'Undo: Revert the import of big.csv (Ctrl+Z)');
    await undo.click();
    await expect(tasks).toContainText('Undone: Revert the import of big.csv (120,000 rows).', { timeout: 120_000 });
    await expect(page.getByTestId('records-status')).toHaveText('Undone: Revert the import of big.csv (120,000 rows).');
    await expect(db).toContainText('120,000 records');
    await page.screenshot(shot('revert-undone'));
    // Nothing left to undo: the button says so, and Ctrl+Z says so in words that read.
    await expect(undo).toBeDisabled();
    await cell(page, 0, 'period').click();
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('records-status')).toHaveText('Nothing to undo.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
});

test('edits are marked, figures that include them say so, currencies are not sorted as one, a batch opens its rows, its source is a link', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  const rows = [
    '2020-11,CHN,PRK,import,HS,27160000,Electrical energy,1122812,USD,,,https://www.reuters.com/article/x',
    '2020-11,CHN,PRK,import,HS,33049900,Cosmetics,1854,USD,,,https://www.reuters.com/article/x',
    '2020-11,CHN,KOR,export,HS,10063020,Rice,7654321,CNY,,,',
    '2020-12,CHN,PRK,import,HS,27160000,Electrical energy,900000,USD,,,',
  ];
  await page.goto(host.url);
  await dropFiles(page, [
    {
      name: 'mixed.csv',
      type: 'text/csv',
      content: Buffer.from([HEADER, ...rows, '2020-13,CHN,PRK,import,HS,01,bad,1,USD,,,'].join('\n')),
    },
  ]);
  // Each month's rows are all the goods it traded: said in the import's scope question.
  await confirmImport(page, 'mixed.csv', { goods: 'all' });
  await expect(page.getByTestId('records-total')).toHaveText('4 records');
  // Nothing done yet: nothing to undo or redo.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled();

  // An edited cell is marked, with a legend; the figures that include it say so.
  await editCell(page, 1, 'value', '2000');
  await expect(page.getByTestId('records-status')).toContainText('Saved value of record');
  await expect(cell(page, 1, 'value')).toHaveClass(/records__cell--edited/);
  await expect(cell(page, 0, 'value')).not.toHaveClass(/records__cell--edited/);
  await expect(page.getByTestId('edited-legend')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
  await page.screenshot(shot('edited-cell'));

  await page.getByRole('tab', { name: 'Brief' }).click();
  await page.getByLabel('Brief month').selectOption('2020-11');
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText(
    'edited by hand in Tidemark after import (1 record)',
  );
  await page.getByRole('tab', { name: 'Charts' }).click();
  await page.getByLabel('Series 1 flow').selectOption({ label: 'Imports' });
  await expect(page.getByTestId('chart-caption')).toContainText('edited by hand');

  // Sorting Value across USD and CNY warns, and one click shows one currency.
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.locator('[data-testid="records-grid"] .ag-header-cell[col-id="value"] .ag-header-cell-label').click();
  const warning = page.getByTestId('currency-sort');
  await expect(warning).toContainText('Sorted by value across CNY, USD');
  await page.screenshot(shot('currency-sort'));
  await warning.getByRole('button', { name: 'Only USD' }).click();
  await expect(page.getByTestId('records-total')).toHaveText('3 records match');
  await expect(warning).toHaveCount(0);

  // A batch in the sidebar opens its rows; its rejects are one click away.
  await page.getByTestId('sidebar-batches').getByRole('button', { name: 'mixed.csv', exact: true }).click();
  const chip = page.getByTestId('opened-rows');
  await expect(chip).toContainText('Showing the rows of import #1: mixed.csv');
  await expect(page.getByTestId('records-total')).toHaveText('4 records match');
  await chip.getByRole('button', { name: 'Show its 1 rejected row' }).click();
  await expect(page.getByRole('tab', { name: 'Imports' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('rejects-table').locator('tbody tr')).toHaveCount(1);

  // The provenance panel's source is a link that opens outside the app.
  await page.getByRole('tab', { name: 'Data' }).click();
  await cell(page, 0, 'code').click();
  await page.getByRole('button', { name: 'Source' }).click();
  const link = page.getByTestId('record-source').getByRole('link', { name: 'https://www.reuters.com/article/x' });
  await expect(link).toHaveAttribute('href', 'https://www.reuters.com/article/x');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);

  // Undo takes the edit back; the mark goes, and Redo says what it would do.
  await cell(page, 0, 'period').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('records-status')).toContainText('Undone: Edit value of record');
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toHaveAttribute(
    'title',
    /^Redo: Edit value of record \d+ \(Ctrl\+Shift\+Z\)$/,
  );
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('records-status')).toContainText('Redone: Edit value of record');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('records-status')).toHaveText('Nothing to redo.');
  expect(problems).toEqual([]);
});
