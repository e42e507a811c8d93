import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { screen } from './helpers/docs-shots';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

/**
 * China's non-GM soybean exports to Brazil as GACC's Chinese download names them (2025out.csv): 12019011 is
 * China's 2022 code, in no bundled list; HS 120190 above it is.
 */
const prepare = (dbPath: string) => {
  const file = join(dirname(dbPath), 'chn-bra-soy.csv');
  writeFileSync(
    file,
    [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      '2025-10,CHN,BRA,export,HS,12019011,非转基因黄大豆,2178742,CNY,,',
    ].join('\n'),
  );
  tidemark('import', file, '--db', dbPath);
};

// Top exports in English read "12019011 非转基因黄大豆": the file's Chinese, for a code with no English name.
test.describe('the dashboard’s top item that no nomenclature names', () => {
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('shows the HS 6-digit parent’s name as the parent’s, and the file’s own on hover, in English and Korean', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Dashboard', { partner: 'BRA' });
    const cell = (region: string) =>
      page.getByRole('region', { name: region }).getByRole('row').first().getByRole('cell').first();
    await expect(cell('Top commodities')).toHaveText(
      '12019011 Soya beans; other than seed, whether or not broken (part of HS 120190)',
    );
    // On hover: the whole name (a long one is cut at three lines), then the file's own description.
    await expect(cell('Top commodities')).toHaveAttribute(
      'title',
      'Soya beans; other than seed, whether or not broken (part of HS 120190)\nThe file’s own description: 非转基因黄大豆',
    );
    await page.screenshot(screen('dashboard-top-parent-name-en'));
    await page.locator('#language').selectOption('ko');
    await expect(cell('주요 품목')).toHaveText(
      '12019011 Soya beans; other than seed, whether or not broken (HS 120190의 일부)',
    );
    await expect(cell('주요 품목')).toHaveAttribute(
      'title',
      'Soya beans; other than seed, whether or not broken (HS 120190의 일부)\n파일 표기: 非转基因黄大豆',
    );
    await page.screenshot(screen('dashboard-top-parent-name-ko'));
    expect(problems).toEqual([]);
  });
});
