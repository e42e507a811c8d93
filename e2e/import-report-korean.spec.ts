import { join } from 'node:path';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';

/** Each heading of the import report, and on how many lines its words are drawn. */
const headingLines = () =>
  Array.from(document.querySelectorAll('table[aria-label] thead th')).map((th) => {
    const range = document.createRange();
    range.selectNodeContents(th);
    const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
    return [th.textContent ?? '', tops.size] as const;
  });

/** The lines a word of the grid's hints is drawn on. */
const wordLines = (word: string) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.textContent ?? '').indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
  }
  return 0;
};

test('at 800 px the Korean import report and grid hints keep words whole; a file left is said once', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  await page.addInitScript(() => localStorage.setItem('tidemark.language', 'ko'));
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(host.url);
  await dropFiles(page, [
    {
      name: 'comtrade_china_dprk_exports.csv',
      type: 'text/csv',
      content: Buffer.from(`${HEADER}\n2024-01,CHN,PRK,import,HS,0101,말,10,USD,,\n`),
    },
    { name: 'nk_china_trade_reported_figures.csv', type: 'text/csv', content: Buffer.from('memo,text\n1,hello\n') },
  ]);
  const first = page.getByRole('dialog', { name: 'comtrade_china_dprk_exports.csv 가져오기' });
  await first.getByRole('button', { name: '가져오기', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'nk_china_trade_reported_figures.csv 가져오기' })
    .getByRole('button', { name: '이 파일 건너뛰기' })
    .click();
  const report = page.getByRole('table', { name: '가져오기 결과' });
  await expect(
    report.getByRole('row', { name: /nk_china_trade_reported_figures/ }).getByTestId('import-reason'),
  ).toHaveText('열을 알아보지 못했고 매핑도 지정되지 않았습니다.');
  // The file skipped was never read: it had said "파일 2개에서 1행 읽음" (read from 2 files).
  await expect(page.getByTestId('import-jobs')).toContainText('완료: 파일 2개 중 1개에서 1행 읽음');
  // "읽음", "가져옴", "거부", "건너뜀", "중복" had broken between their syllables, one on each line.
  const lines = await page.evaluate(headingLines);
  expect(lines.length).toBeGreaterThan(5);
  expect(lines.filter(([, n]) => n > 1)).toEqual([]);
  expect(await page.evaluate(wordLines, '않았습니다')).toBe(1);
  // The grid's hints under it: "붙여넣기" (pastes) had broken as "붙" / "여넣기".
  expect(await page.evaluate(wordLines, '붙여넣기')).toBe(1);
  await page.screenshot(shot('import-report-korean-800'));
  expect(problems).toEqual([]);
});
