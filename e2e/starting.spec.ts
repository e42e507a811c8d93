import { docsShot } from './helpers/docs-shots';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { confirmImport } from './helpers/import-dialog';
import { watchConsole } from './helpers/page-watch';

test.use({ viewport: { width: 1280, height: 720 } });

test.describe('the first database', () => {
  test.use({ sample: true });

  test('says it is a sample, with a link that starts an import; "?" explains the files, the first brief and where the data lives', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    const notice = page.getByTestId('sample-notice');
    await expect(notice).toHaveText('Sample: North Korea–China trade as published; import your own files to begin.');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      notice.getByRole('button', { name: 'import your own files to begin' }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(true);

    await page.getByRole('button', { name: 'Getting started and keyboard shortcuts (?)' }).click();
    const help = page.getByRole('dialog', { name: 'Getting started and keyboard shortcuts' });
    const guide = help.getByTestId('getting-started');
    await expect(guide.getByRole('heading', { name: 'Files Tidemark reads' })).toBeVisible();
    await expect(guide).toContainText('China customs (GACC)');
    await expect(guide).toContainText('UN Comtrade');
    await expect(guide.getByRole('heading', { name: /in four steps/ })).toBeVisible();
    await expect(guide.locator('ol > li')).toHaveCount(4);
    await expect(guide.getByTestId('guide-db-path')).toHaveText(host.dbPath);
    // The shortcuts are still there, below.
    await expect(help.getByRole('row', { name: /Ctrl\+O Import files/ })).toBeVisible();
    await page.screenshot(docsShot('getting-started-1280'));
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // Once the person's own file is in, the database is no longer only the sample.
    const csv =
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit\n2024-01,KOR,PRK,import,HS,0101,Horses,10,USD,,\n';
    await dropFiles(page, [{ name: 'mine.csv', type: 'text/csv', content: Buffer.from(csv) }]);
    await confirmImport(page, 'mine.csv');
    await expect(page.getByTestId('sidebar-db')).toContainText('27 records');
    await expect(notice).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});

test('an empty database says nothing about a sample', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('sidebar-db')).toContainText('0 records');
  await expect(page.getByTestId('sample-notice')).toHaveCount(0);
});
