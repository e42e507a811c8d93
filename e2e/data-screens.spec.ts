import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { buildXlsx } from '../src/core/test-support/xlsx-fixture';
import { dropFiles } from './helpers/drop';
import { expect, test } from './helpers/host';
import { watchConsole } from './helpers/page-watch';

const root = join(import.meta.dirname, '..');
const row = (r: number, cells: string[]) =>
  `<row r="${r}">${cells.map((c) => `<c t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;
const WORKBOOK = Buffer.from(
  buildXlsx({
    sheets: [
      {
        name: '全国',
        rows: row(1, ['时间', '进口_当月']) + row(2, ['2024-01', '218622834']) + row(3, ['2024-02', '156609573']),
      },
    ],
  }),
);

/** Words of this issue's screens, in the language each check expects. */
const WORDS = {
  en: {
    title: 'Import totals.xlsx',
    notice: 'does not recognise the columns of this spreadsheet',
    holds: 'What column “进口_当月” holds',
    value: 'Value',
    reporter: 'Reporter (e.g. CHN)',
    partner: 'Partner (e.g. PRK, WLD)',
    currency: 'Currency (e.g. USD, CNY)',
    code: 'Code (e.g. TOTAL)',
    flow: 'Flow',
    skip: 'Skip this file',
    revert: 'Revert the import of totals.xlsx',
    confirm: 'Revert the import of totals.xlsx?',
    keep: 'Keep them',
  },
  ko: {
    title: 'totals.xlsx 가져오기',
    notice: '스프레드시트의 열을 알아보지 못했습니다',
    holds: '“进口_当月” 열의 내용',
    value: '금액',
    reporter: '보고국 (예: CHN)',
    partner: '상대국 (예: PRK, WLD)',
    currency: '통화 (예: USD, CNY)',
    code: '코드 (예: TOTAL)',
    flow: '수출입 구분',
    skip: '이 파일 건너뛰기',
    revert: 'totals.xlsx 가져오기 되돌리기',
    confirm: 'totals.xlsx 가져오기를 되돌릴까요?',
    keep: '그대로 두기',
  },
} as const;

const CASES = [
  { width: 1280, height: 720, scheme: 'light', lang: 'en' },
  { width: 1280, height: 720, scheme: 'dark', lang: 'ko' },
  { width: 2560, height: 1440, scheme: 'light', lang: 'ko' },
  { width: 2560, height: 1440, scheme: 'dark', lang: 'en' },
] as const;

for (const c of CASES) {
  test(`the mapping step and the revert confirmation at ${c.width}×${c.height}, ${c.scheme}, ${c.lang}: translated, readable (axe), on screen`, async ({
    page,
    host,
  }) => {
    const problems = watchConsole(page);
    const w = WORDS[c.lang];
    const name = `${c.width}x${c.height}-${c.scheme}-${c.lang}`;
    await page.setViewportSize({ width: c.width, height: c.height });
    await page.emulateMedia({ colorScheme: c.scheme });
    await page.addInitScript((lang) => localStorage.setItem('tidemark.language', lang), c.lang);
    await page.goto(host.url);
    await dropFiles(page, [
      {
        name: 'totals.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: WORKBOOK,
      },
    ]);
    const dialog = page.getByRole('dialog', { name: w.title });
    const mapping = dialog.getByTestId('import-mapping');
    await expect(mapping).toContainText(w.notice);
    await dialog.getByLabel(w.holds).selectOption({ label: w.value });
    await mapping.getByLabel(w.reporter).fill('CHN');
    await mapping.getByLabel(w.partner).fill('WLD');
    await mapping.getByLabel(w.flow).selectOption('import');
    await mapping.getByLabel(w.currency).fill('CNY');
    await mapping.getByLabel(w.code).fill('TOTAL');
    await expect(mapping.getByTestId('import-preview').locator('tbody tr')).toHaveCount(2);
    await page.screenshot({ path: join(root, 'docs', 'screens', `mapping-${name}.png`) });
    const axe = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await dialog.locator('button[type="submit"]').click();
    await expect(dialog).toBeHidden();

    await page.getByRole('tab').nth(4).click();
    await page.getByRole('button', { name: w.revert }).click();
    const confirm = page.getByRole('dialog', { name: w.confirm });
    await expect(confirm).toContainText('2');
    await page.screenshot({ path: join(root, 'docs', 'screens', `revert-confirm-${name}.png`) });
    const axeConfirm = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(
      axeConfirm.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`,
      ),
    ).toEqual([]);
    await confirm.getByRole('button', { name: w.keep }).click();
    expect(problems).toEqual([]);
  });
}
