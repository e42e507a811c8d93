import { join } from 'node:path';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const shot = (name: string) => ({ path: join(root, 'test-results', 'screens', `${name}.png`) });

test.use({ sample: true });

// "Export CSV" said it twice: a banner ("레코드 3330건을 tidemark-records.csv(으)로 내보냈습니다.", the count
// ungrouped) above the task's card ("3,330행을 tidemark-records.csv(으)로 내보냈습니다.").
for (const lang of ['en', 'ko'] as const) {
  test(`exporting every record says what was written once (${lang})`, async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.addInitScript((l) => localStorage.setItem('tidemark.language', l), lang);
    await page.goto(host.url);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.toolbar__actions > button').nth(2).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tidemark-records.csv');
    const said = page.getByText(lang === 'en' ? /^Exported .* to tidemark-records\.csv\.$/ : /내보냈습니다\.$/);
    await expect(said.first()).toBeVisible();
    await expect(said).toHaveCount(1);
    await page.screenshot(shot(`export-said-once-${lang}`));
    expect(problems).toEqual([]);
  });
}
