import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// China's monthly summary workbook (World, all goods) beside the soybean download 2024in.csv (three partners, one
// code): `top --reporter CHN --flow import --period 2024-03` with no partner printed "unallocated 100%" and nothing
// else, where `--partner WLD` said "Only totals are held for March 2024 in this selection".
let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const files = {
    'summary.csv': [HEADER, '2024-03,CHN,WLD,import,HS,TOTAL,All goods,1986910290000,CNY,,'],
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

  it("lists Brazil's soybeans with no such note where Brazil is asked", async () => {
    const b = await t.call('breakdown', { ...q, partner: 'BRA' });
    expect(b.items.map((i) => i.key)).toEqual(['12019019']);
    expect(b.note ?? null).toBeNull();
  });
});
