import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { confirmImport } from './helpers/import-dialog';
import { watchConsole } from './helpers/page-watch';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** A name as researchers' downloads have them: long, with no space to break at. */
const NAME = 'comtrade_china_dprk_exports_2016_2024_by_commodity.csv';
const CSV = [
  'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
  '2024-01,CHN,PRK,import,HS,TOTAL,All goods,12000000,USD,,',
].join('\n');

test.describe('the import results on a small window', () => {
  for (const [width, height] of [
    [900, 650],
    [1024, 700],
  ] as const) {
    test(`at ${width}×${height}, a long file name leaves every column and Dismiss in view`, async ({ page, host }) => {
      const problems = watchConsole(page);
      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      await dropFiles(page, [{ name: NAME, type: 'text/csv', content: Buffer.from(CSV) }]);
      await confirmImport(page, NAME);
      const jobs = page.getByTestId('import-jobs');
      await expect(jobs.getByRole('table', { name: 'Import results' })).toContainText(NAME);
      // The name would not break: the table, its bar and Dismiss ran past the card's edge, Duplicate out of sight.
      const card = (await jobs.boundingBox())!;
      const right = Math.min(width, card.x + card.width) + 1;
      for (const [what, target] of [
        ['Dismiss', jobs.getByRole('button', { name: 'Dismiss' })],
        ['Duplicate header', jobs.getByRole('columnheader', { name: 'Duplicate' })],
        ['progress bar', jobs.getByRole('progressbar').first()],
      ] as const) {
        await expect(target).toBeVisible();
        const box = (await target.boundingBox())!;
        expect(box.x + box.width, `${what} ends inside the card at ${width} px`).toBeLessThanOrEqual(right);
      }
      await page.screenshot(shot(`import-report-${width}`));
      expect(problems).toEqual([]);
    });
  }
});
