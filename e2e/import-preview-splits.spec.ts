import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** A China customs download by trade mode (贸易方式) and province (注册地): rows 4–6 differ only there. */
const FULL = join(CORPORA, 'gacc/chinautils-samples/chinese-full.csv');
const SOY = join(CORPORA, 'gacc/soybean-monthly/2023.csv');
/** UN Comtrade legacy CSV of China's trade in SITC Rev. 4: code 00 is live animals, not an HS chapter. */
const SITC = join(CORPORA, 'comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv');

test.describe('the import preview of a file split by trade mode and province', () => {
  skipWithoutCorpora(FULL, SOY);

  test('shows the columns that tell its rows apart, and only where the file has them', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files (Ctrl+O)' }).click();
    await (await chooser).setFiles([FULL, SOY]);

    // A download by partner alone has no such columns to show.
    const soy = page.getByRole('dialog', { name: 'Import 2023.csv' }).getByTestId('import-preview');
    await expect(soy.locator('tbody tr').first()).toBeVisible();
    await expect(soy.locator('thead th', { hasText: /Customs regime|Province|Classification/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Skip this file' }).click();

    const dialog = page.getByRole('dialog', { name: 'Import chinese-full.csv' });
    const preview = dialog.getByTestId('import-preview');
    await expect(preview.locator('thead th')).toContainText(['Code', 'Customs regime', 'Province', 'Description']);
    const korea = preview
      .locator('tbody tr')
      .filter({ has: page.locator('td[data-col="partner"]', { hasText: 'KOR' }) });
    await expect(korea).toHaveCount(3);
    await expect(korea.locator('td[data-col="province"]')).toHaveText(['21', '31', '37']);
    await expect(korea.locator('td[data-col="regime"]')).toHaveText(['10', '10', '10']);
    // In view without scrolling the preview sideways.
    const box = (await preview.boundingBox())!;
    const province = (await korea.first().locator('td[data-col="province"]').boundingBox())!;
    expect(province.x + province.width).toBeLessThanOrEqual(box.x + box.width);
    await page.screenshot(shot('import-preview-splits'));

    expect(problems).toEqual([]);
  });

  test('names the classification of codes that are not HS, beside the code', async ({ page, host }) => {
    skipWithoutCorpora(SITC);
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files (Ctrl+O)' }).click();
    await (await chooser).setFiles([SITC]);
    const preview = page.getByTestId('import-dialog').getByTestId('import-preview');
    await expect(preview.locator('thead th')).toContainText(['Flow', 'Classification', 'Code', 'Description']);
    await expect(preview.locator('tbody tr').first().locator('td[data-col="classification"]')).toHaveText('S4');
    await page.screenshot(shot('import-preview-sitc'));
    expect(problems).toEqual([]);
  });
});
