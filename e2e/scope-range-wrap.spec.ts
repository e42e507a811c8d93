import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './helpers/host';

const root = join(import.meta.dirname, '..');
const tidemark = (...args: string[]) =>
  execFileSync(process.execPath, [join(root, 'bin/tidemark.mjs'), ...args], { encoding: 'utf8' });

/** China's trade with two partners, January to October 2025, in three flows: a long scope line. */
const prepare = (dbPath: string) => {
  const csv = join(dirname(dbPath), 'cn-2025.csv');
  const lines = ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit'];
  for (let m = 1; m <= 10; m++)
    for (const partner of ['KOR', 'JPN'])
      for (const flow of ['import', 'export', 're-export'])
        lines.push(`2025-${String(m).padStart(2, '0')},CHN,${partner},${flow},HS,01012100,Horses,${1000 * m},USD,1,kg`);
  writeFileSync(csv, lines.join('\n') + '\n');
  tidemark('import', csv, '--db', dbPath);
};

test.use({ locale: 'ko-KR', viewport: { width: 900, height: 650 } });
// eslint-disable-next-line no-empty-pattern
test.use({ prepare: async ({}, use) => use(prepare) });

test('a batch’s period range wraps only between its two months, never inside one', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: '가져오기', exact: true }).click();
  const scope = page.getByTestId('batch-scope').first();
  await expect(scope).toContainText('2025-01–2025-10');
  // Each month's text lies on one line: its characters' boxes share one top.
  const tops = await scope.evaluate((cell) => {
    const text = cell.textContent ?? '';
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const out: Record<string, number[]> = {};
    for (const month of ['2025-01', '2025-10']) {
      const at = text.indexOf(month);
      let seen = 0;
      const rects: number[] = [];
      walker.currentNode = cell;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent?.length ?? 0;
        for (let i = 0; i < len; i++) {
          const pos = seen + i;
          if (pos < at || pos >= at + month.length) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          rects.push(Math.round(range.getBoundingClientRect().top));
        }
        seen += len;
      }
      out[month] = [...new Set(rects)];
    }
    return out;
  });
  expect(tops['2025-01'], 'lines "2025-01" is drawn on').toHaveLength(1);
  expect(tops['2025-10'], 'lines "2025-10" is drawn on').toHaveLength(1);
  await page.screenshot({ path: join(root, 'test-results', 'screens', 'scope-range-wrap.png') });
});
