import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// `top --from 2020-10 --to 2020-11` on the bundled sample listed "27160000 1,122,812 44.5%" as North Korea's
// electricity over the two months, beside "unallocated 1,400,000": November's electricity alone, October's
// being somewhere inside October's total. Over Aug-Nov (September not held) it listed the same figure with the
// total "not covered", and `top --flow total --period 2020` listed China's imports' codes as total trade's,
// the exports being held only as a total. A code one cell holds within its total is not known over the cells.

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const rows = [
    HEADER,
    '2020-10,CHN,PRK,import,HS,TOTAL,All goods,1400000,USD,,',
    '2020-11,CHN,PRK,import,HS,TOTAL,All goods,1125194,USD,,',
    '2020-11,CHN,PRK,import,HS,27160000,Electrical energy,1122812,USD,,',
    '2020-11,CHN,PRK,import,HS,33049900,Beauty or make-up preparations,2382,USD,,',
    '2020-11,CHN,PRK,export,HS,TOTAL,All goods,148000,USD,,',
    '2020-12,CHN,PRK,import,HS,TOTAL,All goods,2000000,USD,,',
    '2020-12,CHN,PRK,import,HS,27160000,Electrical energy,1500000,USD,,',
  ];
  const r = await t.call('importFiles', { files: [{ path: t.file('months.csv', rows.join('\n')) }], options: {} });
  expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
});
afterAll(() => t?.dispose());

const top = (from: string, to: string, flow: 'import' | 'total' = 'import') =>
  t.call('breakdown', { reporter: 'CHN', partner: 'PRK', flow, from, to });

describe('a breakdown over cells of which some hold a code only within their total', () => {
  it("lists a month's codes for that month", async () => {
    const b = await top('2020-11', '2020-11');
    expect(b.items.map((i) => [i.key, i.value])).toEqual([
      ['27160000', 1_122_812],
      ['33049900', 2382],
    ]);
  });

  it('lists no code over months where one is held only as a total, and says so', async () => {
    const b = await top('2020-10', '2020-11');
    expect(b.total).toBe(2_525_194);
    expect(b.items).toEqual([]);
    expect(b.unallocated?.value).toBe(2_525_194);
    expect(b.footnotes.join(' ')).toContain('not listed separately in October 2020');
    expect(b.note).toBeUndefined();
  });

  it('sums a code every month lists, and leaves out one a month holds within its total', async () => {
    const b = await top('2020-11', '2020-12');
    expect(b.items.map((i) => [i.key, i.value])).toEqual([['27160000', 2_622_812]]);
    expect(b.unallocated?.value).toBe(3_125_194 - 2_622_812);
    expect(b.footnotes.join(' ')).toContain('HS 33049900 is not listed separately in December 2020');
  });

  it("lists no import code as total trade's where the exports are held only as a total", async () => {
    const b = await top('2020-11', '2020-11', 'total');
    expect(b.total).toBe(1_125_194 + 148_000);
    expect(b.items).toEqual([]);
    expect(b.unallocated?.value).toBe(1_273_194);
  });
});
