import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPORA, corporaAbsent, corporaSkipped } from '../test-support/corpus-database';
import { tempCore } from '../test-support/temp-core';

// The legacy Comtrade SITC download (China as reporter) and `define coal --hs 32 --classification S4 --reporter
// CHN --partner KOR --flow import`: `series --def coal --from 2010 --to 2014` said "according to UN Comtrade",
// and in Korean "(UN Comtrade 집계)", where `top --def coal` and a series naming --reporter CHN say "(China as
// reporter)": the annual series named the query's reporter, which a definition fills, not the definition's.
const FILE = join(CORPORA, 'comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv');
const absent = corporaAbsent;
const why = corporaSkipped;

let t: ReturnType<typeof tempCore> | undefined;
beforeAll(async () => {
  if (absent) return;
  t = tempCore();
  const r = await t.call('importFiles', { files: [{ path: FILE }], options: {} });
  expect(r.files[0]).toMatchObject({ status: 'imported' });
  await t.call('saveDefinition', {
    name: 'coal',
    reporter: 'CHN',
    partner: 'KOR',
    flow: 'import',
    subject: 'reporter',
    hs: ['32'],
    excludeHs: [],
    classification: 'S4',
  });
});
afterAll(() => t?.dispose());

describe.skipIf(absent)(`an annual series of a definition names its reporter in its source${why}`, () => {
  it('says "(China as reporter)", in English and in Korean, as the same series asked without it does', async () => {
    const q = { frequency: 'year', from: '2010', to: '2014' } as const;
    const en = await t!.call('series', { ...q, def: 'coal' });
    expect(en.points.find((p) => p.period === '2012')?.value).toBe(192_209);
    const plain = await t!.call('series', {
      ...q,
      reporter: 'CHN',
      partner: 'KOR',
      flow: 'import',
      hs: ['32'],
      classification: 'S4',
    });
    expect(plain.source).toBe('according to UN Comtrade (China as reporter)');
    expect(en.source).toBe(plain.source);
    const ko = await t!.call('series', { ...q, def: 'coal', lang: 'ko' });
    expect(ko.source).toBe('중국이 UN Comtrade에 보고한 수치');
  });
});
