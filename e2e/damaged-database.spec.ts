import { join } from 'node:path';
import { backupDatabase } from '../src/core/db/backups';
import { openTidemarkDb } from '../src/core/db/open-tidemark';
import { importFile } from '../src/core/import/pipeline/run-import';
import { damageDatabase } from '../src/core/test-support/damage-db';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const shot = (name: string) => ({
  path: join(import.meta.dirname, '..', 'test-results', 'screens', `${name}.png`),
  fullPage: true,
});
const SAMPLE = join(import.meta.dirname, '..', 'resources', 'sample', 'nk-china-published.csv');

test.describe('a database found damaged when the browser host opens it', () => {
  // The sample imported, a backup taken (as before a revert), then a page of the records' table overwritten.
  const prepare = (dbPath: string) => {
    const { db } = openTidemarkDb(dbPath);
    importFile(db, { path: SAMPLE }, {}, () => {});
    backupDatabase(db, dbPath, 'before-revert');
    db.close();
    damageDatabase(dbPath);
  };
  // A function-valued option is given through a fixture function, or Playwright would call it as one;
  // Playwright reads a fixture's first parameter as a destructuring pattern, so it must be `{}`.
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('shows what happened instead of the workspace, and opens the newest backup with its records', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'This database is damaged' })).toBeVisible();
    await expect(page.getByText(/moved aside, with its journal files, to .*e2e\.sqlite\.corrupt-/)).toBeVisible();
    await expect(page.getByText(/The newest backup was taken/)).toBeVisible();
    await expect(page.getByTestId('records-total')).toHaveCount(0);
    await page.screenshot(shot('damaged-database-01-screen'));

    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect(page.getByTestId('records-total')).toHaveText(/^[1-9][\d,]* records$/);
    await expect(page.getByRole('heading', { name: 'This database is damaged' })).toHaveCount(0);
    await page.screenshot(shot('damaged-database-02-restored'));
    expect(problems).toEqual([]);
  });
});
