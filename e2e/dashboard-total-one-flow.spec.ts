import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';
import { DPRK_EXPORTS_JSON, chinaImportsFromDprkOnly, skipWithoutCorpora } from './helpers/corpora';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

const WORDS = {
  en: {
    dashboard: 'Dashboard',
    imports: 'Imports',
    total: 'Total trade',
    why: "No file held covers China's exports in 2024.",
    wrong: 'Neither an annual figure nor any month is held for 2024.',
  },
  ko: {
    dashboard: '대시보드',
    imports: '수입',
    total: '총교역',
    why: '2024년 중국의 수출을 다루는 파일이 없습니다.',
    wrong: '2024년의 연간 수치도 월별 수치도 없습니다.',
  },
} as const;

test.describe('total trade of a year one flow of which is held', () => {
  skipWithoutCorpora(DPRK_EXPORTS_JSON);
  test.use({
    prepare: chinaImportsFromDprkOnly(),
  });

  for (const lang of ['en', 'ko'] as const)
    test(`says which flow no file covers, not that the year holds nothing (${lang})`, async ({ page, host }) => {
      const problems = watchConsole(page);
      const w = WORDS[lang];
      await page.addInitScript((l) => localStorage.setItem('tidemark.language', l), lang);
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(host.url);
      await page.getByRole('tab', { name: w.dashboard, exact: true }).click();
      // The imports of 2024 are held, and shown beside it.
      await expect(page.getByRole('article', { name: w.imports, exact: true })).toContainText('346,949,415 USD');
      const total = page.getByRole('article', { name: w.total, exact: true });
      // It read "Neither an annual figure nor any month is held for 2024."
      await expect(total).toContainText(w.why);
      await expect(total).not.toContainText(w.wrong);
      await page.screenshot(shot(`dashboard-total-one-flow-${lang}`));
      expect(problems).toEqual([]);
    });
});
