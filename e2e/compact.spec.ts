import AxeBuilder from '@axe-core/playwright';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { addOldRecords, fixture } from '../src/core/test-support/schema-fixture';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const shot = (name: string) => ({
  path: join(import.meta.dirname, '..', 'test-results', 'screens', `${name}.png`),
  fullPage: true,
});
const MB = 1024 * 1024;

test.describe('a database the host upgraded, with free space worth giving back', () => {
  // A schema 10 database with a few records and 48 MB of pages freed (a dropped scratch table stands in
  // for a large revert): the host upgrades it as it opens it, and the sidebar offers to compact it.
  const prepare = (dbPath: string) => {
    const db = fixture(10, dbPath);
    addOldRecords(db, 100);
    db.exec('CREATE TABLE scratch (b BLOB)');
    const insert = db.prepare('INSERT INTO scratch (b) VALUES (randomblob(?))');
    db.transaction(() => {
      for (let i = 0; i < 48; i++) insert.run(MB);
    })();
    db.exec('DROP TABLE scratch');
    db.close();
  };
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('offers to compact it, asks first, and gives the space back', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(host.url);
    const offer = page.getByTestId('db-space');
    await expect(offer).toContainText(
      /^This database was upgraded; 4\d MB of free space in its file can be given back\.Compact…$/,
    );
    await offer.getByRole('button', { name: 'Compact…' }).click();
    await expect(offer).toContainText(
      /Compacting needs \d+ MB free on the disk and takes about \d+ sec\. Stopped midway, the file stays as it was\./,
    );
    await offer.scrollIntoViewIfNeeded();
    await page.screenshot(shot('compact-01-confirm-900-light'));
    await page.emulateMedia({ colorScheme: 'dark' });
    const contrast = await new AxeBuilder({ page })
      .include('[data-testid="db-space"]')
      .withRules(['color-contrast'])
      .analyze();
    expect(contrast.violations).toEqual([]);
    await page.screenshot(shot('compact-02-confirm-900-dark'));

    const before = statSync(host.dbPath).size;
    await offer.getByRole('button', { name: 'Compact now' }).click();
    await expect(page.getByTestId('db-space')).toHaveText(/^Compacted: 4\d MB → 0\.\d+ MB\.$/, { timeout: 30_000 });
    expect(statSync(host.dbPath).size).toBeLessThan(before / 10);
    await expect(page.getByTestId('tasks')).toContainText('Compacted: 4');
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot(shot('compact-03-done-1600-light'));
    // The records are all there, read by the host's own connection after the compact.
    await expect(page.getByTestId('sidebar-db')).toContainText('104 records');
    expect(problems).toEqual([]);
  });

  test.describe('in Korean', () => {
    test.use({ locale: 'ko-KR' });
    test('says the same in Korean, at 900 by 600 in the dark theme', async ({ page, host }) => {
      await page.setViewportSize({ width: 900, height: 600 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(host.url);
      const offer = page.getByTestId('db-space');
      await expect(offer).toContainText(/업그레이드되었습니다\. 파일 안의 빈 공간 4\d ?MB/);
      await offer.getByRole('button', { name: '압축…' }).click();
      await expect(offer).toContainText(/디스크에 \d+ ?MB의 여유 공간이 필요하고/);
      await expect(offer.getByRole('button', { name: '지금 압축' })).toBeVisible();
      await page.screenshot(shot('compact-04-confirm-900-dark-ko'));
    });
  });
});
