import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// `top --by partner` of a Comtrade download of one code from all partners (a World row beside its partners,
// no TOTAL) listed "TUR 40,083,913 Türkiye" as the EU's imports from Türkiye, all goods: that is cement
// clinker alone (HS 252310), and no file held says what Türkiye's all goods came to. `series --partner TUR`
// said "not covered" for the same figure.

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const rows = [
    HEADER,
    '2019,C97,WLD,import,H5,252310,Cement clinkers,123839799,USD,,',
    '2019,C97,TUR,import,H5,252310,Cement clinkers,40083913,USD,,',
    '2019,C97,COL,import,H5,252310,Cement clinkers,29474191,USD,,',
  ];
  const r = await t.call('importFiles', { files: [{ path: t.file('clinker.csv', rows.join('\n')) }], options: {} });
  expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
});
afterAll(() => t?.dispose());

const byPartner = (hs: string[]) =>
  t.call('breakdown', { reporter: 'C97', flow: 'import', from: '2019', by: 'partner', hs, excludeHs: [] });

describe('a breakdown by partner of a file of one code from all partners', () => {
  it('lists no partner as its all-goods figure', async () => {
    const b = await byPartner([]);
    expect(b.items).toEqual([]);
    expect(b.total).toBeNull();
    expect(b.notCovered).toMatch(/all goods/);
    // The series of the same figure agrees: not covered.
    const s = await t.call('series', { reporter: 'C97', partner: 'TUR', flow: 'import', from: '2019', to: '2019' });
    expect(s.points).toEqual([]);
  });

  it('lists each partner in the code the file holds, with its share of the World row', async () => {
    const b = await byPartner(['252310']);
    expect(b.total).toBe(123_839_799);
    expect(b.items.map((i) => [i.key, i.value])).toEqual([
      ['TUR', 40_083_913],
      ['COL', 29_474_191],
    ]);
  });
});

const cement = join(__dirname, '../../../../shared/corpora/comtrade/legacy-csv/Ntacyica_cement_H0_XM_codes.csv');
const why = existsSync(cement) ? '' : ' (skipped: ../shared/corpora/comtrade/legacy-csv is absent)';
describe.skipIf(why !== '')(`the real Comtrade cement clinker download (EU-28, 2000-2020)${why}`, () => {
  it('names no partner figure for all goods, and the 2019 clinker figures as the file states them', async () => {
    const c = tempCore();
    try {
      const r = await c.call('importFiles', { files: [{ path: cement }], options: {} });
      expect(r.files[0]).toMatchObject({ status: 'imported', rowsImported: 874 });
      const q = { reporter: 'C97', flow: 'import' as const, from: '2019', by: 'partner' as const, excludeHs: [] };
      expect((await c.call('breakdown', { ...q, hs: [] })).items).toEqual([]);
      const b = await c.call('breakdown', { ...q, hs: ['252310'], top: 2 });
      expect(b.total).toBe(123_839_799);
      expect(b.items.map((i) => [i.key, i.value])).toEqual([
        ['TUR', 40_083_913],
        ['COL', 29_474_191],
      ]);
    } finally {
      c.dispose();
    }
  });
});
