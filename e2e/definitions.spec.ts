import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openTidemarkDb } from '../src/core/db/open-tidemark';
import { importFile } from '../src/core/import/pipeline/run-import';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

async function plotted(page: Page, period: string): Promise<number | null> {
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
  const hit = rows.find(([p]) => p === period);
  return hit && hit[1] !== '' ? Number(hit[1]) : null;
}

test.describe('named definitions on the bundled sample', () => {
  test.use({ sample: true });

  test('“NK exports excl. electricity”: created, charted at $2,382 for November 2020, used in the brief, renamed and deleted', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    const sidebar = page.getByTestId('sidebar-definitions');

    await page.getByRole('button', { name: 'New definition…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New definition' });
    await expect(dialog).toBeVisible();
    // The schema's rules are the dialog's: a bad name and reporter are named, nothing is saved.
    await dialog.getByLabel('Name').fill('NK/exports');
    await dialog.getByLabel('Reporter').fill('CH');
    await dialog.getByRole('button', { name: 'Save definition' }).click();
    await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByLabel('Reporter')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toContainText('code such as CHN');

    await dialog.getByLabel('Name').fill('NK exports excl. electricity');
    await dialog.getByLabel('Reporter').fill('CHN');
    await expect(dialog.getByLabel('Reporter')).toHaveAttribute('aria-invalid', 'false');
    await dialog.getByLabel('Partner').fill('PRK');
    await dialog.getByLabel('Told from').selectOption({ label: "PRK's side" });
    await dialog.getByLabel('Flow').selectOption({ label: 'Exports' });
    await dialog.getByLabel('Exclude codes').fill('2716');
    await dialog.getByLabel('Note').fill('Electricity (HS 2716) is left out.');
    await page.screenshot(shot('defs-01-dialog'));
    await dialog.getByRole('button', { name: 'Save definition' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(sidebar).toContainText('NK exports excl. electricity');

    // The Charts view plots it: November 2020 without the 1,122,812 of electricity is 1,854 + 509 + 19.
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByLabel('Series 1 definition').selectOption('NK exports excl. electricity');
    await expect.poll(() => plotted(page, '2020-11')).toBe(2_382);
    // The disabled boxes show what is plotted: the definition's exports and exclusion, not the series' own Total trade.
    await expect(page.getByLabel('Series 1 flow')).toBeDisabled();
    await expect(page.getByLabel('Series 1 flow')).toHaveValue('export');
    await expect(page.getByLabel('Series 1 partner')).toHaveValue('PRK');
    await expect(page.getByLabel('Series 1 exclude HS')).toHaveValue('2716');
    await expect(page.getByTestId('trade-chart')).toBeVisible();
    await page.screenshot(shot('defs-02-chart'));

    // The brief takes it in place of the Exclude HS box.
    await page.getByRole('tab', { name: 'Brief' }).click();
    await page.getByLabel('Brief reporter').selectOption('CHN');
    await page.getByLabel('Brief partner').selectOption('PRK');
    await page.getByLabel('Brief month').selectOption('2020-11');
    await page.getByLabel('Told from').selectOption('reporter');
    await page.getByLabel('Brief definition').selectOption('NK exports excl. electricity');
    await expect(page.getByLabel('Brief exclude HS')).toBeDisabled();
    // The definition is told from PRK's side, and wins over the box.
    await expect(page.getByLabel('Told from')).toBeDisabled();
    await expect(page.getByLabel('Told from')).toHaveValue('partner');
    await expect(page.getByTestId('brief-text')).toContainText('$2,382');

    // Rename: the old name goes, the new one keeps the same filter.
    await page.getByRole('button', { name: 'Edit definition NK exports excl. electricity' }).click();
    const edit = page.getByRole('dialog', { name: /Edit definition/ });
    await expect(edit.getByLabel('Exclude codes')).toHaveValue('2716');
    await edit.getByLabel('Name').fill('NK exports excl. power');
    await edit.getByRole('button', { name: 'Save definition' }).click();
    await expect(edit).toHaveCount(0);
    await expect(sidebar).toContainText('NK exports excl. power');
    await expect(sidebar).not.toContainText('NK exports excl. electricity');
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByLabel('Series 1 definition').selectOption('NK exports excl. power');
    await expect.poll(() => plotted(page, '2020-11')).toBe(2_382);

    // Delete asks first; Cancel keeps it, the confirm removes it.
    await page.getByRole('button', { name: 'Delete definition NK exports excl. power' }).click();
    const confirm = page.getByRole('dialog', { name: /Delete the definition/ });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(sidebar).toContainText('NK exports excl. power');
    await page.getByRole('button', { name: 'Delete definition NK exports excl. power' }).click();
    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    await expect(sidebar).not.toContainText('NK exports excl. power');
    await expect(page.getByRole('status').filter({ hasText: 'Deleted “NK exports excl. power”.' })).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe('a definition of SITC codes beside HS files', () => {
  // China's imports from Germany in January 2014, told twice: SITC 32 is coal (5,000); in HS, 32 is tanning and
  // dyeing extracts, of which the file lists only 3201 (700) beside a total of 9,000, so HS 32 is not listed as
  // such. A yuan file of Japan makes two currencies held.
  const prepare = (dbPath: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'tidemark-e2e-sitc-'));
    const header = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
    const row = (partner: string, cls: string, code: string, value: number, currency = 'USD') =>
      `2014-01,CHN,${partner},import,${cls},${code},,${value},${currency},,`;
    const files = {
      's4.csv': [row('DEU', 'S4', 'TOTAL', 9000), row('DEU', 'S4', '32', 5000)],
      'hs.csv': [row('DEU', 'HS', 'TOTAL', 9000), row('DEU', 'HS', '3201', 700)],
      'jpn-cny.csv': [row('JPN', 'S4', 'TOTAL', 100, 'CNY')],
    };
    const { db } = openTidemarkDb(dbPath);
    for (const [name, lines] of Object.entries(files)) {
      const path = join(dir, name);
      writeFileSync(path, [header, ...lines].join('\n'));
      importFile(db, { path }, {}, () => {});
    }
    db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('the dialog offers the classifications held; an SITC definition of 32 charts coal, 5,000, not HS 32', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New definition…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New definition' });
    const classification = dialog.getByLabel('Classification of the codes');
    await expect(classification).toHaveValue('HS');
    await expect
      .poll(() => classification.locator('option').evaluateAll((os) => os.map((o) => o.textContent)))
      .toEqual(['HS', 'SITC']);
    const currency = dialog.getByLabel('Currency of the definition');
    await expect(currency.locator('option')).toHaveText(['As each series chooses', 'CNY', 'USD']);
    await dialog.getByLabel('Name').fill('China coal from Germany');
    await dialog.getByLabel('Reporter').fill('CHN');
    await dialog.getByLabel('Partner').fill('DEU');
    await dialog.getByLabel('Only codes').fill('32');
    await classification.selectOption('SITC');
    await currency.selectOption('USD');
    await page.screenshot(shot('defs-03-classification'));
    await dialog.getByRole('button', { name: 'Save definition' }).click();
    await expect(dialog).toHaveCount(0);

    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByLabel('Series 1 definition').selectOption('China coal from Germany');
    await expect.poll(() => plotted(page, '2014-01')).toBe(5_000);

    // Reopened, it is still SITC in dollars: an edit never turns it back into HS 32.
    await page.getByRole('button', { name: 'Edit definition China coal from Germany' }).click();
    const edit = page.getByRole('dialog', { name: /Edit definition/ });
    await expect(edit.getByLabel('Classification of the codes')).toHaveValue('SITC');
    await expect(edit.getByLabel('Currency of the definition')).toHaveValue('USD');
    expect(problems).toEqual([]);
  });
});
