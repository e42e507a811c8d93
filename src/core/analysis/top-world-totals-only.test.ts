import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// China's monthly summary workbook (World, all goods) beside the soybean download 2024in.csv (three partners, one
// code): `top --reporter CHN --flow import --period 2024-03` with no partner printed "unallocated 100%" and nothing
// else, where `--partner WLD` said "Only totals are held for March 2024 in this selection".
let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const files = {
    'summary.csv': [
      HEADER,
      ...Array.from({ length: 12 }, (_, i) => {
        const m = String(i + 1).padStart(2, '0');
        return `2024-${m},CHN,WLD,import,HS,TOTAL,All goods,${m === '03' ? 1986910290000 : 1000000000000},CNY,,`;
      }),
    ],
    '2024in.csv': [
      HEADER,
      '2024-03,CHN,ARG,import,HS,12019019,转基因黄大豆,639240426,CNY,159525200,千克',
      '2024-03,CHN,BRA,import,HS,12019019,转基因黄大豆,11224699012,CNY,2774670531,千克',
    ],
  };
  for (const [name, rows] of Object.entries(files)) {
    const r = await t.call('importFiles', { files: [{ path: t.file(name, rows.join('\n')) }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  }
});
afterAll(() => t?.dispose());

const q = { reporter: 'CHN', flow: 'import', from: '2024-03' } as const;

describe('top of all partners where the World holds only its total', () => {
  it('says only totals are held, as it does with --partner WLD', async () => {
    for (const partner of [undefined, 'WLD']) {
      const b = await t.call('breakdown', { ...q, partner });
      expect(b.items).toEqual([]);
      expect(b.unallocated).toMatchObject({ value: 1986910290000, share: 1 });
      expect(b.note).toBe(
        'Only totals are held for March 2024 in this selection, so there is nothing to break down by commodity.',
      );
    }
    const ko = await t.call('breakdown', { ...q, lang: 'ko' });
    expect(ko.note).toBe('2024년 3월에는 합계만 있어 품목별로 나눌 수 없습니다.');
  });

  it('sums a year of such months, all unallocated, not "no file held covers 2024"', async () => {
    // Before: "No file held covers 2024 for this import figure. So the total and the shares are not known.", where
    // `series --from 2024 --to 2024` gives the sum of the 12 months held.
    const b = await t.call('breakdown', { ...q, from: '2024' });
    expect(b.notCovered).toBeNull();
    expect(b.total).toBe(12986910290000);
    expect(b.unallocated).toMatchObject({ value: 12986910290000, share: 1 });
    expect(b.note).toBe('No annual figure is held for 2024: this sums its 12 months.');
    expect(b.footnotes).toContain(
      'Only totals are held for 2024 in this selection, so there is nothing to break down by commodity.',
    );
  });

  it("lists Brazil's soybeans with no such note where Brazil is asked", async () => {
    const b = await t.call('breakdown', { ...q, partner: 'BRA' });
    expect(b.items.map((i) => i.key)).toEqual(['12019019']);
    expect(b.note ?? null).toBeNull();
  });
});
