import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

/**
 * China's exports of acetylene to Hong Kong in January 2026, in US dollars, and nothing of all goods (as GACC's
 * English query download of one code gives it); beside it, China's soybean imports in yuan.
 */
const prepare = (dbPath: string) => {
  const file = join(dirname(dbPath), 'chn-hkg-2026-01.csv');
  writeFileSync(
    file,
    [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      '2026-01,CHN,HKG,export,HS,29012920,Acetylene,315286,USD,81782,kg',
      '2025-12,CHN,BRA,import,HS,12019019,Soybeans,16536067327,CNY,4074670531,kg',
    ].join('\n'),
  );
  tidemark('import', file, '--db', dbPath);
};

// A walk with GACC's acetylene and soybean downloads: the top exports listed "29012920 Acetylene 315,286" with
// no currency anywhere on the card (only the total row named it, and no file gives the total).
test.describe('the dashboard’s top items where no file gives the total', () => {
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('say the currency their figures are in, in English and Korean', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Dashboard', { partner: 'HKG' });
    const top = page.getByRole('region', { name: 'Top commodities' });
    await expect(top.getByRole('row')).toHaveCount(1);
    await expect(top.getByRole('row')).toContainText('315,286');
    await expect(top.getByTestId('dashboard-top-total')).toHaveCount(0);
    await expect(top.getByRole('heading')).toHaveText('Top exports, January 2026 (USD)');
    await page.locator('#language').selectOption('ko');
    await expect(page.getByRole('region', { name: '주요 품목' }).getByRole('heading')).toHaveText(
      '주요 수출 품목, 2026년 1월 (USD)',
    );
    expect(problems).toEqual([]);
  });
});
