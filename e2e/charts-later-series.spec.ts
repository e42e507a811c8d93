import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';
import { tidemark } from './helpers/cli';

/**
 * China's total trade with North Korea from January 2018, and with Mongolia only from January 2020: one file
 * that lists its partners (no World row), so Mongolia in 2018 and 2019 is not covered, not zero.
 */
function laterSeries(): string {
  const rows = ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit'];
  for (const year of [2018, 2019, 2020])
    for (let m = 1; m <= 12; m++) {
      const p = `${year}-${String(m).padStart(2, '0')}`;
      rows.push(`${p},CHN,PRK,import,HS,TOTAL,All goods,${1_000_000 + m},USD,,`);
      rows.push(`${p},CHN,PRK,export,HS,TOTAL,All goods,${2_000_000 + m},USD,,`);
      if (year === 2020) {
        rows.push(`${p},CHN,MNG,import,HS,TOTAL,All goods,${500_000 + m},USD,,`);
        rows.push(`${p},CHN,MNG,export,HS,TOTAL,All goods,${700_000 + m},USD,,`);
      }
    }
  return rows.join('\n') + '\n';
}

/** Per period, what the second series' cell of the chart's table says, its state and its title. */
type Cell = { text: string; state: string | null; title: string | null };
const secondColumn = (page: Page): Promise<Record<string, Cell>> =>
  page
    .getByTestId('plot-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => {
          const td = r.querySelectorAll('td')[1];
          return [
            r.getAttribute('data-period'),
            {
              text: td?.textContent ?? '',
              state: td?.getAttribute('data-state') ?? null,
              title: td?.getAttribute('title') ?? null,
            },
          ];
        }),
      ),
    );

test.describe('a chart whose second series starts two years later', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern
    prepare: async ({}, use) =>
      use((dbPath: string) => {
        const dir = mkdtempSync(join(tmpdir(), 'tidemark-later-'));
        try {
          writeFileSync(join(dir, 'later.csv'), laterSeries());
          tidemark('import', join(dir, 'later.csv'), '--db', dbPath);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
  });

  test('its months before its first say "not covered" with their reason, in English and Korean, never 0 or no data', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Charts', { reporter: 'CHN', partner: 'PRK' });
    await page.getByRole('button', { name: 'Add series' }).click();
    await page.getByLabel('Series 2 partner').selectOption('MNG');
    await expect(page.getByTestId('plot-table').locator('thead th')).toHaveCount(3);

    await expect.poll(async () => (await secondColumn(page))['2020-01']?.text).toBe('1,200,002');
    const cells = await secondColumn(page);
    expect(Object.keys(cells)).toHaveLength(36);
    for (const period of ['2018-01', '2019-06', '2019-12']) {
      expect(cells[period]).toEqual({
        text: 'not covered',
        state: 'not-covered',
        title: expect.stringMatching(/^No file held covers Mongolia in \w+ 20(18|19): later\.csv lists only partners?/),
      });
    }
    // No cell of the table is a bare "no data" or a zero: every month is a figure or not covered.
    expect(Object.values(cells).filter((c) => c.state === 'no-data')).toEqual([]);
    expect(Object.values(cells).filter((c) => c.text === '0')).toEqual([]);

    await page.locator('#language').selectOption('ko');
    await expect.poll(async () => (await secondColumn(page))['2018-01']?.title).toMatch(/몽골/);
    expect((await secondColumn(page))['2018-01']?.state).toBe('not-covered');
    expect(problems).toEqual([]);
  });
});
