import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

test.describe('country names in the pickers', () => {
  test.use({ sample: true });

  test('in the Korean UI the partner picker says 북한 (PRK), and its value stays the code', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.addInitScript(() => localStorage.setItem('tidemark.language', 'ko'));
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

    await page.getByRole('tab', { name: '차트' }).click();
    const partner = page.getByLabel('계열 1 상대국');
    await expect(partner).toHaveValue('PRK');
    await expect(partner.locator('option:checked')).toHaveText('북한 (PRK)');

    await page.getByRole('tab', { name: '브리핑' }).click();
    await page.getByLabel('브리핑 상대국').selectOption('PRK');
    await expect(page.getByLabel('브리핑 상대국').locator('option:checked')).toHaveText('북한 (PRK)');
    await page.screenshot(shot('countries-01-korean-brief'));
    expect(problems).toEqual([]);
  });
});
