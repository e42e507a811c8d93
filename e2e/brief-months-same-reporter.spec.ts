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

/**
 * The Brief's months where the same reporter's files of other partners run further: China's soya bean
 * downloads beside North Korea's figures put every month of China's files in North Korea's list, the earlier
 * ones as if North Korea's files held them and the later ones outside "Not covered for this pair"; and a pair
 * held only by year (a Comtrade download of 2010) opened on one of those months, "not covered", its year unseen.
 */
test.describe("the Brief's month list beside other partners of the same reporter", () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => {
        const dir = mkdtempSync(join(tmpdir(), 'tidemark-brief-reporter-'));
        // China's soya beans from Brazil, by month, a month before the sample and one after; Germany by year.
        const soy = join(dir, 'chn-bra.csv');
        writeFileSync(
          soy,
          'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit\n' +
            '2017-01,CHN,BRA,import,HS,1201,soya beans,50,USD,,\n2023-01,CHN,BRA,import,HS,1201,soya beans,60,USD,,\n',
        );
        const germany = join(dir, 'chn-deu.csv');
        writeFileSync(
          germany,
          'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit\n' +
            '2010,CHN,DEU,import,HS,TOTAL,all goods,74251272075,USD,,\n2010,CHN,DEU,export,HS,TOTAL,all goods,68047133397,USD,,\n',
        );
        tidemark('import', SAMPLE, '--db', dbPath, '--goods', 'all');
        tidemark('import', soy, '--db', dbPath);
        tidemark('import', germany, '--db', dbPath);
      }),
  });

  test("offers North Korea's months, China's later ones apart, none of Brazil's earlier", async ({ page, host }) => {
    const problems = await openTab(page, host, 'Brief', { reporter: 'CHN', partner: 'PRK' });
    const month = page.getByLabel('Brief month', { exact: true });
    await expect(page.getByTestId('brief-text')).toContainText('August 2021');
    const later = month.locator('optgroup[label="Not covered for this pair"]');
    await expect(later.locator('option[value="2023-01"]')).toHaveCount(1);
    await expect(later.locator('option[value="2021-09"]')).toHaveCount(1);
    await expect(month.locator(':scope > option[value="2018-11"]')).toHaveCount(1);
    await expect(month.locator(':scope > option[value="2021-08"]')).toHaveCount(1);
    await expect(month.locator('option[value="2017-01"]')).toHaveCount(0);
    await expect(month.locator('option[value="2018-10"]')).toHaveCount(0);
    await page.screenshot(shot('brief-months-same-reporter'));
    expect(problems).toEqual([]);
  });

  test("a pair held only by year opens on its year, not on the reporter's months", async ({ page, host }) => {
    const problems = await openTab(page, host, 'Brief', { reporter: 'CHN', partner: 'DEU' });
    const month = page.getByLabel('Brief month', { exact: true });
    await expect(month).toHaveValue('2010');
    await expect(page.getByTestId('brief-text')).toContainText('2010');
    await expect(month.locator('option[value="2021-08"]')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});
