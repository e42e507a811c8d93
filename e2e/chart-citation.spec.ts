import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`), fullPage: true });

test.use({ sample: true });

// A series with no figure at all still said "Source: China customs (GACC), imported …", as if a file had given them.
test('a chart cites the sources of the series it draws, and nothing when it draws none', async ({ page, host }) => {
  const problems = await openTab(page, host, 'Charts');
  const caption = page.getByTestId('chart-caption');
  await expect(caption).toContainText(/Source: China customs \(GACC\), imported/);

  // Live horses (HS 0101): the sample holds none, so nothing is drawn and nothing is cited.
  const onlyHs = page.getByLabel('Series 1 only HS');
  await onlyHs.fill('0101');
  await onlyHs.press('Enter');
  await expect(page.getByText(/No figures for this selection|Not covered by the files held/)).toBeVisible();
  await expect(caption).not.toContainText('Source');
  await expect(caption).not.toContainText('HS 0101 only');
  await expect(page.getByRole('button', { name: 'PDF', exact: true })).toBeDisabled();
  await page.screenshot(shot('chart-citation-01-nothing-drawn'));

  // A second series with figures: cited, with its own filters; the empty one's "HS 0101 only" is not.
  await page.getByRole('button', { name: 'Add series' }).click();
  const second = page.getByLabel('Series 2 only HS');
  await second.fill('');
  await second.press('Enter');
  await expect(caption).toContainText(/Source: China customs \(GACC\), imported \d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.tm-figure__source')).not.toContainText('HS 0101');
  await page.screenshot(shot('chart-citation-02-one-drawn'));
  expect(problems).toEqual([]);
});
