import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

const root = join(import.meta.dirname, '..');
test.use({ sample: true });

/**
 * The bundled sample holds news reports' totals: August 2021 has North Korea's exports to China as one
 * all-goods figure, with no HS 2716 line to leave out. The brief's default exclusion (the pair's
 * convention) cannot apply, so the brief includes it and says so, rather than no brief at all.
 */
test('a default exclusion the month does not list is included, and the brief says so', async ({ page, host }) => {
  const problems = await openTab(page, host, 'Brief');
  await expect(page.getByLabel('Brief month')).toHaveValue('2021-08');
  const brief = page.getByTestId('brief-text');
  await expect(brief).toContainText(
    "North Korea's exports to China rose to $6.20 million in August 2021, up 50% from a month earlier",
  );
  await expect(brief).not.toContainText('so there is no brief');
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText(
    'HS 2716 is not listed separately in August 2021 in the files held, so it is included in these figures',
  );
  // The notice that HS 2716 is left out would be untrue for this month.
  await expect(page.getByTestId('brief-convention')).toHaveCount(0);
  await page.screenshot({ path: join(root, 'test-results', 'screens', 'brief-convention-unlisted.png') });

  // November 2020 lists electricity: it is left out, as the convention says.
  await page.getByLabel('Brief month').selectOption('2020-11');
  await expect(brief).toContainText('excludes $1.12 million of electricity');
  await expect(page.getByTestId('brief-convention')).toContainText('news reports of China’s trade with North Korea');
  await expect(page.getByRole('list', { name: 'Notes' })).not.toContainText('is not listed separately');

  // Typed by the reader, an exclusion the month cannot apply leaves the headline not covered, with the
  // reason; the all-goods figures the files do cover are still given, never a 0.
  await page.getByLabel('Brief month').selectOption('2021-08');
  await page.getByLabel('Brief exclude HS').fill('2716, 27');
  await page.getByLabel('Brief exclude HS').press('Enter');
  await expect(brief).toContainText(
    "North Korea's exports to China in August 2021 are not covered by the files held. North Korea: HS 27 is not listed separately",
  );
  await expect(brief).toContainText("North Korea's imports from China totaled $22.50 million in August 2021");
  await expect(brief).not.toContainText('so there is no brief');
  await expect(brief).not.toContainText('$0');
  expect(problems).toEqual([]);
});
