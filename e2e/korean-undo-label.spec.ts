import { cell, cellText, editCell } from './helpers/grid';
import { expect, test } from './helpers/host';
import { openTab } from './helpers/open-tab';

test.use({ sample: true });

/**
 * An edit taken back with Ctrl+Z under a Korean UI: the status line said "실행 취소: Edit value of record 1.",
 * the core's English name of the step inside the Korean sentence, and so did the Redo button's title.
 */
test('undo and redo name the step in Korean', async ({ page, host }) => {
  const problems = await openTab(page, host, 'Data');
  await page.locator('#language').selectOption('ko');
  await expect(page.getByRole('tab', { name: '데이터' })).toBeVisible();
  const before = await cellText(page, 0, 'value');
  await editCell(page, 0, 'value', '123');
  await expect(cell(page, 0, 'value')).toHaveText('123');
  const id = /레코드 (\d+)의/.exec((await page.getByTestId('records-status').textContent()) ?? '')?.[1];
  expect(id, 'the saved status names the record').toBeTruthy();

  await cell(page, 0, 'period').click();
  await page.keyboard.press('Control+z');
  await expect(cell(page, 0, 'value')).toHaveText(before);
  await expect(page.getByTestId('records-status')).toHaveText(`실행 취소: 레코드 ${id}의 금액 편집.`);
  await expect(page.getByRole('button', { name: '다시 실행' })).toHaveAttribute(
    'title',
    `다시 실행: 레코드 ${id}의 금액 편집 (Ctrl+Shift+Z)`,
  );
  expect(problems).toEqual([]);
});
