import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPORA, corporaAbsent, corporaSkipped } from '../test-support/corpus-database';
import { tempCore } from '../test-support/temp-core';

// China's soybean import download 2024in.csv (GACC, one query over 2024): Argentina has no row in March to May.
// `top --partner ARG --period 2024` (all goods, which the file does not cover) listed its codes and said "this sums
// the 9 months held (Jan–Feb, Jun–Dec)", where the query's months without a row are true zeros: its items are sums
// of all 12, as `top --hs 12019019` said ("this sums its 12 months").
const FILE = join(CORPORA, 'gacc/soybean-monthly/2024in.csv');
const absent = corporaAbsent;
const why = corporaSkipped;

let t: ReturnType<typeof tempCore> | undefined;
beforeAll(async () => {
  if (absent) return;
  t = tempCore();
  const r = await t.call('importFiles', { files: [{ path: FILE }], options: { flow: 'import' } });
  expect(r.files[0]).toMatchObject({ status: 'imported' });
});
afterAll(() => t?.dispose());

describe.skipIf(absent)(`a year of a GACC download's codes sums every month of the query${why}`, () => {
  it('says it sums 12 months, as the same codes asked for by name do', async () => {
    const q = { reporter: 'CHN', partner: 'ARG', flow: 'import', from: '2024' } as const;
    const all = await t!.call('breakdown', q);
    expect(all.items.map((i) => [i.key, i.value])).toEqual([
      ['12019019', 14_830_704_301],
      ['12011000', 29_914],
    ]);
    expect(all.total).toBeNull();
    expect(all.note).toBe('No annual figure is held for 2024: this sums its 12 months.');
    const one = await t!.call('breakdown', { ...q, hs: ['12019019'] });
    expect(one.note).toBe(all.note);
  });
});
