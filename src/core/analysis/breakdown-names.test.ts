import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../test-support/temp-core';

const LEGACY = resolve(__dirname, '../../../../shared/corpora/comtrade/legacy-csv');
const SITC = join(LEGACY, 'shjain6670_CHN_S4_2010-2014_5partners.csv');
const HS = join(LEGACY, 'sstaple15_USA-CHN_H5_2017_HS2_12col.csv');
const absent = !existsSync(SITC);
const why = absent ? ' (skipped: the corpora folder ../shared/corpora is absent)' : '';
const BIN = resolve(__dirname, '../../../bin/tidemark.mjs');

let t: ReturnType<typeof tempCore>;
afterAll(() => t?.dispose());

describe.skipIf(absent)(`breakdowns name each code from its own classification${why}`, () => {
  beforeAll(async () => {
    t = tempCore();
    // A SITC file and an HS file in one database: their division/chapter 78 are different goods. Both hold
    // every division (chapter) their partners trade, which they cannot say themselves.
    const report = await t.call('importFiles', { files: [{ path: SITC }, { path: HS }], options: { goods: 'all' } });
    expect(report.files.map((f) => f.status)).toEqual(['imported', 'imported']);
  }, 60_000);

  const item = async (
    q: { reporter: string; partner: string; from: string; classification?: string; lang?: 'en' | 'ko' | 'zh' },
    key: string,
  ) => {
    const b = await t.call('breakdown', { ...q, flow: 'import', level: 2, top: 100 });
    return b.items.find((i) => i.key === key);
  };

  it('SITC 78 is "Road vehicles", with nothing appended, while HS 78 in the same database is lead', async () => {
    expect(await item({ reporter: 'CHN', partner: 'DEU', from: '2012' }, '78')).toMatchObject({
      description: 'Road vehicles (including air-cushion vehicles)',
      descriptionEn: 'Road vehicles (including air-cushion vehicles)',
    });
    expect(await item({ reporter: 'CHN', partner: 'DEU', from: '2012', classification: 'S4' }, '84')).toMatchObject({
      description: 'Articles of apparel and clothing accessories',
    });
    expect(await item({ reporter: 'USA', partner: 'CHN', from: '2017' }, '78')).toMatchObject({
      description: 'Lead and articles thereof',
    });
    const all = await t.call('breakdown', {
      reporter: 'CHN',
      partner: 'DEU',
      flow: 'import',
      from: '2012',
      level: 2,
      top: 100,
    });
    expect(all.items.length).toBeGreaterThan(10);
    expect(all.items.filter((i) => /\(lead\)|\(machinery\)|Lead and/.test(i.description))).toEqual([]);
  });

  it('names partners from the one table of names, in the language asked', async () => {
    // The file lists five partners: each is covered, their total (all partners) is not.
    const b = await t.call('breakdown', { reporter: 'CHN', flow: 'import', from: '2012', by: 'partner', lang: 'ko' });
    expect(b.total).toBeNull();
    expect(b.items.map((i) => [i.key, i.description, i.descriptionEn]).sort()).toEqual([
      ['DEU', '독일', 'Germany'],
      ['HKG', '홍콩', 'Hong Kong'],
      ['JPN', '일본', 'Japan'],
      ['KOR', '한국', 'South Korea'],
      ['USA', '미국', 'United States'],
    ]);
  });

  it('`tidemark top --level 2` prints one name per code', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      BIN,
      'top',
      '--db',
      join(t.dir, 'test.sqlite'),
      '--reporter',
      'CHN',
      '--partner',
      'DEU',
      '--period',
      '2012',
      '--level',
      '2',
      '--flow',
      'import',
      '--top',
      '100',
    ]);
    const line = stdout.split('\n').find((l) => l.startsWith('78 '));
    expect(line).toMatch(/%\s+Road vehicles \(including air-cushion vehicles\)$/);
  }, 30_000);
});
