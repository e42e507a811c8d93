import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// `top --hs 2716` of a file listing 2716 itself and nothing under it (the Comtrade China–DPRK download) showed
// "unallocated 100%, in the reported total but in no code listed" and "Only totals are held": 2716 is listed,
// and its figure is the one item.

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const rows = [
    HEADER,
    '2020,CHN,PRK,import,HS,TOTAL,All goods,47948195,USD,,',
    '2020,CHN,PRK,import,HS,2716,Electrical energy,11848244,USD,,',
    '2020,CHN,PRK,import,HS,6704,Wigs,2230571,USD,,',
    '2020,CHN,PRK,import,HS,62,Apparel,1545,USD,,',
  ];
  const r = await t.call('importFiles', {
    files: [{ path: t.file('comtrade-like.csv', rows.join('\n')) }],
    options: {},
  });
  expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
});
afterAll(() => t?.dispose());

const top = (hs: string[], level = 8, excludeHs: string[] = []) =>
  t.call('breakdown', { reporter: 'CHN', partner: 'PRK', flow: 'import', from: '2020', level, hs, excludeHs });

describe('a breakdown of a code the file lists with nothing under it', () => {
  it('is that code, its whole figure, not "unallocated 100%"', async () => {
    for (const level of [8, 4, 2]) {
      const b = await top(['2716'], level);
      expect(b.total).toBe(11_848_244);
      expect(b.items.map((i) => [i.key, i.value, i.share])).toEqual([['2716', 11_848_244, 1]]);
      expect(b.items[0]!.description).toBe('Electrical energy');
      expect(b.unallocated).toBeNull();
      expect(b.note).toBeUndefined();
    }
    const hs62 = await top(['62']);
    expect(hs62.items.map((i) => [i.key, i.value])).toEqual([['62', 1545]]);
    expect(hs62.unallocated).toBeNull();
  });

  it('lists each code asked for as its own item, beside the rest as before', async () => {
    const b = await top(['2716', '6704']);
    expect(b.items.map((i) => [i.key, i.value])).toEqual([
      ['2716', 11_848_244],
      ['6704', 2_230_571],
    ]);
    expect(b.unallocated).toBeNull();
    // All goods: the codes listed, and the rest of the reported total in none of them, as before.
    const all = await top([]);
    expect(all.unallocated?.value).toBe(47_948_195 - 11_848_244 - 2_230_571 - 1545);
  });

  it('is no item of a brief whose headline is that one code', async () => {
    await t.call('saveDefinition', {
      name: 'electricity',
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      subject: 'reporter',
      hs: ['2716'],
      excludeHs: [],
    });
    const b = await t.call('brief', {
      reporter: 'CHN',
      partner: 'PRK',
      period: '2020',
      def: 'electricity',
      subject: 'reporter',
    });
    expect(b.figures.value).toBe(11_848_244);
    expect(b.figures.items).toEqual([]);
    expect(b.text).not.toMatch(/By item/);
  });
});
