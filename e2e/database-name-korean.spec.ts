import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

/**
 * A database named in Korean: refused, as names are Latin letters only, with "글자, 숫자, 공백, - _ . 만 쓸 수
 * 있습니다" (letters, digits…), so 북한무역, all letters, read as allowed and the refusal gave no way on.
 */
test('a Korean database name is refused, saying that only Latin letters are allowed', async ({ page, host }) => {
  const problems = await openTab(page, host, 'Dashboard');
  await page.locator('#language').selectOption('ko');
  await page.getByRole('button', { name: '새 데이터베이스…' }).click();
  await page.getByLabel('새 데이터베이스 이름').fill('북한무역');
  await page.getByRole('button', { name: '만들기' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    '영문자(A–Z), 숫자, 공백, - _ . 만 쓸 수 있습니다(한글 불가, 폴더 불가).',
  );

  await page.locator('#language').selectOption('en');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Use Latin letters (A–Z), digits, spaces, - _ or . only (no folders).',
  );
  expect(problems).toEqual([]);
});
