import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

/** One annual file of a few codes, as a Comtrade download often is: no month of it is drawn on the dashboard. */
const prepare = (dbPath: string) => {
  const csv = join(dirname(dbPath), 'usa-chn-2017.csv');
  writeFileSync(
    csv,
    [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      '2017,USA,CHN,import,HS,01,Animals; live,36327640,USD,,',
      '2017,USA,CHN,export,HS,01,Animals; live,16729257,USD,,',
    ].join('\n'),
  );
  execFileSync(process.execPath, [join(root, 'bin/tidemark.mjs'), 'import', csv, '--db', dbPath], {
    encoding: 'utf8',
  });
};
// eslint-disable-next-line no-empty-pattern
test.use({ prepare: async ({}, use) => use(prepare) });

// The dashboard's "Last 24 months" read "No monthly figures." and, under it, "Source: …", as if a file
// had given figures; the Charts tab already cites nothing when it draws nothing.
for (const lang of ['en', 'ko'] as const) {
  test(`the dashboard's chart cites no source when it draws no figure (${lang})`, async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.addInitScript((l) => localStorage.setItem('tidemark.language', l), lang);
    await page.goto(host.url);
    await page.getByRole('tab', { name: lang === 'en' ? 'Dashboard' : '대시보드' }).click();
    const figure = page.locator('.tm-dash figure');
    await expect(figure.locator('.tm-figure__caption')).toBeAttached();
    await expect(figure).toContainText(lang === 'en' ? /No monthly figures|Not covered/ : /월별 수치|포함되지|다루지/);
    await expect(figure.locator('.tm-figure__source')).toHaveCount(0);
    await expect(figure).not.toContainText(lang === 'en' ? 'Source' : '출처');
    await page.screenshot(shot(`dashboard-empty-citation-${lang}`));
    expect(problems).toEqual([]);
  });
}
