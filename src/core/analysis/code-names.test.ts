import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const top = (q: { reporter: string; partner?: string; from: string; level: number; lang?: 'en' | 'ko' | 'zh' }) =>
  t.call('breakdown', { flow: 'import', top: 20, ...q });

describe('top items name a code from the families shared/classification.ts lists', () => {
  it('names an EU CN8 or US HTS file’s HS headings as HS, as its figures are counted', async () => {
    t = tempCore();
    const csv = [
      HEADER,
      '2023-05,DEU,FRA,import,CN8,27160000,,5,EUR,,',
      '2023-05,USA,CAN,import,HTS,2716000000,,7,USD,,',
    ].join('\n');
    await t.call('importFiles', { files: [{ path: t.file('n.csv', csv) }], options: { goods: 'all' } });
    for (const [reporter, partner] of [
      ['DEU', 'FRA'],
      ['USA', 'CAN'],
    ] as const) {
      const b = await top({ reporter, partner, from: '2023-05', level: 4 });
      expect(b.classification).toBe('HS');
      expect(b.items.map((i) => [i.key, i.description, i.descriptionEn])).toEqual([
        ['2716', 'Electrical energy', 'Electrical energy'],
      ]);
    }
  });
});
