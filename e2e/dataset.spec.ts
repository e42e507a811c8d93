import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { docsShot } from './helpers/docs-shots';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
// The host's local copies of opened datasets go here, not into the user's cache folder.
process.env.TIDEMARK_CACHE_DIR = mkdtempSync(join(tmpdir(), 'tidemark-e2e-cache-'));

async function briefText(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Brief' }).click();
  await page.getByLabel('Brief reporter').selectOption('CHN');
  await page.getByLabel('Brief partner').selectOption('PRK');
  await page.getByLabel('Brief month').selectOption('2020-11');
  const brief = page.getByTestId('brief-text');
  await expect(brief).toContainText('2020');
  return (await brief.textContent()) ?? '';
}

test.describe('a Parquet dataset beside the database, opened read-only', () => {
  // The sample in a database of its own, exported as a dataset beside it, as a colleague would share it.
  const prepare = (dbPath: string) => {
    tidemark('import', join(root, 'resources/sample/nk-china-published.csv'), '--db', dbPath, '--goods', 'all');
    tidemark('export', '--db', dbPath, '--parquet', join(dirname(dbPath), 'nk-parquet'));
  };
  // Playwright reads a fixture's first parameter as a destructuring pattern, so it must be `{}`.
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('reads the same figures, with editing, importing and reverting off and saying why', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    const total = page.getByTestId('records-total');
    await expect(total).toHaveText('26 records');
    const fromDatabase = await briefText(page);

    await page.getByRole('button', { name: 'Open the Parquet dataset nk-parquet, read-only' }).click();
    const notice = page.getByTestId('read-only-notice');
    await expect(notice).toContainText('Read-only: this is the Parquet dataset nk-parquet.');
    await expect(notice).toContainText('Make changes in the Tidemark database it was exported from');
    await expect(page.getByTestId('sidebar-db')).toContainText('nk-parquet');
    await expect(page.getByTestId('sidebar-db')).toContainText('Parquet dataset · read-only');
    expect(await briefText(page)).toBe(fromDatabase);

    await page.getByRole('tab', { name: 'Data' }).click();
    await expect(total).toHaveText('26 records');
    await expect(page.getByRole('button', { name: /^Import files/ })).toBeDisabled();
    // A double-click opens no editor: the value stays as the dataset holds it.
    await cell(page, 0, 'value').dblclick();
    await expect(page.locator('[data-testid="records-grid"] .ag-cell-inline-editing')).toHaveCount(0);
    await page.screenshot(docsShot('dataset-read-only-1280-light'));

    await page.getByRole('tab', { name: 'Imports' }).click();
    await expect(page.getByRole('button', { name: /^Revert the import of/ }).first()).toBeDisabled();
    // The dataset holds each file's rows current when it was exported, not a count of those it imported: the
    // column says so, as `tidemark batches` does, and claims no count of rejected rows the dataset does not keep.
    const batches = page.getByTestId('batches-table');
    await expect(batches.getByRole('columnheader', { name: 'Exported' })).toBeVisible();
    await expect(batches.getByRole('columnheader', { name: 'Rows', exact: true })).toHaveCount(0);
    const sample = batches.getByRole('row').filter({ hasText: 'nk-china-published.csv' });
    await expect(sample.locator('td.num').first()).toHaveText('26');
    await expect(sample.getByTestId('rejected-not-kept')).toHaveText('—');
    expect(problems).toEqual([]);
  });

  test('exports the open database as a dataset beside it, which then opens read-only', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Export as Parquet dataset…' }).click();
    const folder = page.getByLabel('Folder of the Parquet dataset, beside this database');
    // A folder that already holds files is never written into.
    await folder.fill('nk-parquet');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('already holds files');
    await folder.fill('../outside');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('no folders');
    await folder.fill('my-parquet');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Wrote the Parquet dataset my-parquet' })).toBeVisible();
    await page.getByRole('button', { name: 'Open the Parquet dataset my-parquet, read-only' }).click();
    await expect(page.getByTestId('read-only-notice')).toContainText('my-parquet');
    await expect(page.getByTestId('records-total')).toHaveText('26 records');
    expect(problems).toEqual([]);
  });

  test('says it in Korean, in the dark, on a small window', async ({ page, host }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Open the Parquet dataset nk-parquet, read-only' }).click();
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await page.getByLabel('Language').selectOption('ko');
    await expect(page.getByTestId('read-only-notice')).toContainText('읽기 전용: Parquet 데이터셋 nk-parquet입니다.');
    await expect(page.getByTestId('sidebar-db')).toContainText('Parquet 데이터셋 · 읽기 전용');
    await page.screenshot(docsShot('dataset-read-only-ko-900-dark'));
  });
});
