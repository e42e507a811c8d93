import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
/** UN Comtrade legacy CSV: the EU's (C97) IMPORTS of cement clinker (HS 252310) by partner, by year, 2000–2020. */
const CEMENT = join(CORPORA, 'comtrade/legacy-csv/Ntacyica_cement_H0_XM_codes.csv');

test.describe('the dashboard of a pair whose files cover no period of all goods', () => {
  skipWithoutCorpora(CEMENT);
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use((dbPath: string) => void tidemark('import', CEMENT, '--db', dbPath)) });

  test('names the imports its file holds and says why no item is listed, without a month that is none', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Dashboard', { reporter: 'C97', partner: 'WLD' });
    await expect(page.getByRole('article', { name: 'Imports' })).toContainText('No file held covers all goods in 2020');
    // It read "TOP EXPORTS" and "No commodity rows for this month." of a file of imports that holds no month.
    await expect(page.getByRole('heading', { name: /^Top imports$/i })).toBeVisible();
    // It said "The files held cover no month or year of this pair" of a file of 2000 to 2020.
    await expect(page.getByTestId('dashboard-top-none')).toHaveText(
      'The files held give this pair no figure of all goods in any month or year, so there is no total to break down by commodity: they list only the goods the cards name.',
    );
    expect(problems).toEqual([]);
  });

  test('keeps the reason’s file name inside its card at 1024 px', async ({ page, host }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const problems = await openTab(page, host, 'Dashboard', { reporter: 'C97', partner: 'WLD' });
    for (const name of ['Imports', 'Total trade']) {
      const card = page.getByRole('article', { name });
      const reason = card.getByTestId('card-empty');
      await expect(reason).toContainText('Ntacyica_cement_H0_XM_codes.csv');
      // The name could not break: it ran past the card's edge into the next card, and out of the window.
      const [outer, inner] = [(await card.boundingBox())!, (await reason.boundingBox())!];
      expect(
        await reason.evaluate((p) => p.scrollWidth - p.clientWidth),
        `${name}: nothing overflows`,
      ).toBeLessThanOrEqual(0);
      expect(inner.x + inner.width, `${name}: the reason ends inside its card`).toBeLessThanOrEqual(
        outer.x + outer.width,
      );
    }
    await page.screenshot({ path: join(root, 'test-results', 'screens', 'dashboard-reason-in-card-1024.png') });
    expect(problems).toEqual([]);
  });
});
