import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// The soybean export downloads (2024out.csv: Brazil and the United States, three codes, every month):
// `top --reporter CHN --period 2024 --flow export --hs 1201` said "No file held covers 2024 for this export
// figure", of a year twelve files' months are held for. What they lack is every partner.

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  const rows = [
    HEADER,
    ...months.map((m) => `2024-${m},CHN,USA,export,HS,12019020,Black soya beans,40000,CNY,4000,千克`),
    ...months.map((m) => `2024-${m},CHN,BRA,export,HS,12011000,Soya beans for cultivation,20,CNY,2,千克`),
  ];
  const r = await t.call('importFiles', { files: [{ path: t.file('2024out.csv', rows.join('\n')) }], options: {} });
  expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
});
afterAll(() => t?.dispose());

describe('a year held only as months that do not cover the figure asked', () => {
  it("gives the months' reason, naming the file and what it lists", async () => {
    const b = await t.call('breakdown', { reporter: 'CHN', flow: 'export', from: '2024', hs: ['1201'] });
    expect(b.items).toEqual([]);
    expect(b.total).toBeNull();
    expect(b.notCovered).toContain('all partners');
    expect(b.notCovered).toContain('2024out.csv lists only partners Brazil, the United States');
  });

  it('still lists the partners and codes the months do cover', async () => {
    const b = await t.call('breakdown', {
      reporter: 'CHN',
      partner: 'USA',
      flow: 'export',
      from: '2024',
      hs: ['12019020'],
    });
    expect(b.items.map((i) => [i.key, i.value])).toEqual([['12019020', 480_000]]);
  });
});
