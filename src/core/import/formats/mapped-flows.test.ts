import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../../shared/domain';
import { CORPORA, corporaAbsent, corporaSkipped } from '../../test-support/corpus-database';
import { tempCore } from '../../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const options: ImportOptions = {
  map: { Year: 'period', Flow: 'flow', HS: 'code', USD: 'value' },
  reporter: 'HKG',
  partner: 'CHN',
  currency: 'USD',
};

const annual = async (flow: 'export' | 're-export' | 'import' | 're-import' | 'total') =>
  (
    await t.call('series', { reporter: 'HKG', partner: 'CHN', flow, from: '2020', to: '2020', frequency: 'year' })
  ).points.map((p) => p.value);

describe("a mapped table's re-exports and re-imports", () => {
  it('are flows of their own: a file of them revises no export or import held', async () => {
    t = tempCore();
    const held = t.file('flows.csv', 'Year,Flow,HS,USD\n2020,Export,TOTAL,1000\n2020,Import,TOTAL,500\n');
    const re = t.file('re-flows.csv', 'Year,Flow,HS,USD\n2020,Re-export,TOTAL,900\n2020,Re-import,TOTAL,40\n');
    for (const path of [held, re])
      expect((await t.call('importFiles', { files: [{ path }], options })).files[0]).toMatchObject({
        status: 'imported',
        rowsImported: 2,
      });
    // Read as exports and imports, the second file restated both: 1,000 -> 900 and 500 -> 40.
    expect(await t.call('listRevisions', {})).toEqual([]);
    expect((await t.call('listRecords', {})).rows.map((r) => [r.flow, r.value]).sort()).toEqual([
      ['export', 1000],
      ['import', 500],
      ['re-export', 900],
      ['re-import', 40],
    ]);
    expect(await annual('export')).toEqual([1000]);
    expect(await annual('re-export')).toEqual([900]);
    expect(await annual('import')).toEqual([500]);
    expect(await annual('re-import')).toEqual([40]);
    // Comtrade counts re-exports within exports: total trade is exports and imports, nothing added twice.
    expect(await annual('total')).toEqual([1500]);
  });

  it('reads RX, RM and a label naming a re-export as such; a label naming two flows as none', async () => {
    t = tempCore();
    const path = t.file(
      'labels.csv',
      [
        'Year,Flow,HS,USD',
        '2020,hk_re_exports_to_china,TOTAL,900',
        '2020,hk_exports_to_china,TOTAL,1000',
        '2020,exports_incl_re_exports,TOTAL,1900',
        '2021,RX,TOTAL,800',
        '2021,RM,TOTAL,30',
      ].join('\n'),
    );
    const [f] = (await t.call('importFiles', { files: [{ path }], options })).files;
    expect(f).toMatchObject({ rowsImported: 4, rowsRejected: 1 });
    expect((await t.call('listRecords', {})).rows.map((r) => [r.period, r.flow, r.value]).sort()).toEqual([
      ['2020', 'export', 1000],
      ['2020', 're-export', 900],
      ['2021', 're-export', 800],
      ['2021', 're-import', 30],
    ]);
    expect((await t.call('listRejects', { batchId: f!.batchId! }))[0]!.message).toBe(
      'flow "exports_incl_re_exports" is not one of import, export, re-export or re-import.',
    );
  });
});

describe(`a Comtrade download mapped by its columns${corporaSkipped}`, () => {
  const FILE = join(CORPORA, 'comtrade/legacy-csv/sstaple15_USA-CHN_H5_2017_HS2_12col.csv');
  it.skipIf(corporaAbsent)('keeps its Re-Export rows apart from its exports, as its own format does', async () => {
    t = tempCore();
    const mapped: ImportOptions = {
      map: {
        Classification: 'classification',
        Year: 'period',
        'Trade Flow': 'flow',
        'Commodity Code': 'code',
        'Trade Value (US$)': 'value',
        Partner: 'partner',
      },
      reporter: 'USA',
      currency: 'USD',
    };
    const [f] = (await t.call('importFiles', { files: [{ path: FILE }], options: mapped })).files;
    // 97 imports, 97 exports, 96 re-exports; read as exports, each chapter's re-export was added to its export.
    expect(f).toMatchObject({ status: 'imported', rowsImported: 290 });
    const values = (flow: string, code: string) =>
      readFileSync(FILE, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.startsWith(`H5,2017,${flow === 'export' ? 2 : 3},`) && l.split(',')[8] === code)
        .map((l) => Number(l.split(',').at(-2)));
    const series = async (flow: 'export' | 're-export') =>
      (
        await t.call('series', {
          reporter: 'USA',
          partner: 'CHN',
          flow,
          hs: ['03'],
          from: '2017',
          to: '2017',
          frequency: 'year',
        })
      ).points[0]!.value;
    expect(values('export', '3')).toEqual([1_235_589_412]);
    expect(values('re-export', '3')).toEqual([4_952_891]);
    expect(await series('export')).toBe(1_235_589_412);
    expect(await series('re-export')).toBe(4_952_891);
    expect(await t.call('listRevisions', {})).toEqual([]);
  });
});
