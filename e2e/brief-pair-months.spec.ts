import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
const SAMPLE = join(root, 'resources/sample/nk-china-published.csv');
/** UN Comtrade legacy CSV: the United States' trade with China in 2017, by HS chapter (no all-goods row). */
const USA = join(CORPORA, 'comtrade/legacy-csv/sstaple15_USA-CHN_H5_2017_HS2_12col.csv');

test.describe('the Brief of a pair whose files hold no month, beside a pair that does', () => {
  skipWithoutCorpora(USA);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => {
        tidemark('import', SAMPLE, '--db', dbPath);
        tidemark('import', USA, '--db', dbPath);
      }),
  });

  test('writes no brief of another pair’s month, and says why there is none', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Brief', { reporter: 'CHN', partner: 'PRK' });
    const period = page.getByLabel('Brief month', { exact: true });
    await expect(page.getByTestId('brief-text')).toContainText('August 2021');

    await page.getByLabel('Brief reporter', { exact: true }).selectOption('USA');
    await page.getByLabel('Brief partner', { exact: true }).selectOption('CHN');
    // It had kept August 2021 and written "not covered" of a month no file of the United States names.
    const notice = page.getByTestId('brief-no-months');
    await expect(notice).toContainText('nor a whole year');
    await expect(notice).toContainText('No file held covers all goods in 2017');
    await expect(page.getByTestId('brief-text')).toHaveCount(0);
    await expect(period).toBeDisabled();
    await page.screenshot(shot('brief-pair-months'));

    // Back to China and North Korea: its months again.
    await page.getByLabel('Brief reporter', { exact: true }).selectOption('CHN');
    await page.getByLabel('Brief partner', { exact: true }).selectOption('PRK');
    await expect(page.getByTestId('brief-text')).toContainText('2021');
    await expect(period).toBeEnabled();
    expect(problems).toEqual([]);
  });
});
