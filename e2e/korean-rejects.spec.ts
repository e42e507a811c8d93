import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from '../src/core/db/backups';
import { openTidemarkDb } from '../src/core/db/open-tidemark';
import { importFile } from '../src/core/import/pipeline/run-import';
import { damageDatabase } from '../src/core/test-support/damage-db';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

test.use({ locale: 'ko-KR', viewport: { width: 1280, height: 720 } });

/**
 * What an import says about its rows and its file reaches the Korean UI in Korean: each reject and
 * warning is stored with its catalog key and params (shared/import-notes-en.ts), and the page says it
 * from import-notes-ko.ts, in the rejects table, the batch's warnings and the rejects' CSV alike.
 */
test('rows a file could not give are listed with their reasons in Korean, and so are its warnings', async ({
  page,
  host,
}) => {
  const problems = watchConsole(page);
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const csv = [
    'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
    '2020-01,CHN,PRK,import,HS,101,x,5,USD,,',
    '2020-02,CHN,PRK,import,HS,0101,x,oops,USD,,',
    '2020/13,CHN,PRK,import,HS,0101,x,7,USD,,',
    '2020-03,CHN,PRK,import,HS,0101,x,9,USD,,',
  ].join('\n');
  await dropFiles(page, [{ name: 'mixed.csv', type: 'text/csv', content: Buffer.from(csv) }]);
  const dialog = page.getByRole('dialog', { name: 'mixed.csv 가져오기' });
  // The preview warns before anything is stored, in Korean too.
  await expect(dialog.getByRole('note', { name: '경고' })).toContainText('HS 코드 1개가 맨 앞의 0을 잃었습니다.');
  await dialog.getByRole('button', { name: '가져오기', exact: true }).click();

  const report = page.getByRole('table', { name: '가져오기 결과' });
  await report.getByRole('button', { name: '거부된 행 2건 보기' }).click();
  const rejects = page.getByTestId('rejects-table');
  await expect(rejects.locator('tbody tr')).toHaveCount(2);
  await expect(rejects.locator('tbody tr').nth(0)).toContainText(
    '금액 "oops"은(는) 소수점 아래 3자리까지의 숫자가 아닙니다.',
  );
  await expect(rejects.locator('tbody tr').nth(1)).toContainText('기간 "2020/13"은 YYYY-MM이나 YYYY 형식이 아닙니다.');
  await expect(rejects).not.toContainText('is not a number');
  await expect(rejects).not.toContainText('is not YYYY-MM');

  // The file's warning (a code a spreadsheet saved as a number lost its leading zero): in Korean.
  const warnings = page.getByTestId('batch-warnings');
  await expect(warnings).toContainText('HS 코드 1개가 맨 앞의 0을 잃었습니다.');
  await expect(warnings).toContainText('(예: "101" → "0101")');
  await expect(warnings).not.toContainText('lost a leading zero');

  // The CSV of the rejects says why as the table does.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '거부된 행을 CSV로 내보내기' }).click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  // The reason as a Korean sentence, the details, then the code for tools (it once stood alone: "cast_error").
  expect(lines[1]).toContain(
    ',3,이 행의 값을 읽을 수 없습니다. 어느 값인지와 이유는 메시지에 있습니다.,"금액 ""oops""은(는) 소수점 아래 3자리까지의 숫자가 아닙니다.",cast_error,',
  );
  // Its header row in Korean too: it said "file,sheet,row,reason,message,cell_1" over the Korean reasons.
  expect(lines[0]).toMatch(/^파일,시트,행,사유,메시지,reason_code,셀_1(,셀_\d+)*$/);
  expect(problems).toEqual([]);
});

test.describe('a damaged database, in the Korean UI', () => {
  const SAMPLE = join(import.meta.dirname, '..', 'resources', 'sample', 'nk-china-published.csv');
  const prepare = (dbPath: string) => {
    const { db } = openTidemarkDb(dbPath);
    importFile(db, { path: SAMPLE }, {}, () => {});
    backupDatabase(db, dbPath, 'before-revert');
    db.close();
    damageDatabase(dbPath);
  };
  // eslint-disable-next-line no-empty-pattern
  test.use({ prepare: async ({}, use) => use(prepare) });

  test('says in Korean what happened to it, in its details too', async ({ page, host }) => {
    const problems = watchConsole(page);
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const screen = page.locator('main.recovery');
    await screen.locator('details summary').click();
    const details = screen.locator('details p');
    await expect(details).toContainText('e2e.sqlite의 데이터베이스가 손상됐습니다(SQLite 검사 결과: ');
    await expect(details).toContainText('저널 파일과 함께 ');
    await expect(details).toContainText('가장 최근 백업은 ');
    await expect(details).not.toContainText('is damaged');
    expect(problems).toEqual([]);
  });
});
