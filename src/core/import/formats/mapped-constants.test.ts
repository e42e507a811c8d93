import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../../shared/domain';
import { tempCore } from '../../test-support/temp-core';
import { buildXlsx } from '../../test-support/xlsx-fixture';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const SUMMARY = join(
  __dirname,
  '../../../../../shared/corpora/gacc/monthly-summary-xlsx/haiguan_tongji_shuju_huizong.xlsx',
);
const cell = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
/** A workbook of monthly totals, one sheet per region, as China customs' summaries come. */
function totalsWorkbook(): Buffer {
  const sheet = (rows: [string, string][]) => ({
    name: '',
    rows: [['时间', '进口_当月'] as [string, string], ...rows]
      .map(([a, b], i) => `<row r="${i + 1}">${cell(`A${i + 1}`, a)}${cell(`B${i + 1}`, b)}</row>`)
      .join(''),
  });
  return Buffer.from(
    buildXlsx({
      sheets: [
        {
          ...sheet([
            ['2024-01', '100'],
            ['2024-02', '90'],
          ]),
          name: '全国',
        },
        {
          ...sheet([
            ['2024-01', '7'],
            ['2024-02', '6'],
          ]),
          name: '北京市',
        },
      ],
    }),
  );
}

describe('a mapped table with constants for what it does not hold', () => {
  it('imports a totals table: code=TOTAL, partner=WLD, flow=import, one sheet of the workbook', async () => {
    t = tempCore();
    const path = t.file('summary.xlsx', totalsWorkbook());
    const options: ImportOptions = {
      map: { 时间: 'period', 进口_当月: 'value' },
      constants: { code: 'TOTAL', partner: 'WLD', flow: 'import' },
      sheets: ['全国'],
      reporter: 'CHN',
      currency: 'CNY',
      scale: 10000,
    };
    const [f] = (await t.call('importFiles', { files: [{ path }], options })).files;
    expect(f).toMatchObject({ status: 'imported', format: 'mapped', rowsRead: 2, rowsImported: 2, currency: 'CNY' });
    const rows = (await t.call('listRecords', {})).rows;
    expect(rows.map((r) => [r.period, r.reporter, r.partner, r.flow, r.code, r.value])).toEqual([
      ['2024-01', 'CHN', 'WLD', 'import', 'TOTAL', 1_000_000],
      ['2024-02', 'CHN', 'WLD', 'import', 'TOTAL', 900_000],
    ]);
    expect((await t.call('series', { reporter: 'CHN', flow: 'import' })).points.map((p) => p.value)).toEqual([
      1_000_000, 900_000,
    ]);
  });

  it('refuses a contradiction or an unreadable constant before reading a row, and a sheet the workbook does not have', async () => {
    t = tempCore();
    const path = t.file('summary.xlsx', totalsWorkbook());
    const base = { map: { 时间: 'period', 进口_当月: 'value' }, reporter: 'CHN', currency: 'CNY' } as const;
    const fail = async (options: object) =>
      (await t.call('importFiles', { files: [{ path }], options: { ...base, ...options } })).files[0]!.error;
    expect(await fail({ constants: { code: 'TOTAL', partner: 'WLD', flow: 'sideways' } })).toMatchObject({
      code: 'bad_input',
      message: 'The constant flow=sideways for summary.xlsx is not one of import, export, re-export or re-import.',
    });
    expect(
      await fail({ constants: { code: 'TOTAL', partner: 'WLD', flow: 'import', period: '2024-01' } }),
    ).toMatchObject({ message: 'The constant period=2024-01 for summary.xlsx contradicts its period column.' });
    expect(await fail({ constants: { code: 'TOTAL', partner: 'WLD' }, flow: 'export', sheets: ['全国'] })).toBeNull();
    expect(
      await fail({ constants: { code: 'TOTAL', partner: 'WLD', flow: 'import' }, sheets: ['上海市'], replace: true }),
    ).toMatchObject({
      code: 'bad_input',
      message: 'summary.xlsx has no sheet "上海市"; its sheets are "全国", "北京市".',
    });
  });

  it('a file that leaves several things unsaid names them all at once', async () => {
    t = tempCore();
    const path = t.file('table.csv', 'Month,HS,USD\n2020-11,0101,5\n');
    const [f] = (
      await t.call('importFiles', {
        files: [{ path }],
        options: { map: { Month: 'period', HS: 'code', USD: 'value' } },
      })
    ).files;
    expect(f!.error).toEqual({
      code: 'missing_option',
      message:
        'table.csv does not say its reporter, flow, currency and partner: give --reporter ISO3, --flow import|export, --currency USD and --partner ISO3.',
    });
  });

  it.skipIf(!existsSync(SUMMARY))(
    'imports the national sheet of gacc/monthly-summary-xlsx with --scale 10000 (skipped without ../shared/corpora)',
    async () => {
      t = tempCore();
      const options: ImportOptions = {
        map: { 时间: 'period', 进口_当月: 'value' },
        constants: { code: 'TOTAL', partner: 'WLD', flow: 'import' },
        sheets: ['全国'],
        reporter: 'CHN',
        currency: 'CNY',
        scale: 10000,
      };
      const [f] = (await t.call('importFiles', { files: [{ path: SUMMARY }], options })).files;
      expect(f).toMatchObject({ status: 'imported', rowsImported: 18, rowsRejected: 0 });
      const s = await t.call('series', { reporter: 'CHN', flow: 'import', from: '2024-01', to: '2024-01' });
      // 218,622,834 ten-thousand yuan, as the sheet writes it.
      expect(s.points.map((p) => p.value)).toEqual([2_186_228_340_000]);
    },
  );
});

describe('a table Tidemark does not recognise', () => {
  it('is told about the Tidemark CSV header only when it is a text table; a workbook or JSON file is told to map its columns', async () => {
    t = tempCore();
    const csv = t.file('odd.csv', 'alpha,beta\n1,2\n');
    const json = t.file('odd.json', '[{"alpha": 1, "beta": 2}]');
    const xlsx = t.file(
      'odd.xlsx',
      Buffer.from(
        buildXlsx({
          sheets: [
            {
              name: 'S',
              rows: `<row r="1">${cell('A1', 'alpha')}${cell('B1', 'beta')}</row><row r="2">${cell('A2', '1')}${cell('B2', '2')}</row>`,
            },
          ],
        }),
      ),
    );
    const [c, j, x] = (
      await t.call('importFiles', { files: [{ path: csv }, { path: json }, { path: xlsx }], options: {} })
    ).files;
    expect(c!.error!.message).toContain('A Tidemark CSV starts with');
    for (const f of [j!, x!]) {
      expect(f.error).toMatchObject({ code: 'format_unknown' });
      expect(f.error!.message).not.toContain('Tidemark CSV');
      expect(f.error!.message).toContain('--map');
    }
  });
});

const corpora = resolve(__dirname, '../../../../../shared/corpora');
const PUBLISHED = join(corpora, 'published/nk-china-reported-figures/nk_china_trade_reported_figures.csv');

/** A totals table: months down, one value column per flow, no code, partner or currency column. */
const TOTALS = [
  'Month,Imports (10k CNY),Exports (10k CNY)',
  '2024-01,218622834,157733650',
  '2024-02,156609573,128412619',
  '2024-03,total,1',
].join('\n');
const TOTALS_MAP = { Month: 'period', 'Imports (10k CNY)': 'value' } as const;
const WORLD_TOTAL = { code: 'TOTAL', reporter: 'CHN', partner: 'WLD', flow: 'import', currency: 'CNY' };

const cellsRow = (r: number, cells: string[]) =>
  `<row r="${r}">${cells.map((c) => `<c t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;

describe('constants for what a mapped table does not hold', () => {
  it('imports a totals table with code, partner, flow and currency given once for every row, scaled', async () => {
    t = tempCore();
    const path = t.file('totals.csv', TOTALS);
    const [f] = (
      await t.call('importFiles', {
        files: [{ path }],
        options: { map: TOTALS_MAP, constants: WORLD_TOTAL, scale: 10000 },
      })
    ).files;
    expect(f).toMatchObject({
      status: 'imported',
      format: 'mapped',
      rowsImported: 2,
      rowsRejected: 1,
      currency: 'CNY',
    });
    const rows = (await t.call('listRecords', {})).rows;
    expect(rows.map((r) => [r.period, r.reporter, r.partner, r.flow, r.code, r.value, r.currency])).toEqual([
      ['2024-01', 'CHN', 'WLD', 'import', 'TOTAL', 2_186_228_340_000, 'CNY'],
      ['2024-02', 'CHN', 'WLD', 'import', 'TOTAL', 1_566_095_730_000, 'CNY'],
    ]);
  });

  it('refuses a field given both a column and a constant, naming it', async () => {
    t = tempCore();
    const path = t.file('totals.csv', TOTALS);
    const [f] = (
      await t.call('importFiles', {
        files: [{ path }],
        options: { map: TOTALS_MAP, constants: { ...WORLD_TOTAL, period: '2024-01' } },
      })
    ).files;
    expect(f!.error).toMatchObject({
      code: 'bad_input',
      message: expect.stringMatching(/constant period=2024-01 .* contradicts its period column/),
    });
  });

  it('reads a flow label that names one flow as a word of its own, and rejects one that names neither', async () => {
    t = tempCore();
    const path = t.file(
      'labels.csv',
      [
        'period,metric,usd',
        '2020-08,china_exports_to_dprk,19300000',
        '2020-08,china_imports_from_dprk,6600000',
        '2020-08,total_trade,25900000',
      ].join('\n'),
    );
    const options = {
      map: { period: 'period', metric: 'flow', usd: 'value' } as const,
      constants: { code: 'TOTAL', reporter: 'CHN', partner: 'PRK', currency: 'USD' },
    };
    const [f] = (await t.call('importFiles', { files: [{ path }], options })).files;
    expect(f).toMatchObject({ rowsImported: 2, rowsRejected: 1 });
    expect((await t.call('listRecords', {})).rows.map((r) => [r.flow, r.value])).toEqual([
      ['export', 19_300_000],
      ['import', 6_600_000],
    ]);
    expect((await t.call('listRejects', { batchId: f!.batchId! }))[0]!.message).toMatch(
      /"total_trade" is not one of import, export, re-export or re-import/,
    );
  });

  it('imports only the chosen sheets of a workbook, and names the sheets when one chosen is not there', async () => {
    t = tempCore();
    const header = cellsRow(1, ['Month', 'Value']);
    const path = t.file(
      'two.xlsx',
      Buffer.from(
        buildXlsx({
          sheets: [
            { name: 'National', rows: header + cellsRow(2, ['2024-01', '100']) },
            { name: 'Beijing', rows: header + cellsRow(2, ['2024-01', '7']) },
          ],
        }),
      ),
    );
    const options = { map: { Month: 'period', Value: 'value' } as const, constants: WORLD_TOTAL, sheets: ['National'] };
    const preview = await t.call('previewImport', { file: { path }, options });
    expect(preview.sheets).toEqual(['National', 'Beijing']);
    const [f] = (await t.call('importFiles', { files: [{ path }], options })).files;
    expect(f).toMatchObject({ rowsRead: 1, rowsImported: 1 });
    expect((await t.call('listRecords', {})).rows.map((r) => r.value)).toEqual([100]);
    await expect(
      t.call('previewImport', { file: { path }, options: { ...options, sheets: ['Shanghai'] } }),
    ).rejects.toMatchObject({
      code: 'bad_input',
      message: expect.stringMatching(/no sheet "Shanghai".*"National", "Beijing"/),
    });
  });
});

describe('the preview of a file no format knows', () => {
  it('is not an error: it says so and carries the header and raw rows to map, then previews the mapping', async () => {
    t = tempCore();
    const path = t.file('totals.csv', TOTALS);
    const raw = await t.call('previewImport', { file: { path }, options: {} });
    expect(raw).toMatchObject({
      recognised: false,
      format: '',
      rows: [],
      header: ['Month', 'Imports (10k CNY)', 'Exports (10k CNY)'],
      sheets: [],
      duplicateOf: null,
    });
    expect(raw.sample[0]).toEqual(['2024-01', '218622834', '157733650']);
    const mapped = await t.call('previewImport', {
      file: { path },
      options: { map: TOTALS_MAP, constants: WORLD_TOTAL, scale: 10000 },
    });
    expect(mapped).toMatchObject({ recognised: true, format: 'mapped', missing: [] });
    expect(mapped.rows[0]).toMatchObject({
      period: '2024-01',
      code: 'TOTAL',
      partner: 'WLD',
      value: '2186228340000',
      isAggregate: true,
    });
    expect(mapped.rejects.map((r) => r.row)).toEqual([4]);
  });

  it('names the batch that already holds the same bytes, before any question is answered', async () => {
    t = tempCore();
    const path = t.file('totals.csv', TOTALS);
    const [f] = (
      await t.call('importFiles', { files: [{ path }], options: { map: TOTALS_MAP, constants: WORLD_TOTAL } })
    ).files;
    const again = await t.call('previewImport', { file: { path: t.file('copy.csv', TOTALS) }, options: {} });
    expect(again.duplicateOf).toMatchObject({ batchId: f!.batchId, fileName: 'totals.csv', status: 'imported' });
  });
});

describe.skipIf(!existsSync(SUMMARY) || !existsSync(PUBLISHED))(
  'real tables through a mapping (corpora folder absent: skipped)',
  () => {
    it('the GACC monthly summary workbook: national imports, 10k CNY, as China’s world totals', async () => {
      t = tempCore();
      const options = {
        map: { 时间: 'period', 进口_当月: 'value' } as const,
        constants: WORLD_TOTAL,
        scale: 10000,
        sheets: ['全国'],
      };
      const preview = await t.call('previewImport', { file: { path: SUMMARY }, options: {} });
      expect(preview).toMatchObject({ recognised: false, kind: 'xlsx' });
      expect(preview.sheets).toHaveLength(13);
      const [f] = (await t.call('importFiles', { files: [{ path: SUMMARY }], options })).files;
      expect(f).toMatchObject({ status: 'imported', rowsRead: 18, rowsImported: 18, rowsRejected: 0 });
      expect((await t.call('listRecords', {})).rows[0]).toMatchObject({
        period: '2024-01',
        code: 'TOTAL',
        value: 2_186_228_340_000,
      });
    });

    it('the published North Korea–China figures: flows from the metric label, the rest rejected with reasons', async () => {
      t = tempCore();
      const options = {
        map: { period: 'period', metric: 'flow', value_usd: 'value' } as const,
        constants: { code: 'TOTAL', reporter: 'CHN', partner: 'PRK', currency: 'USD' },
      };
      const [f] = (await t.call('importFiles', { files: [{ path: PUBLISHED }], options })).files;
      expect(f).toMatchObject({ status: 'imported', rowsRead: 46 });
      expect(f!.rowsImported + f!.rowsRejected).toBe(46);
      expect(f!.rowsImported).toBeGreaterThan(20);
    });
  },
);
