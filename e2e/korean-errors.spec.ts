import { dropFiles } from './helpers/drop';
import { englishOnScreen } from './helpers/english';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

test.use({ locale: 'ko-KR', viewport: { width: 1280, height: 720 } });

/**
 * The errors the core throws reach the Korean UI in Korean: the error carries its catalog key and
 * params over the contract, and the page fills in the Korean sentence (shared/error-text-ko.ts).
 */
test('a UN Comtrade error response saved as CSV is explained in Korean, in the dialog and the report', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  // What Comtrade saves in place of the table when a query is too large.
  const body = 'Query complexity: your query is too complex. Please reduce the number of reporters.\n';
  await dropFiles(page, [{ name: 'comtrade-2023.csv', type: 'text/csv', content: Buffer.from(body) }]);

  const dialog = page.getByRole('dialog', { name: 'comtrade-2023.csv 가져오기' });
  const notice = dialog.locator('.notice--error');
  await expect(notice).toContainText(
    '미리 보기 없음: comtrade-2023.csv은(는) 데이터가 아닙니다. UN Comtrade가 표 대신 저장한 오류 메시지입니다(쿼리가 너무 복잡함).',
  );
  await expect(notice).toContainText('다시 내려받으세요.');
  await expect(notice).not.toContainText('is not data');
  // Nothing else in the dialog (the encoding box beside it: "감지된 인코딩 없음") is left in English.
  expect((await englishOnScreen(page)).ui, 'English on the Korean import dialog').toEqual([]);

  // Skipped, the file's row in the report says the same, in Korean.
  await dialog.getByRole('button', { name: '이 파일 건너뛰기' }).click();
  const row = page.getByRole('row', { name: /comtrade-2023\.csv/ });
  await expect(row).toContainText('가져오지 않음');
  // Said once: the status, then why (it read "가져오지 않음" / "가져오지 않음: …").
  await expect(row.getByTestId('import-reason')).toHaveText(/^comtrade-2023\.csv은\(는\) 데이터가 아닙니다\./);
  await expect(row).not.toContainText('error message UN Comtrade saved');
  expect((await englishOnScreen(page)).ui, 'English in the Korean import report').toEqual([]);
  expect(problems).toEqual([]);
});

test('a new database named like one that exists is refused in Korean', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await expect(page.getByTestId('sidebar-db')).toContainText('e2e.sqlite');
  await page.getByRole('button', { name: '새 데이터베이스…' }).click();
  await page.getByLabel('새 데이터베이스 이름').fill('e2e');
  await page.getByRole('button', { name: '만들기' }).click();
  // The core refuses it (conflict); the page says why in Korean, naming the file as it is.
  await expect(page.getByRole('alert')).toHaveText(
    'e2e.sqlite 데이터베이스가 이미 있습니다. 그 데이터베이스를 열거나 새 데이터베이스에 다른 이름을 지정하세요.',
  );
  await expect(page.getByTestId('sidebar-db')).toContainText('e2e.sqlite');
  expect(problems).toEqual([]);
});

test('a file whose every row is rejected says so in Korean in the import report', async ({ page, host }) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  const bad = [
    'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
    '2020-01,CHN,PRK,import,HS,0101,x,oops,USD,,',
    '2020-02,CHN,PRK,import,HS,0101,x,n/a,USD,,',
  ].join('\n');
  await dropFiles(page, [{ name: 'bad.csv', type: 'text/csv', content: Buffer.from(bad) }]);
  const dialog = page.getByRole('dialog', { name: 'bad.csv 가져오기' });
  await dialog.getByRole('button', { name: '가져오기', exact: true }).click();
  // The import itself fails (all_rows_rejected): its report row is in Korean, quoting the row's own reason.
  const row = page.getByRole('row', { name: /bad\.csv/ });
  await expect(row).toContainText('가져오지 않음: bad.csv에서 가져온 것이 없습니다. 행 2개가 모두 거부됐습니다.');
  await expect(row).toContainText('첫 번째는 2행입니다: 금액 "oops"은(는) 소수점 아래 3자리까지의 숫자가 아닙니다.');
  await expect(row).not.toContainText('is not a number');
  await expect(row).not.toContainText('Nothing from bad.csv');
  expect(problems).toEqual([]);
});
