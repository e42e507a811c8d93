import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DPRK_EXPORTS_JSON, skipWithoutCorpora } from './helpers/corpora';
import { dropFiles } from './helpers/drop';
import { cell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/**
 * UN Comtrade+ probe output: China's IMPORTS from North Korea (North Korea's exports), by year, with no
 * reporter, partner or flow in it. Its name says "exports" (North Korea's), so the dialog offers no flow from
 * the name: it names no reporter for the word to belong to.
 */
const NAME = 'comtrade_china_dprk_exports.json';

test.describe('a file imported with a wrong answer', () => {
  skipWithoutCorpora(DPRK_EXPORTS_JSON);

  test('dropped again, says how to import it with other answers, and offers the revert that allows it', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(host.url);
    const drop = () =>
      dropFiles(page, [{ name: NAME, type: 'application/json', content: readFileSync(DPRK_EXPORTS_JSON) }]);

    // The newcomer reads "exports" in the name and answers Exports: no answer was chosen for them.
    await drop();
    let dialog = page.getByRole('dialog', { name: `Import ${NAME}` });
    await dialog.getByLabel(/^Reporter/).fill('CHN');
    await dialog.getByLabel(/^Partner/).fill('PRK');
    const flow = dialog.getByRole('group', { name: 'Flow' });
    await expect(flow.getByRole('radio', { name: 'Exports' })).toBeVisible();
    await expect(flow.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(dialog.getByText(/Suggested from the file name/)).toHaveCount(0);
    await dialog.getByRole('radio', { name: 'Exports' }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('records-total')).toHaveText('72 records');
    await expect(cell(page, 0, 'flow')).toHaveText('Exports');
    await page.getByRole('button', { name: 'Dismiss' }).click();

    // Reading the source, they see it is China's imports, and drop the file again to say so: no question is
    // asked of a file held. The result had said only "nothing was imported again".
    await drop();
    const report = page.getByRole('table', { name: 'Import results' });
    const row = report.getByRole('row', { name: new RegExp(NAME) });
    await expect(row).toContainText(
      'To import it with other answers (another flow or period), revert that import, then import the file again.',
    );
    await page.screenshot(shot('import-again-other-answers'));
    await row.getByRole('button', { name: 'Revert import #1…' }).click();
    await page
      .getByRole('dialog', { name: `Revert the import of ${NAME}?` })
      .getByRole('button', { name: 'Remove 72 rows' })
      .click();
    await expect(page.getByTestId('records-total')).toHaveText('0 records');

    // Now the file is asked about again, and goes in as China's imports.
    await drop();
    dialog = page.getByRole('dialog', { name: `Import ${NAME}` });
    await dialog.getByLabel(/^Reporter/).fill('CHN');
    await dialog.getByLabel(/^Partner/).fill('PRK');
    await dialog.getByRole('radio', { name: 'Imports' }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('records-total')).toHaveText('72 records');
    await expect(cell(page, 0, 'flow')).toHaveText('Imports');
    expect(problems).toEqual([]);
  });
});
