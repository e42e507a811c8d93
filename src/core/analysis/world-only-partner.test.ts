import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// China's monthly summary workbook mapped as CHN/WLD/TOTAL (haiguan_tongji_shuju_huizong.xlsx, sheet 全国)
// beside the soybean download 2024in.csv: `series --partner BRA` printed 16,536,067,327 yuan for January 2024
// as China's imports from Brazil, all goods, and `top --by partner` listed it as 0.8% of the total: Brazil's
// soybeans alone. The World row "covers all partners", but lists none; the soybean file lists Brazil but
// two codes. No file says what Brazil's all goods came to.

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const files = {
    'summary.csv': [HEADER, '2024-01,CHN,WLD,import,HS,TOTAL,All goods,2186228340000,CNY,,'],
    '2024in.csv': [
      HEADER,
      '2024-01,CHN,ARG,import,HS,12019019,转基因黄大豆,639240426,CNY,159525200,千克',
      '2024-01,CHN,BRA,import,HS,12019019,转基因黄大豆,16536067327,CNY,4074670531,千克',
      '2024-01,CHN,USA,import,HS,12019019,转基因黄大豆,13615477348,CNY,3325975236,千克',
    ],
  };
  for (const [name, rows] of Object.entries(files)) {
    const r = await t.call('importFiles', { files: [{ path: t.file(name, rows.join('\n')) }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  }
});
afterAll(() => t?.dispose());

const q = { reporter: 'CHN', flow: 'import', from: '2024-01', to: '2024-01' } as const;

describe('a partner a national total covers but does not list, beside a file of some of its goods', () => {
  it('has no all-goods figure: not covered, with the reason', async () => {
    const s = await t.call('series', { ...q, partner: 'BRA' });
    expect(s.points).toEqual([]);
    expect(s.missing[0]!.reason).toBe(
      'No file held covers all goods in January 2024: 2024in.csv lists only partners Argentina, Brazil, the United States and HS 12019019.',
    );
  });

  it('is not said to be unlisted, nor within the World rest its soybeans were taken from, in the goods its file lacks', async () => {
    // Before: "Brazil is not listed separately in January 2024: it is within the CNY 2,155,437,554,899 of the World
    // total that no listed partner accounts for": the World's all goods less three partners' soybeans, Brazil's among them.
    const s = await t.call('series', { ...q, partner: 'BRA', hs: ['12'] });
    expect(s.points).toEqual([]);
    expect(s.missing[0]!.reason).toBe(
      'No file held covers HS 12 in January 2024: 2024in.csv lists only partners Argentina, Brazil, the United States and HS 12019019.',
    );
  });

  it('a partner no file lists is still within the World rest', async () => {
    const s = await t.call('series', { ...q, partner: 'DEU' });
    expect(s.missing[0]!.reason).toContain('Germany is not listed separately in January 2024');
  });

  it('keeps its figure in the goods its file lists', async () => {
    const s = await t.call('series', { ...q, partner: 'BRA', hs: ['12019019'] });
    expect(s.points.map((p) => p.value)).toEqual([16_536_067_327]);
  });

  it('is no item of a breakdown by partner of all goods', async () => {
    const b = await t.call('breakdown', { ...q, by: 'partner' });
    expect(b.total).toBe(2_186_228_340_000);
    expect(b.items).toEqual([]);
    expect(b.unallocated?.value).toBe(2_186_228_340_000);
  });

  it('is an item of a breakdown by partner of its goods', async () => {
    const b = await t.call('breakdown', { ...q, by: 'partner', hs: ['12019019'] });
    expect(b.items.map((i) => [i.key, i.value])).toEqual([
      ['BRA', 16_536_067_327],
      ['USA', 13_615_477_348],
      ['ARG', 639_240_426],
    ]);
  });
});
