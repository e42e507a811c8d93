import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { dropNkChinaFixture } from './helpers/nk-fixture';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
const SOYBEANS = join(CORPORA, 'gacc/soybean-monthly/2024in.csv');

/**
 * China's trade with North Korea in December 2023, all goods (a TOTAL row), so that North Korea is a
 * partner the pickers offer; nothing of 2024. Written here: the point is the soybean file beside it.
 */
const PRK_2023 = [
  'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
  '2023-12,CHN,PRK,import,HS,TOTAL,All goods,25000000,USD,,',
  '2023-12,CHN,PRK,export,HS,TOTAL,All goods,180000000,USD,,',
].join('\n');

test.describe('figures no file covers', () => {
  skipWithoutCorpora(SOYBEANS);

  test('a soybean download alone never makes China–North Korea trade zero: chart, dashboard and brief say "not covered"', async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    await dropFiles(page, [
      { name: '2024in.csv', type: 'text/csv', content: readFileSync(SOYBEANS) },
      { name: 'cn-prk-2023-12.csv', type: 'text/csv', content: Buffer.from(PRK_2023) },
    ]);

    // The GACC download: China's imports (as its name says), and what it cannot tell about its scope.
    const soy = page.getByRole('dialog', { name: 'Import 2024in.csv' });
    await expect(soy.getByTestId('import-preview')).toBeVisible();
    await soy.getByRole('group', { name: 'Flow' }).getByRole('radio', { name: 'Imports' }).check();
    await expect(soy.getByTestId('import-scope-goods')).toBeVisible();
    await expect(soy.getByTestId('import-scope-partners')).toBeVisible();
    // Soybeans only, for three partners: the safe answers, which are also where the dialog starts.
    await expect(soy.getByRole('radio', { name: 'Only the codes in it' })).toBeChecked();
    await expect(soy.getByRole('radio', { name: 'Only the partners in it' })).toBeChecked();
    await page.screenshot(shot('not-covered-01-scope-questions'));
    await soy.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(soy).toBeHidden();
    // The canonical file has a TOTAL row: it says it holds all goods, so only its partners are asked.
    const prk = page.getByRole('dialog', { name: 'Import cn-prk-2023-12.csv' });
    await expect(prk.getByTestId('import-preview')).toBeVisible();
    await expect(prk.getByTestId('import-scope-goods')).toHaveCount(0);
    await prk.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(prk).toBeHidden();
    await expect(page.getByTestId('import-jobs')).toContainText(/Done: \d+ rows read from 2 files/);
    await page.getByTestId('import-jobs').getByRole('button', { name: 'Dismiss' }).click();

    // Dashboard: China's files run to December 2024 (soybeans), but the pair's own latest month is December
    // 2023: every card shows that month's figure, and the months after it are said to be not covered by any
    // file for North Korea, never shown as 0 nor as another partner's month.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await expect(page.getByLabel('Reporter', { exact: true })).toHaveValue('CHN');
    await expect(page.getByLabel('Partner', { exact: true })).toHaveValue('PRK');
    await expect(page.getByText('Latest month: December 2023')).toBeVisible();
    await expect(page.getByTestId('dashboard-pair-ends')).toHaveText(
      'Files held for China run to December 2024; none covers its trade with North Korea after December 2023.',
    );
    for (const [card, value] of [
      ['Imports', '25,000,000 USD'],
      ['Exports', '180,000,000 USD'],
      ['Total trade', '205,000,000 USD'],
    ] as const) {
      const article = page.getByRole('article', { name: card, exact: true });
      await expect(article).toContainText(value);
      await expect(article).toContainText('December 2023');
      await expect(article).not.toContainText('latest month with this flow');
      await expect(article.getByTestId('card-not-covered')).toHaveCount(0);
    }
    await expect(page.locator('.tm-cards')).not.toContainText(/(^|\s)0 USD/);
    // The watchlist found no hit, but no month of its 24 is held by goods (December 2023 only as totals,
    // which cannot say what was traded): it says so rather than "No trade in watched codes".
    const watch = page.getByRole('region', { name: 'Watchlist hits' });
    await expect(watch.getByTestId('watch-not-covered')).toContainText(
      'in none of these 24 months do the files held give trade between China and North Korea by goods both ways',
    );
    await expect(watch).not.toContainText('No trade in watched codes.');
    await page.screenshot(shot('not-covered-02-dashboard'));

    // Chart: December 2023 is plotted, and the chart ends there, at the pair's latest month as the dashboard does:
    // the soybean months of 2024 are not the pair's, and are never 0.
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByLabel('Series 1 reporter').selectOption('CHN');
    await page.getByLabel('Series 1 partner').selectOption('PRK');
    const table = page.getByTestId('plot-table');
    await expect(table.getByRole('row', { name: /^2023-12/ })).toContainText('205,000,000');
    await expect(page.getByTestId('chart-pair-ends')).toHaveText(
      'Files held for China run to December 2024; none covers its trade with North Korea after December 2023.',
    );
    await expect(table.getByRole('row', { name: /^2024-/ })).toHaveCount(0);
    await expect(table.locator('td[data-value="0"]')).toHaveCount(0);
    await page.screenshot(shot('not-covered-03-chart'));

    // Brief: March 2024 from North Korea's side refuses, with the reason; no "$0".
    await page.getByRole('tab', { name: 'Brief' }).click();
    await page.getByLabel('Brief reporter').selectOption('CHN');
    await page.getByLabel('Brief partner').selectOption('PRK');
    await page.getByLabel('Brief month').selectOption('2024-03');
    await page.getByLabel('Told from').selectOption('partner');
    const brief = page.getByTestId('brief-text');
    await expect(brief).toContainText('are not covered by the files held, so there is no brief');
    await expect(brief).toContainText(/No file held covers/);
    await expect(brief).not.toContainText('$0');
    await page.screenshot(shot('not-covered-04-brief'));
    expect(problems).toEqual([]);
  });
});

test('in Korean, every number of the brief is a link to the rows behind it', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await dropNkChinaFixture(page);
  await expect(page.getByTestId('import-jobs')).toContainText('Done: 602 rows read from 3 files');
  await page.getByTestId('import-jobs').getByRole('button', { name: 'Dismiss' }).click();

  await page.getByRole('tab', { name: 'Brief' }).click();
  await page.getByLabel('Brief reporter').selectOption('CHN');
  await page.getByLabel('Brief partner').selectOption('PRK');
  await page.getByLabel('Brief month').selectOption('2020-11');
  await page.getByLabel('Told from').selectOption('partner');
  await page.getByLabel('Brief language').selectOption('ko');
  const brief = page.getByTestId('brief-text');
  await expect(brief).toContainText('4,638만 달러');
  for (const figure of [
    '2,382달러',
    '1,854달러',
    '509달러',
    '19달러',
    '112만 달러',
    '4,638만 달러',
    '14만8,000달러',
    '127만 달러',
  ]) {
    await expect(brief.getByRole('button', { name: figure, exact: true })).toHaveCount(1);
  }
  // No amount is left as plain text: every "…달러" and every percentage is inside a link.
  const plain = (await brief.locator('span').allTextContents()).join(' ');
  expect(plain).not.toMatch(/\d[\d,]*(만)?\s?달러|\d+(\.\d+)?%/);
  await page.screenshot(shot('not-covered-05-korean-brief-links'));

  // A Korean number opens its rows like an English one: the headline's three items.
  await brief.getByRole('button', { name: '2,382달러', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Data' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('records-total')).toHaveText('3 records match');
  expect(problems).toEqual([]);
});

/** Writes a canonical CSV beside the database and imports it with `tidemark import`, before the host starts. */
function importBeside(dbPath: string, name: string, rows: string[], ...flags: string[]): void {
  const header = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
  const path = join(dirname(dbPath), name);
  writeFileSync(path, [header, ...rows].join('\n'));
  execFileSync(process.execPath, [join(root, 'bin/tidemark.mjs'), 'import', path, '--db', dbPath, ...flags], {
    encoding: 'utf8',
  });
}

test.describe('a dashboard chart with nothing to draw', () => {
  // China's electricity from North Korea in 2019 (a file listing one code: all goods not covered), then
  // soybeans from the United States in December 2024: no month of China–North Korea trade is covered.
  const prepare = (dbPath: string) => {
    importBeside(dbPath, 'cn-prk-2019.csv', ['2019-01,CHN,PRK,import,HS,2716,Electrical energy,100,USD,,']);
    importBeside(dbPath, 'cn-usa-soy.csv', ['2024-12,CHN,USA,import,HS,12019019,Soya beans,500,USD,,']);
  };
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare), viewport: { width: 1280, height: 720 } });

  test('says why on its own ground, not over the axis labels and grid lines', async ({ page, host }) => {
    await openTab(page, host, 'Dashboard');
    await expect(page.getByLabel('Partner', { exact: true })).toHaveValue('PRK');
    const reason = page.getByTestId('dashboard-chart').locator('.tm-chart__empty > p');
    await expect(reason).toContainText(/^Not covered by the files held, not zero: No file held covers /);
    const ground = await reason.evaluate((p) => getComputedStyle(p).backgroundColor);
    expect(ground, 'the reason has a background of its own').not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot(shot('not-covered-05-empty-dashboard-chart'));
  });
});

test.describe('a dashboard card with no figure at all', () => {
  // China's monthly trade with North Korea, and the United States' imports from China of 2017 as one
  // annual total (as a UN Comtrade download holds them): no monthly figure of the United States'.
  const prepare = (dbPath: string) => {
    importBeside(dbPath, 'cn-prk-2024.csv', ['2024-01,CHN,PRK,import,HS,TOTAL,All goods,100,USD,,'], '--goods', 'all');
    importBeside(
      dbPath,
      'us-chn-2017.csv',
      ['2017,USA,CHN,import,HS,TOTAL,All goods,505470000000,USD,,'],
      '--goods',
      'all',
    );
  };
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('says why, in the core’s words, rather than only "No figures."', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Dashboard', { reporter: 'USA', partner: 'CHN' });
    // The pair's only figure is annual: the dashboard reads years (it said "No figures" and sent the reader to
    // the Charts tab), and the card with no figure at all says why.
    const imports = page.getByRole('article', { name: 'Imports', exact: true });
    await expect(imports.getByRole('button')).toHaveText('505,470,000,000 USD');
    await expect(page.getByTestId('dashboard-annual')).toBeVisible();
    await expect(page.getByRole('article', { name: 'Exports', exact: true }).getByTestId('card-empty')).toHaveText(
      "No file held covers the United States' exports to China.",
    );
    await page.screenshot(shot('not-covered-06-card-no-figures'));
    expect(problems).toEqual([]);
  });
});

test.describe('a watchlist with no North Korea file at all', () => {
  // Soybeans from the United States only: North Korea is no partner the database holds.
  const prepare = (dbPath: string) =>
    importBeside(dbPath, 'cn-usa-soy.csv', ['2024-12,CHN,USA,import,HS,12019019,Soya beans,500,USD,,']);
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('names North Korea, in English and in Korean, though no file holds it', async ({ page, host }) => {
    await openTab(page, host, 'Dashboard');
    const watch = page.getByRole('region', { name: 'Watchlist hits' }).getByTestId('watch-not-covered');
    await expect(watch).toHaveText(
      'Not covered: in none of these 24 months do the files held give trade between China and North Korea by goods both ways (imports and exports), so the watchlist cannot say whether any watched goods were traded.',
    );
    await page.locator('#language').selectOption('ko');
    await expect(page.getByTestId('watch-not-covered')).toContainText(
      '중국과 북한의 품목별 교역을 수출입 양방향 모두 다루는 파일이 있는 달이 없어',
    );
  });
});
