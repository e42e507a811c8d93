import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../shared/domain';
import { tempCore } from '../test-support/temp-core';
import { buildXlsx } from './xlsx-fixture';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const SUMMARY = join(__dirname, '../../../../shared/corpora/gacc/monthly-summary-xlsx/haiguan_tongji_shuju_huizong.xlsx');
const cell = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
/** A workbook of monthly totals, one sheet per region, as China customs' summaries come. */
function totalsWorkbook(): Buffer {
  const sheet = (rows: [string, string][]) => ({
    name: '',
    rows: [['时间', '进口_当月'] as [string, string], ...rows].map(([a, b], i) => `<row r="${i + 1}">${cell(`A${i + 1}`, a)}${cell(`B${i + 1}`, b)}</row>`).join(''),
  });
  return Buffer.from(buildXlsx({ sheets: [{ ...sheet([['2024-01', '100'], ['2024-02', '90']]), name: '全国' }, { ...sheet([['2024-01', '7'], ['2024-02', '6']]), name: '北京市' }] }));
}

describe('a mapped table with constants for what it does not hold', () => {
  it('imports a totals table: code=TOTAL, partner=WLD, flow=import, one sheet of the workbook', async () => {
    t = tempCore();
    const path = t.file('summary.xlsx', totalsWorkbook());
    const options: ImportOptions = { map: { 时间: 'period', 进口_当月: 'value' }, constants: { code: 'TOTAL', partner: 'WLD', flow: 'import' }, sheets: ['全国'], reporter: 'CHN', currency: 'CNY', scale: 10000 };
    const [f] = (await t.call('importFiles', { files: [{ path }], options })).files;
    expect(f).toMatchObject({ status: 'imported', format: 'mapped', rowsRead: 2, rowsImported: 2, currency: 'CNY' });
    const rows = (await t.call('listRecords', {})).rows;
    expect(rows.map((r) => [r.period, r.reporter, r.partner, r.flow, r.code, r.value])).toEqual([
      ['2024-01', 'CHN', 'WLD', 'import', 'TOTAL', 1_000_000],
      ['2024-02', 'CHN', 'WLD', 'import', 'TOTAL', 900_000],
    ]);
    expect((await t.call('series', { reporter: 'CHN', flow: 'import' })).points.map((p) => p.value)).toEqual([1_000_000, 900_000]);
  });

  it('refuses a contradiction or an unreadable constant before reading a row, and a sheet the workbook does not have', async () => {
    t = tempCore();
    const path = t.file('summary.xlsx', totalsWorkbook());
    const base = { map: { 时间: 'period', 进口_当月: 'value' }, reporter: 'CHN', currency: 'CNY' } as const;
    const fail = async (options: object) => (await t.call('importFiles', { files: [{ path }], options: { ...base, ...options } })).files[0]!.error;
    expect(await fail({ constants: { code: 'TOTAL', partner: 'WLD', flow: 'sideways' } })).toEqual({ code: 'bad_input', message: 'The constant flow=sideways for summary.xlsx is neither import nor export.' });
    expect(await fail({ constants: { code: 'TOTAL', partner: 'WLD', flow: 'import', period: '2024-01' } })).toMatchObject({ message: 'The constant period=2024-01 for summary.xlsx contradicts its period column.' });
    expect(await fail({ constants: { code: 'TOTAL', partner: 'WLD' }, flow: 'export', sheets: ['全国'] })).toBeNull();
    expect(await fail({ constants: { code: 'TOTAL', partner: 'WLD', flow: 'import' }, sheets: ['上海市'], replace: true })).toEqual({ code: 'bad_input', message: 'summary.xlsx has no sheet "上海市"; its sheets are "全国", "北京市".' });
  });

  it('a file that leaves several things unsaid names them all at once', async () => {
    t = tempCore();
    const path = t.file('table.csv', 'Month,HS,USD\n2020-11,0101,5\n');
    const [f] = (await t.call('importFiles', { files: [{ path }], options: { map: { Month: 'period', HS: 'code', USD: 'value' } } })).files;
    expect(f!.error).toEqual({ code: 'missing_option', message: 'table.csv does not say its reporter, flow, currency and partner: give --reporter ISO3, --flow import|export, --currency USD and --partner ISO3.' });
  });

  it.skipIf(!existsSync(SUMMARY))('imports the national sheet of gacc/monthly-summary-xlsx with --scale 10000 (skipped without ../shared/corpora)', async () => {
    t = tempCore();
    const options: ImportOptions = { map: { 时间: 'period', 进口_当月: 'value' }, constants: { code: 'TOTAL', partner: 'WLD', flow: 'import' }, sheets: ['全国'], reporter: 'CHN', currency: 'CNY', scale: 10000 };
    const [f] = (await t.call('importFiles', { files: [{ path: SUMMARY }], options })).files;
    expect(f).toMatchObject({ status: 'imported', rowsImported: 18, rowsRejected: 0 });
    const s = await t.call('series', { reporter: 'CHN', flow: 'import', from: '2024-01', to: '2024-01' });
    // 218,622,834 ten-thousand yuan, as the sheet writes it.
    expect(s.points.map((p) => p.value)).toEqual([2_186_228_340_000]);
  });
});

describe('a table Tidemark does not recognise', () => {
  it('is told about the Tidemark CSV header only when it is a text table; a workbook or JSON file is told to map its columns', async () => {
    t = tempCore();
    const csv = t.file('odd.csv', 'alpha,beta\n1,2\n');
    const json = t.file('odd.json', '[{"alpha": 1, "beta": 2}]');
    const xlsx = t.file('odd.xlsx', Buffer.from(buildXlsx({ sheets: [{ name: 'S', rows: `<row r="1">${cell('A1', 'alpha')}${cell('B1', 'beta')}</row><row r="2">${cell('A2', '1')}${cell('B2', '2')}</row>` }] })));
    const [c, j, x] = (await t.call('importFiles', { files: [{ path: csv }, { path: json }, { path: xlsx }], options: {} })).files;
    expect(c!.error!.message).toContain('A Tidemark CSV starts with');
    for (const f of [j!, x!]) {
      expect(f.error).toMatchObject({ code: 'format_unknown' });
      expect(f.error!.message).not.toContain('Tidemark CSV');
      expect(f.error!.message).toContain('--map');
    }
  });
});
