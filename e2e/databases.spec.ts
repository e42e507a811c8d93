import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const shot = (name: string) => ({
  path: join(import.meta.dirname, '..', 'test-results', 'screens', `${name}.png`),
  fullPage: true,
});

test.describe('databases in the browser host', () => {
  test.use({ sample: true });

  test('a new database starts empty, and the first one opens back with its records', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    const total = page.getByTestId('records-total');
    await expect(total).toHaveText(/^[1-9][\d,]* records$/);
    const before = await total.textContent();
    const dbName = page.getByTestId('sidebar-db');
    await expect(dbName).toContainText('e2e.sqlite');

    await page.getByRole('button', { name: 'New database…' }).click();
    await page.getByLabel('Name of the new database').fill('../escape');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByRole('alert')).toContainText('no folders');

    await page.getByLabel('Name of the new database').fill('second');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(dbName).toContainText('second.sqlite');
    await expect(total).toHaveText('0 records');
    await expect(page.getByTestId('sidebar-batches').locator('li')).toHaveCount(0);
    await page.screenshot(shot('databases-01-second'));

    await page.getByRole('button', { name: 'Open the database e2e.sqlite' }).click();
    await expect(dbName).toContainText('e2e.sqlite');
    await expect(total).toHaveText(before!);
    await expect(page.getByRole('button', { name: 'Open the database second.sqlite' })).toBeVisible();
    await page.screenshot(shot('databases-02-back'));
    expect(problems).toEqual([]);
  });
});
