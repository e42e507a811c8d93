import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPORA, corporaAbsent, corporaSkipped } from '../test-support/corpus-database';
import { tempCore } from '../test-support/temp-core';

// chinautils' GACC samples of January 2026 (HS 29012920, acetylene): english-degenerate.csv, all partners in
// dollars, and chinese-full.csv, three partners in yuan. `top --by partner --hs 29012920 --currency CNY` lists the
// three from chinese-full.csv, its total not covered in yuan, yet its source line named english-degenerate.csv
// too: the dollar file whose total it does not state.
const DIR = join(CORPORA, 'gacc/chinautils-samples');
const absent = corporaAbsent;
const why = corporaSkipped;

let t: ReturnType<typeof tempCore> | undefined;
beforeAll(async () => {
  if (absent) return;
  t = tempCore();
  for (const name of ['english-degenerate.csv', 'chinese-full.csv']) {
    const r = await t.call('importFiles', {
      files: [{ path: join(DIR, name) }],
      options: { flow: 'import', period: '2026-01' },
    });
    expect(r.files[0]).toMatchObject({ status: 'imported' });
  }
});
afterAll(() => t?.dispose());

describe.skipIf(absent)(`a breakdown names only the files of the figures it states${why}`, () => {
  const q = { reporter: 'CHN', flow: 'import' as const, from: '2026-01', by: 'partner' as const, hs: ['29012920'] };

  it('in yuan: the three partners of chinese-full.csv, not the dollar total it does not state', async () => {
    const b = await t!.call('breakdown', { ...q, currency: 'CNY' });
    expect(b.items.map((i) => [i.key, i.value])).toEqual([
      ['HKG', 5_848_714],
      ['KOR', 2_872_145],
      ['MAC', 436_449],
    ]);
    expect(b.total).toBeNull();
    expect(b.files).toEqual(['chinese-full.csv']);
  });

  it('in dollars: the total of english-degenerate.csv, all of it in no partner listed', async () => {
    const b = await t!.call('breakdown', q);
    expect(b.total).toBe(419_601);
    expect(b.files).toEqual(['english-degenerate.csv']);
  });
});
