import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** China's customs, in English: imports of HS 29012920 (acetylene) in January 2026 from five partners. */
const ACETYLENE = join(CORPORA, 'gacc/chinautils-samples/english-full.csv');

/**
 * A pair whose only file is of imports of one code, so neither flow has a figure of all goods: the card read
 * "Top exports, January 2026" and "No file held covers January 2026 for this export figure", of a pair with
 * no export file at all, and the acetylene the file holds was nowhere.
 */
test.describe('the top items of a pair held as imports of a few codes', () => {
  skipWithoutCorpora(ACETYLENE);
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => void tidemark('import', ACETYLENE, '--flow', 'import', '--db', dbPath)),
  });

  test('are the imports its file lists', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Dashboard', { reporter: 'CHN', partner: 'HKG' });
    const top = page.getByRole('region', { name: 'Top commodities' });
    await expect(top.getByRole('heading')).toHaveText(/^Top imports, January 2026/);
    await expect(top).toContainText('29012920');
    await page.screenshot(shot('dashboard-top-listed-flow'));
    expect(problems).toEqual([]);
  });
});
