import { expect, type Page } from '@playwright/test';

/**
 * The import dialog of one dropped file: waits for its preview, answers "all goods" where asked and told
 * to (a file of items that is the whole trade), then presses Import.
 */
export async function confirmImport(page: Page, fileName: string, scope: { goods?: 'all' } = {}): Promise<void> {
  const dialog = page.getByRole('dialog', { name: `Import ${fileName}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  if (scope.goods === 'all')
    await dialog.getByTestId('import-scope-goods').getByRole('radio', { name: 'All goods for these partners' }).check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}
