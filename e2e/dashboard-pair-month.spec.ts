import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
const GACC = join(CORPORA, 'gacc');
const SOYBEANS = join(GACC, 'soybean-monthly/2024in.csv');
const ACETYLENE = join(GACC, 'chinautils-samples/english-full.csv');

/**
 * A newcomer's mix: China's soybean imports of 2024 (Argentina, Brazil, the United States; a few codes),
 * acetylene imports of January 2026 (five partners, one code), and China's trade with South Korea in
 * November and December 2024, all goods. Only the last covers a pair's trade for all goods, and China's
 * latest month (January 2026) is another file's.
 */
const prepare = (dbPath: string) => {
  tidemark('import', SOYBEANS, '--flow', 'import', '--db', dbPath);
  tidemark('import', ACETYLENE, '--flow', 'import', '--db', dbPath);
  const kor = join(dirname(dbPath), 'cn-kor-2024.csv');
  writeFileSync(
    kor,
    [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      '2024-11,CHN,KOR,import,HS,TOTAL,All goods,15000000000,USD,,',
      '2024-11,CHN,KOR,export,HS,TOTAL,All goods,12000000000,USD,,',
      '2024-12,CHN,KOR,import,HS,TOTAL,All goods,16000000000,USD,,',
      '2024-12,CHN,KOR,export,HS,TOTAL,All goods,13000000000,USD,,',
    ].join('\n'),
  );
  tidemark('import', kor, '--db', dbPath);
};

test.describe('the dashboard of a newcomer’s mix of files', () => {
  skipWithoutCorpora(SOYBEANS, ACETYLENE);
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('opens on the partner the files cover, and every card shows the pair’s own latest month', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Dashboard');
    await expect(page.getByLabel('Reporter', { exact: true })).toHaveValue('CHN');
    // South Korea, the one partner whose trade a file covers for all goods: not Argentina, first by code.
    await expect(page.getByLabel('Partner', { exact: true })).toHaveValue('KOR');

    // December 2024 on every card, not China's latest month (January 2026, an acetylene file's).
    await expect(page.getByText('Latest month: December 2024')).toBeVisible();
    for (const [card, value] of [
      ['Imports', '16,000,000,000 USD'],
      ['Exports', '13,000,000,000 USD'],
      ['Total trade', '29,000,000,000 USD'],
    ] as const) {
      const article = page.getByRole('article', { name: card, exact: true });
      await expect(article.getByRole('button', { name: value })).toBeVisible();
      await expect(article).toContainText('December 2024');
      await expect(article).not.toContainText('latest month with this flow');
      await expect(article.getByTestId('card-not-covered')).toHaveCount(0);
    }
    await expect(page.getByTestId('dashboard-pair-ends')).toHaveText(
      'Files held for China run to January 2026; none covers its trade with South Korea after December 2024.',
    );
    await expect(page.getByRole('region', { name: 'Top commodities' }).getByRole('heading')).toHaveText(
      'Top imports, December 2024',
    );
    await page.screenshot(shot('dashboard-pair-month-01-korea'));
    await page.locator('#language').selectOption('ko');
    await expect(page.getByTestId('dashboard-pair-ends')).toHaveText(
      '중국 파일은 2026년 1월까지 있으나, 2024년 12월 이후 상대국 한국 교역을 다루는 파일은 없습니다.',
    );
    await page.locator('#language').selectOption('en');

    // A pick of the person's own stays. No file covers Argentina's trade for all goods: each card says so
    // for the pair's own latest month (the soybean file lists Argentina to December 2024; the acetylene
    // file of January 2026 does not name it), with the reason, never a figure of another month.
    await page.getByLabel('Partner', { exact: true }).selectOption('ARG');
    await expect(page.getByText('Latest month: December 2024')).toBeVisible();
    for (const card of ['Imports', 'Exports', 'Total trade']) {
      const notCovered = page.getByRole('article', { name: card, exact: true }).getByTestId('card-not-covered');
      await expect(notCovered).toContainText('Not covered');
      await expect(notCovered).toContainText('December 2024');
    }
    await expect(
      page.getByRole('article', { name: 'Exports', exact: true }).getByTestId('card-not-covered'),
    ).toContainText('No file held covers Argentina in December 2024: cn-kor-2024.csv lists only partner South Korea.');
    await expect(page.getByTestId('dashboard-pair-ends')).toHaveCount(0);
    await expect(page.getByLabel('Partner', { exact: true })).toHaveValue('ARG');
    await page.screenshot(shot('dashboard-pair-month-02-argentina'));
    expect(problems).toEqual([]);
  });
});
