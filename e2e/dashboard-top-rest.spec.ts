import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

const root = join(import.meta.dirname, '..');

/**
 * South Korea's imports from North Korea in December 2024: a reported total of 10,000 and twelve codes
 * (chapters 01 to 12, 100 to 1,200) that add up to 7,800. The top ten hold 7,500; the two codes past them
 * 300; 2,200 of the total is in no code listed.
 */
const prepare = (dbPath: string) => {
  const file = join(dirname(dbPath), 'kor-prk-2024-12.csv');
  const codes = Array.from({ length: 12 }, (_, i) => {
    const code = String(i + 1).padStart(2, '0');
    return `2024-12,KOR,PRK,import,HS,${code},,${(i + 1) * 100},USD,,`;
  });
  writeFileSync(
    file,
    [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      '2024-12,KOR,PRK,import,HS,TOTAL,All goods,10000,USD,,',
      ...codes,
    ].join('\n'),
  );
  execFileSync(process.execPath, [join(root, 'bin/tidemark.mjs'), 'import', file, '--db', dbPath]);
};

// The top imports listed ten codes and their shares, and nothing of the rest: 75% of the total shown,
// with no word of the 22% that no code accounts for, nor of the codes past the tenth.
test.describe('the dashboard’s top imports', () => {
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('show the codes past the top, the unallocated part of the reported total, and the total', async ({
    page,
    host,
  }) => {
    const problems = await openTab(page, host, 'Dashboard');
    const top = page.getByRole('region', { name: 'Top commodities' });
    await expect(top.getByRole('heading')).toHaveText('Top imports, December 2024 (USD)');
    await expect(top.getByRole('row')).toHaveCount(13);
    await expect(top.getByTestId('dashboard-top-other')).toHaveText(/^2 more codes\s*300\s*3%$/);
    await expect(top.getByTestId('dashboard-top-unallocated')).toHaveText(
      /^Unallocated: in the reported total but in no HS code listed\s*2,200\s*22%$/,
    );
    await expect(top.getByTestId('dashboard-top-total')).toHaveText(/^Total\s*10,000 USD$/);
    // December alone is held: the year to date is not known. It read "n/a", as MoM and YoY did; no file covers
    // January to November, so it says "Not covered", muted as they are, with the first month's reason on hover.
    const changes = page.getByRole('article', { name: 'Imports', exact: true }).locator('.tm-card__changes > span');
    await expect(changes.nth(4)).toHaveText('YTD');
    const ytd = changes.nth(5);
    await expect(ytd).toHaveText('Not covered');
    await expect(ytd).toHaveClass('muted');
    await expect(ytd).toHaveAttribute('title', /January 2024/);

    await page.locator('#language').selectOption('ko');
    await expect(page.getByTestId('dashboard-top-other')).toContainText('그 밖의 코드 2개');
    await expect(page.getByTestId('dashboard-top-unallocated')).toContainText('미배분:');
    await expect(page.getByTestId('dashboard-top-total')).toContainText('합계');
    expect(problems).toEqual([]);
  });
});

/** Japan's imports from North Korea in December 2024: a total of 1,000, and chapters 01 and 02 of 700 and 500. */
const over = (dbPath: string) => {
  const file = join(dirname(dbPath), 'jpn-prk-2024-12.csv');
  writeFileSync(
    file,
    [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      '2024-12,JPN,PRK,import,HS,TOTAL,All goods,1000,USD,,',
      '2024-12,JPN,PRK,import,HS,01,,700,USD,,',
      '2024-12,JPN,PRK,import,HS,02,,500,USD,,',
    ].join('\n'),
  );
  execFileSync(process.execPath, [join(root, 'bin/tidemark.mjs'), 'import', file, '--db', dbPath]);
};

test.describe('the dashboard’s top imports of a file whose codes exceed its total', () => {
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(over) });

  test('say the codes add up to more than the total, not a negative unallocated part', async ({ page, host }) => {
    const problems = await openTab(page, host, 'Dashboard');
    const top = page.getByRole('region', { name: 'Top commodities' });
    await expect(top.getByTestId('dashboard-top-total')).toHaveText(/^Total\s*1,000 USD$/);
    await expect(top.getByTestId('dashboard-top-unallocated')).toHaveCount(0);
    await expect(top.getByTestId('dashboard-top-over')).toHaveText(
      /^The codes listed add up to more than the reported total, by\s*200$/,
    );
    expect(problems).toEqual([]);
  });
});
