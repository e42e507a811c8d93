import { expect, type Page } from '@playwright/test';

/** The import dialog of one dropped file: waits for its preview, then presses Import. */
export async function confirmImport(page: Page, fileName: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: `Import ${fileName}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}
