import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';
import { preparedBy } from './helpers/cli';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** UN Comtrade's China–DPRK trade by HS code and TOTAL, 2016–2024, one flow: the other way is held by no file. */
const JSON_FILE = resolve(root, '../shared/corpora/comtrade/china-dprk-annual/comtrade_china_dprk_exports.json');

const WORDS = {
  en: {
    dashboard: 'Dashboard',
    top: 'Top exports',
    said: 'Not covered: in none of these 10 years do the files held give trade between China and North Korea by goods both ways (imports and exports), so the watchlist cannot say whether any watched goods were traded.',
    wrong: 'no file held gives trade between China and North Korea by goods',
  },
  ko: {
    dashboard: '대시보드',
    top: '주요 수출 품목',
    said: '자료 범위 밖: 이 10년 중 중국과 북한의 품목별 교역을 수출입 양방향 모두 다루는 파일이 있는 해가 없어, 감시 대상 품목이 교역되었는지 알 수 없습니다.',
    wrong: '품목별 교역을 다루는 파일이 없어',
  },
} as const;

test.describe('a watchlist over trade by goods held one way only', () => {
  test.skip(!existsSync(JSON_FILE), `the corpora folder is absent (${JSON_FILE}): nothing to import`);
  test.use({
    prepare: preparedBy([
      'import',
      JSON_FILE,
      '--reporter',
      'CHN',
      '--partner',
      'PRK',
      '--flow',
      'export',
      '--partners',
      'listed',
    ]),
  });

  for (const lang of ['en', 'ko'] as const)
    test(`does not say no file gives that trade by goods, beside the goods it lists (${lang})`, async ({
      page,
      host,
    }) => {
      const problems = watchConsole(page);
      const w = WORDS[lang];
      await page.addInitScript((l) => localStorage.setItem('tidemark.language', l), lang);
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(host.url);
      await page.getByRole('tab', { name: w.dashboard, exact: true }).click();
      // The same dashboard lists the goods of 2024 by HS code: 6704, 2716 …
      await expect(page.getByText(w.top)).toBeVisible();
      await expect(page.locator('.tm-dash')).toContainText('6704');
      const watch = page.getByTestId('watch-not-covered');
      // It read "no file held gives trade between China and North Korea by goods in these 10 years".
      await expect(watch).toHaveText(w.said);
      await expect(watch).not.toContainText(w.wrong);
      await watch.scrollIntoViewIfNeeded();
      await page.screenshot(shot(`watchlist-one-way-${lang}`));
      expect(problems).toEqual([]);
    });
});
