import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordsQuery, TradeRecord } from '../../shared/domain';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/** China customs' download by trade mode (贸易方式) and province (注册地): its three KOR rows differ only by province. */
const FULL = resolve(import.meta.dirname, '../../../../shared/corpora/gacc/chinautils-samples/chinese-full.csv');

const SPLIT_HEADER = `${HEADER},regime,province,mode_of_transport,partner2`;
/**
 * One figure (2020-11, CHN imports from PRK, HS 2601) as its total and five parts of it: by trade mode
 * and province (China customs' codes), by transport and by second partner (UN Comtrade's). Each part is
 * alike in every column the grid showed before.
 */
const SPLIT_ROWS = [
  '2020-11,CHN,PRK,import,HS,2601,Iron ores,100,USD,,,,,,',
  '2020-11,CHN,PRK,import,HS,2601,Iron ores,10,USD,,,10,21,,',
  '2020-11,CHN,PRK,import,HS,2601,Iron ores,20,USD,,,10,44,,',
  '2020-11,CHN,PRK,import,HS,2601,Iron ores,30,USD,,,14,21,,',
  '2020-11,CHN,PRK,import,HS,2601,Iron ores,15,USD,,,,,2100,',
  '2020-11,CHN,PRK,import,HS,2601,Iron ores,25,USD,,,,,,156',
];

async function importSplits(): Promise<void> {
  t = tempCore();
  const path = t.file('splits.csv', [SPLIT_HEADER, ...SPLIT_ROWS].join('\n'));
  const r = await t.call('importFiles', { files: [{ path }], options: {} });
  expect(r.files[0]).toMatchObject({ status: 'imported', rowsImported: 6 });
}

const page = (q: RecordsQuery = {}) => t.call('gridPage', { limit: 100, ...q });
const splitsOf = (r: TradeRecord) => [r.regime, r.province, r.mot, r.partner2];

describe("the grid's split columns", () => {
  it('come with every row as stored, null where a row is no part of a split', async () => {
    await importSplits();
    const { rows } = await page();
    expect(rows.map(splitsOf)).toEqual([
      [null, null, null, null],
      ['10', '21', null, null],
      ['10', '44', null, null],
      ['14', '21', null, null],
      [null, null, '2100', null],
      [null, null, null, '156'],
    ]);
    // The one record a panel or an undo reads says the same.
    expect(splitsOf(await t.call('getRecord', { id: rows[3]!.id }))).toEqual(['14', '21', null, null]);
  });

  it('are said to be held, with their values and the names the core has, only where some row holds them', async () => {
    t = tempCore();
    await t.call('importFiles', {
      files: [{ path: t.file('plain.csv', `${HEADER}\n2020-11,CHN,PRK,import,HS,2601,Iron ores,100,USD,,\n`) }],
      options: {},
    });
    // A database of plain files: the grid looks as it did.
    expect((await t.call('dimensions', {})).splits).toEqual({});
    t.dispose();

    await importSplits();
    expect((await t.call('dimensions', {})).splits).toEqual({
      regime: {
        '10': { en: 'Ordinary Trade', ko: '일반무역' },
        '14': { en: 'Processing and Assembling', ko: '내료가공무역' },
      },
      province: { '21': { en: 'Liaoning', ko: '랴오닝성' }, '44': { en: 'Guangdong', ko: '광둥성' } },
      // No list of Tidemark's names a transport: shown as stored.
      mot: { '2100': null },
      // Comtrade's number for China, named with the code it stands for.
      partner2: { '156': { en: 'China (CHN)', ko: '중국 (CHN)' } },
    });
  });

  it('are filtered through the core, as stored', async () => {
    await importSplits();
    const values = async (filters: RecordsQuery['filters']) => (await page({ filters })).rows.map((r) => r.value);
    expect(await values({ regime: { op: 'equals', value: '10' } })).toEqual([10, 20]);
    expect(await values({ province: { op: 'equals', value: '21' } })).toEqual([10, 30]);
    expect(await values({ province: { op: 'startsWith', value: '4' } })).toEqual([20]);
    expect(await values({ mot: { op: 'equals', value: '2100' } })).toEqual([15]);
    expect(await values({ partner2: { op: 'contains', value: '15' } })).toEqual([25]);
    expect(await values({ regime: { op: 'oneOf', value: 'Ordinary', values: ['10', '14'] } })).toEqual([10, 20, 30]);
    // A row with no regime is one with the empty one, as the grid shows it.
    expect(await values({ regime: { op: 'equals', value: '' } })).toEqual([100, 15, 25]);
    // Counted alike.
    expect((await t.call('countRecords', { filters: { province: { op: 'equals', value: '21' } } })).total).toBe(2);
  });

  it('are sorted through the core, page by page by key, rows without one first ascending, ties by id', async () => {
    await importSplits();
    for (const [column, dir, expected] of [
      ['province', 'asc', [100, 15, 25, 10, 30, 20]],
      ['province', 'desc', [20, 30, 10, 25, 15, 100]],
      ['regime', 'asc', [100, 15, 25, 10, 20, 30]],
      ['mot', 'desc', [15, 25, 30, 20, 10, 100]],
      ['partner2', 'desc', [25, 15, 30, 20, 10, 100]],
    ] as const) {
      const seen: number[] = [];
      let after: RecordsQuery['after'] = null;
      // Two rows a page: every page after the first is read from the key of the last row before it.
      for (let i = 0; i < 4; i++) {
        const p = await page({ sort: { column, dir }, after, limit: 2 });
        seen.push(...p.rows.map((r) => r.value));
        if (!p.next) break;
        after = p.next;
      }
      expect({ column, dir, seen }).toEqual({ column, dir, seen: expected });
    }
  });

  it('are refused for a column the core does not map', async () => {
    await importSplits();
    await expect(page({ sort: { column: 'regime_id' as never, dir: 'asc' } })).rejects.toMatchObject({
      code: 'bad_input',
    });
  });

  it('tell apart the rows of a UN Comtrade file split by transport and by second partner', async () => {
    t = tempCore();
    const header = [
      'typeCode',
      'freqCode',
      'refYear',
      'refMonth',
      'period',
      'reporterCode',
      'reporterISO',
      'flowCode',
      'partnerCode',
      'partnerISO',
      'partner2Code',
      'classificationCode',
      'cmdCode',
      'customsCode',
      'motCode',
      'primaryValue',
    ];
    // China's exports of HS 2601 to North Korea in 2020-11: the total, by sea (2100) and to South Korea (410) after.
    const row = (mot: string, partner2: string, value: string) => [
      'C',
      'M',
      '2020',
      '11',
      '202011',
      '156',
      'CHN',
      'X',
      '408',
      'PRK',
      partner2,
      'H5',
      '2601',
      'C00',
      mot,
      value,
    ];
    const text = [header, row('0', '0', '100'), row('2100', '0', '60'), row('0', '410', '30')].map((r) => r.join('\t'));
    const r = await t.call('importFiles', { files: [{ path: t.file('comtrade.tsv', text.join('\n')) }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported', format: 'comtrade', rowsImported: 3 });
    const { rows } = await page();
    expect(rows.map((r) => [r.value, r.mot, r.partner2])).toEqual([
      [100, null, null],
      [60, '2100', null],
      [30, null, '410'],
    ]);
    const splits = (await t.call('dimensions', {})).splits;
    expect(splits.mot).toEqual({ '2100': null });
    expect(splits.partner2?.['410']?.en).toBe('South Korea (KOR)');
    expect(splits.regime).toBeUndefined();
  });

  it.skipIf(!existsSync(FULL))('tell apart the rows of a China customs download split by province', async () => {
    t = tempCore();
    const r = await t.call('importFiles', { files: [{ path: FULL }], options: { flow: 'import', period: '2026-01' } });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsImported: 5 });
    const { rows } = await page({ filters: { partner: { op: 'equals', value: 'KOR' } } });
    // Alike in every column the grid showed before this.
    const base = ({ period, reporter, partner, flow, code, description, currency, unit }: TradeRecord) =>
      JSON.stringify([period, reporter, partner, flow, code, description, currency, unit]);
    expect(new Set(rows.map(base)).size).toBe(1);
    expect(rows.map((r) => [r.regime, r.province, r.value])).toEqual([
      ['10', '21', 92251],
      ['10', '31', 2776533],
      ['10', '37', 3361],
    ]);
    const splits = (await t.call('dimensions', {})).splits;
    expect(Object.keys(splits).sort()).toEqual(['province', 'regime']);
    expect(splits.province?.['31']).toEqual({ en: 'Shanghai', ko: '상하이시' });
  });
});
