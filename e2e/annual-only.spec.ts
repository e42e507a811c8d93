import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** China's annual trade in SITC 00–03 with five partners, 2010–2014: no month, no TOTAL row, no World row. */
const ANNUAL = join(CORPORA, 'comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv');

/**
 * A newcomer whose only file is a Comtrade annual download: the Brief (written for a month) and the Charts
 * (monthly by default) have nothing to draw, and must say why rather than stay blank.
 */
test.describe('a database of annual files only', () => {
  skipWithoutCorpora(ANNUAL);
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use((dbPath: string) => void tidemark('import', ANNUAL, '--db', dbPath)) });

  test('the Brief says it is written for a month and why there is none; the chart gives the core’s reason', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Brief');
    const notice = page.getByTestId('brief-no-months');
    await expect(notice).toContainText(
      'A brief is written for one month or one year, and the files held give this pair neither a monthly figure nor a whole year.',
    );
    // The core's reason for the pair: the file lists only some partners and codes, so all goods are not covered.
    await expect(notice).toContainText('No file held covers all goods in 2014');
    await expect(page.getByTestId('brief-text')).toHaveCount(0);
    await page.screenshot(shot('annual-only-brief'));

    await page.getByRole('tab', { name: 'Charts' }).click();
    const chart = page.locator('.tm-chart__empty');
    // Not the bare "No figures for this selection.": the reason the series is empty.
    await expect(chart).toContainText('Not covered by the files held, not zero: No file held covers all goods in 2014');
    await expect(chart).not.toContainText('No figures for this selection.');
    // The file holds only years: the chart is drawn by year, and says so, although it lists no all-goods
    // figure either (only SITC 00–03). It opened by month, with every month not covered.
    await expect(page.getByTestId('chart-by-year')).toHaveCount(1);
    await expect(page.getByLabel('Periods', { exact: true })).toHaveValue('year');
    await page.screenshot(shot('annual-only-chart'));

    // In Korean, the same notice and the core's reason in Korean.
    await page.locator('#language').selectOption('ko');
    await page.getByRole('tab', { name: '브리핑' }).click();
    await expect(page.getByTestId('brief-no-months')).toContainText('브리핑은 한 달이나 한 해를 두고 씁니다.');
    await expect(page.getByTestId('brief-no-months').locator('[data-prose="core"]')).not.toContainText('No file');
    expect(problems).toEqual([]);
  });
});
