import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** China–North Korea, 2018-11 to 2021-08 (its exports from 2018-11). */
const SAMPLE = join(root, 'resources/sample/nk-china-published.csv');
const tidemark = (...args: string[]) => execFileSync(process.execPath, [join(root, 'bin/tidemark.mjs'), ...args]);

test.describe("the Brief's month list", () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => {
        // The United States' trade with Brazil: a month before China–North Korea's files, and one after.
        const other = join(mkdtempSync(join(tmpdir(), 'tidemark-brief-months-')), 'usa-bra.csv');
        writeFileSync(
          other,
          'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit\n' +
            '2017-01,USA,BRA,export,HS,1201,soya beans,50,USD,,\n2023-01,USA,BRA,export,HS,1201,soya beans,60,USD,,\n',
        );
        tidemark('import', SAMPLE, '--db', dbPath, '--goods', 'all');
        tidemark('import', other, '--db', dbPath, '--goods', 'all');
      }),
  });

  test("offers the pair's months, the later ones apart as not covered, and no other pair's earlier month", async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Brief', { reporter: 'CHN', partner: 'PRK' });
    const month = page.getByLabel('Brief month', { exact: true });
    await expect(page.getByTestId('brief-text')).toContainText('August 2021');
    const later = month.locator('optgroup[label="Not covered for this pair"]');
    // The later month stays there to choose (brief.spec), under a group that says what it is.
    await expect(later.locator('option[value="2023-01"]')).toHaveCount(1);
    await expect(later.locator('option[value="2021-09"]')).toHaveCount(1);
    await expect(month.locator(':scope > option[value="2018-11"]')).toHaveCount(1);
    // The list had every month from January 2017: 22 months before this pair's first.
    await expect(month.locator('option[value="2017-01"]')).toHaveCount(0);
    await expect(month.locator('option[value="2018-10"]')).toHaveCount(0);
    await page.screenshot(shot('brief-months-of-pair'));

    await page.getByLabel('Brief reporter', { exact: true }).selectOption('USA');
    await page.getByLabel('Brief partner', { exact: true }).selectOption('BRA');
    await expect(month.locator(':scope > option[value="2017-01"]')).toHaveCount(1);
    await expect(later).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});
