import { expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeNkChinaFixture } from '../../src/core/analysis/fixtures/nk-china-fixture';
import { dropFiles } from './drop';

/**
 * Drops the analysis acceptance fixture (China's two GACC downloads of its trade with North Korea, and
 * the canonical monthly history from 1998) onto the window, answering each file's questions in the import
 * dialog the way a person would: the GACC files do not say their flow.
 */
export async function dropNkChinaFixture(
  page: Page,
  onDialog?: (step: 'asked' | 'answered') => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-nk-'));
  try {
    const paths = writeNkChinaFixture(dir);
    const file = (path: string) => ({ name: basename(path), type: 'text/csv', content: readFileSync(path) });
    await dropFiles(page, [file(paths.imports), file(paths.exports), file(paths.history)]);
    for (const [path, flow] of [
      [paths.imports, 'Imports'],
      [paths.exports, 'Exports'],
      [paths.history, null],
    ] as const) {
      const dialog = page.getByRole('dialog', { name: `Import ${basename(path)}` });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByTestId('import-preview')).toBeVisible();
      if (flow) {
        await expect(dialog.getByTestId('import-format')).toHaveText('gacc');
        if (path === paths.imports) await onDialog?.('asked');
        await dialog.getByRole('group', { name: 'Flow' }).getByRole('radio', { name: flow }).check();
        if (path === paths.imports) await onDialog?.('answered');
      }
      // The fixture is China's whole trade with North Korea: each file holds all goods for its partner,
      // which the GACC item lists cannot say themselves.
      const goods = dialog.getByTestId('import-scope-goods');
      if (await goods.isVisible()) await goods.getByRole('radio', { name: 'All goods for these partners' }).check();
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog).toBeHidden();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
