import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';
import { DPRK_EXPORTS_JSON, chinaImportsFromDprkOnly, skipWithoutCorpora } from './helpers/corpora';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

const WORDS = {
  en: {
    dashboard: 'Dashboard',
    top: 'Top imports',
    said: '10 of these 10 years are not covered by goods both ways (imports and exports) in the files held (trade between China and North Korea): no hit there does not mean no trade.',
    wrong: 'are not covered by goods in the files held',
  },
  ko: {
    dashboard: '대시보드',
    top: '주요 수입 품목',
    said: '이 10년 중 10년은 보유한 파일이 품목별 교역을 수출입 양방향 모두 다루지 않습니다(중국과 북한의 교역). 그 해에 결과가 없다고 교역이 없었던 것은 아닙니다.',
    wrong: '보유한 파일이 품목별로 다루지 않습니다',
  },
} as const;

test.describe('a watchlist over trade by goods held one way only', () => {
  skipWithoutCorpora(DPRK_EXPORTS_JSON);
  test.use({
    prepare: chinaImportsFromDprkOnly(),
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
      // Beside the hits of the flow held (China's imports by goods), it read "10 of these 10 years are not
      // covered by goods in the files held", which the hits above it denied: they are not covered both ways.
      await expect(watch).toHaveText(w.said);
      await expect(watch).not.toContainText(w.wrong);
      await watch.scrollIntoViewIfNeeded();
      await page.screenshot(shot(`watchlist-one-way-${lang}`));
      expect(problems).toEqual([]);
    });
});
