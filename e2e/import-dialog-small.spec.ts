import { join } from 'node:path';
import { CORPORA, skipWithoutCorpora } from './helpers/corpora';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });
/** A China customs download by trade mode and province: a preview and four questions, taller than 600 px. */
const FILE = join(CORPORA, 'gacc/chinautils-samples/english-full.csv');

for (const lang of ['en', 'ko'] as const) {
  test(`at 800×600 the import dialog's buttons are in view before any scroll (${lang})`, async ({ page, host }) => {
    skipWithoutCorpora(FILE);
    const problems = watchConsole(page);
    await page.addInitScript((l) => localStorage.setItem('tidemark.language', l), lang);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(host.url);
    const chooser = page.waitForEvent('filechooser');
    await page.locator('.toolbar__actions > button').first().click();
    await (await chooser).setFiles([FILE]);
    const dialog = page.getByTestId('import-dialog');
    await expect(dialog.getByTestId('import-preview')).toBeVisible();
    const importButton = dialog.getByRole('button', { name: lang === 'en' ? 'Import' : '가져오기', exact: true });
    const skip = dialog.getByRole('button', { name: lang === 'en' ? 'Skip this file' : '이 파일 건너뛰기' });
    // Wholly inside the window: it sat half under its bottom edge (566 to 603 of 600).
    for (const button of [importButton, skip]) {
      const box = (await button.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(600);
    }
    await page.screenshot(shot(`import-dialog-small-${lang}`));
    // The questions still answer, scrolled to: the flow, then Import.
    await dialog.getByRole('radio', { name: lang === 'en' ? 'Imports' : '수입' }).check();
    await importButton.click();
    await expect(dialog).toBeHidden();
    expect(problems).toEqual([]);
  });
}
