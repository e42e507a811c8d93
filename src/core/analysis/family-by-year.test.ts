import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// China's SITC file of 2010-2014 (annual, Comtrade) beside a monthly HS file of China and Germany: a monthly
// SITC series said "China's imports in March 2014 are held only in HS, not SITC: ask for --classification HS",
// of a database that holds SITC by year, which --annual reads.
const CORPORA = resolve(__dirname, '../../../../shared/corpora');
const SITC = join(CORPORA, 'comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv');
const absent = !existsSync(SITC);
const why = absent ? ' (skipped: ../shared/corpora/comtrade/legacy-csv is absent)' : '';

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  if (absent) return;
  t = tempCore();
  const months = ['2014-01', '2014-02', '2014-03'].flatMap((p) => [
    `${p},CHN,DEU,import,HS,TOTAL,All goods,1000,USD,,`,
    `${p},CHN,DEU,export,HS,TOTAL,All goods,800,USD,,`,
  ]);
  for (const path of [SITC, t.file('chn-deu-monthly.csv', [HEADER, ...months].join('\n'))]) {
    const r = await t.call('importFiles', { files: [{ path }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported' });
  }
});
afterAll(() => t?.dispose());

describe.skipIf(absent)(`a monthly series in a classification held only by year${why}`, () => {
  const monthly = (lang: 'en' | 'ko') =>
    t.call('series', { reporter: 'CHN', partner: 'DEU', classification: 'S4', frequency: 'month', lang });

  it('says the classification is held by year, and how to read it, not that only HS is held', async () => {
    const s = await monthly('en');
    expect(s.points).toEqual([]);
    expect(s.emptyReason).not.toMatch(/held only in HS|--classification HS/);
    expect(s.emptyReason).toContain('not held in SITC, which holds them only by year (2010 to 2014)');
    expect(s.emptyReason).toContain('series --annual');
    expect(s.missing.every((m) => !/held only in HS/.test(m.reason))).toBe(true);
  });

  it('says so in Korean', async () => {
    const s = await monthly('ko');
    expect(s.emptyReason).toContain('SITC 분류로는 연도별로만 있습니다(2010~2014)');
    expect(s.emptyReason).not.toContain('HS 분류로만');
  });

  it('still names the other classification where the asked one is held at no frequency', async () => {
    const s = await t.call('series', { reporter: 'CHN', partner: 'DEU', classification: 'BEC', frequency: 'month' });
    expect(s.emptyReason).toMatch(/held only in HS, not BEC/);
  });
});
