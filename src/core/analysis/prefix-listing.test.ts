import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../shared/domain';
import { HEADER, tempCore } from '../test-support/temp-core';

// A prefix with no row of its own (HS 27, HS 6) was stated as the sum of the codes a file happens to list
// under it, even where the file's TOTAL exceeds its listed codes: China's imports from North Korea "HS 27"
// in 2019 read 11,428,577, only 2701 + 2716, while 172,745,707 of the total sits in no listed code, some of
// which may be other chapter-27 goods. Such a prefix is not covered by that cell, with the reason; where
// the listing is complete (its codes add up to the TOTAL, or no TOTAL and all goods), the sum stands.

const CORPORA = resolve(__dirname, '../../../../shared/corpora');
const FILE = join(CORPORA, 'comtrade/china-dprk-annual/comtrade_china_dprk_exports.json');
const absent = !existsSync(FILE);

let t: ReturnType<typeof tempCore> | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

const row = (code: string, value: number, partner = 'PRK', period = '2019') =>
  `${period},CHN,${partner},import,HS,${code},,${value},USD,,`;

/** China's imports from North Korea in 2019 as the Comtrade file has them: TOTAL and seven selected codes. */
const DPRK_2019 = [
  row('2701', 0),
  row('2716', 11_428_577),
  row('2601', 0),
  row('6704', 31_063_572),
  row('61', 0),
  row('62', 2_402),
  row('03', 0),
];

async function load(lines: string[], options: ImportOptions = {}) {
  t ??= tempCore();
  const path = t.file(`f${Math.random().toString(36).slice(2)}.csv`, [HEADER, ...lines].join('\n'));
  const r = await t.call('importFiles', { files: [{ path }], options });
  expect(r.files[0]).toMatchObject({ status: 'imported' });
  return t;
}

const series = (c: NonNullable<typeof t>, o: { hs?: string[]; excludeHs?: string[]; lang?: 'en' | 'ko' } = {}) =>
  c.call('series', {
    reporter: 'CHN',
    partner: 'PRK',
    flow: 'import',
    frequency: 'year',
    hs: o.hs ?? [],
    excludeHs: o.excludeHs ?? [],
    lang: o.lang,
  });
const values = (s: { points: { period: string; value: number }[] }) => s.points.map((p) => [p.period, p.value]);
const top = (c: NonNullable<typeof t>, o: { hs?: string[]; excludeHs?: string[]; level?: number } = {}) =>
  c.call('breakdown', {
    reporter: 'CHN',
    partner: 'PRK',
    flow: 'import',
    from: '2019',
    level: o.level ?? 2,
    hs: o.hs ?? [],
    excludeHs: o.excludeHs ?? [],
  });

describe('a prefix of which a file lists only some codes, beside a reported total they fall short of', () => {
  it('is not covered, with the codes listed under it and the gap named, in English and Korean', async () => {
    const c = await load([row('TOTAL', 215_240_258), ...DPRK_2019]);
    const hs27 = await series(c, { hs: ['27'] });
    expect(hs27.points).toEqual([]);
    expect(hs27.missing).toEqual([
      {
        period: '2019',
        reason:
          'North Korea: HS 27 is not listed as such in 2019: the files list only HS 2701, 2716 under it (USD 11,428,577), and USD 172,745,707 of the all-goods total is in no listed code, some of which may be HS 27.',
      },
    ]);
    // The empty series says so too, not "only totals are held": the file lists codes under HS 27.
    expect(hs27.emptyReason).toBe(hs27.missing[0]!.reason);
    const ko = await series(c, { hs: ['27'], lang: 'ko' });
    expect(ko.missing[0]!.reason).toBe(
      '북한: 2019년 HS 27은 그 자체로 나열되지 않았습니다. 그 아래로는 HS 2701, 2716(USD 11,428,577)만 나열되어 있고, 전 품목 합계 중 USD 172,745,707은 나열된 어느 코드에도 속하지 않아 그 일부가 HS 27일 수 있습니다.',
    );
    expect((await series(c, { hs: ['6'] })).missing[0]!.reason).toContain('the files list only HS 61, 62, 6704');
    // All goods but chapter 27 needs chapter 27.
    expect((await series(c, { excludeHs: ['27'] })).points).toEqual([]);

    // Still figures: a code with its own row, all goods, all goods but a listed code.
    expect(values(await series(c, { hs: ['2716'] }))).toEqual([['2019', 11_428_577]]);
    expect(values(await series(c, { hs: ['62'] }))).toEqual([['2019', 2_402]]);
    expect(values(await series(c))).toEqual([['2019', 215_240_258]]);
    expect(values(await series(c, { excludeHs: ['2716'] }))).toEqual([['2019', 215_240_258 - 11_428_577]]);
  });

  it('is its listed codes where they are all of it: codes adding up to the TOTAL, or all goods without one', async () => {
    const whole = await load([row('TOTAL', 42_494_551), ...DPRK_2019]);
    expect(values(await series(whole, { hs: ['27'] }))).toEqual([['2019', 11_428_577]]);
    expect(values(await series(whole, { hs: ['6'] }))).toEqual([['2019', 31_065_974]]);
    whole.dispose();
    t = undefined;
    const all = await load(DPRK_2019, { goods: 'all' });
    expect(values(await series(all, { hs: ['27'] }))).toEqual([['2019', 11_428_577]]);
    expect(values(await series(all, { hs: ['6'] }))).toEqual([['2019', 31_065_974]]);
  });

  it('in a sum of partners, by each partner’s own total and codes', async () => {
    const lines = [
      row('TOTAL', 100, 'DEU', '2020'),
      row('2701', 30, 'DEU', '2020'),
      row('8401', 70, 'DEU', '2020'),
      row('TOTAL', 50, 'FRA', '2020'),
      row('2701', 10, 'FRA', '2020'),
    ];
    const sum = (c: NonNullable<typeof t>, hs: string[]) =>
      c.call('series', { reporter: 'CHN', flow: 'import', frequency: 'year', hs, excludeHs: [] });
    // Both complete: HS 27 is 2701 in each, 40.
    const complete = await load([...lines, row('8401', 40, 'FRA', '2020')], { partners: 'all' });
    expect(values(await sum(complete, ['27']))).toEqual([['2020', 40]]);
    complete.dispose();
    t = undefined;
    // France's total holds 40 in no listed code: its HS 27, and so the sum, is not known.
    const gap = await load(lines, { partners: 'all' });
    const s = await sum(gap, ['27']);
    expect(s.points).toEqual([]);
    expect(s.missing[0]!.reason).toBe(
      'France: HS 27 is not listed as such in 2020: the files list only HS 2701 under it (USD 10), and USD 40 of the all-goods total is in no listed code, some of which may be HS 27.',
    );
    expect(values(await sum(gap, ['2701']))).toEqual([['2020', 40]]);
  });

  it('breaks down by its listed codes, not as a chapter of their sum', async () => {
    const c = await load([row('TOTAL', 215_240_258), ...DPRK_2019]);
    const b = await top(c);
    expect(Object.fromEntries(b.items.map((i) => [i.key, i.value]))).toEqual({
      '2716': 11_428_577,
      '6704': 31_063_572,
      '62': 2_402,
      '61': 0,
      '03': 0,
      '2601': 0,
      '2701': 0,
    });
    expect(b.unallocated?.value).toBe(172_745_707);
    expect(b.footnotes.join(' ')).toContain('list only some of the codes under HS 26, 27, 67');
    const but = await top(c, { excludeHs: ['2716'] });
    expect(but.items.map((i) => i.key)).not.toContain('27');
    expect(but.total).toBe(215_240_258 - 11_428_577);
    const six = await top(c, { hs: ['6'] });
    expect(six.total).toBeNull();
    expect(six.items.map((i) => i.key).sort()).toEqual(['61', '62', '6704']);

    // Codes adding up to the TOTAL: chapters of their sums.
    c.dispose();
    t = undefined;
    const whole = await load([row('TOTAL', 42_494_551), ...DPRK_2019]);
    const w = await top(whole);
    expect(Object.fromEntries(w.items.map((i) => [i.key, i.value]))).toMatchObject({
      '27': 11_428_577,
      '67': 31_063_572,
      '26': 0,
    });
  });
});

describe.skipIf(absent)(
  `the Comtrade China–DPRK file${absent ? ' (skipped: ../shared/corpora is absent)' : ''}`,
  () => {
    it('states no HS 27 or HS 6 of its seven codes; all goods but electricity stays TOTAL − 2716', async () => {
      t = tempCore();
      const r = await t.call('importFiles', {
        files: [{ path: FILE }],
        options: { reporter: 'CHN', partner: 'PRK', flow: 'import' },
      });
      expect(r.files[0]).toMatchObject({ status: 'imported' });
      const c = t;
      const span = { from: '2019', to: '2021' };
      const read = (hs: string[], excludeHs: string[] = []) =>
        c.call('series', {
          reporter: 'CHN',
          partner: 'PRK',
          flow: 'import',
          frequency: 'year',
          hs,
          excludeHs,
          ...span,
        });
      const hs27 = await read(['27']);
      // Before: 11,428,577, 11,848,244 and 16,941,553, the sums of 2701 and 2716.
      expect(hs27.points).toEqual([]);
      expect(hs27.missing.map((m) => m.period)).toEqual(['2019', '2020', '2021']);
      expect(hs27.missing[1]!.reason).toBe(
        'North Korea: HS 27 is not listed as such in 2020: the files list only HS 2701, 2716 under it (USD 11,848,244), and USD 33,867,481 of the all-goods total is in no listed code, some of which may be HS 27.',
      );
      // Before: 31,065,974, 2,232,470 and 372,763, the sums of 6704, 61 and 62.
      expect((await read(['6'])).points).toEqual([]);
      expect(values(await read(['2716']))).toEqual([
        ['2019', 11_428_577],
        ['2020', 11_848_244],
        ['2021', 16_941_553],
      ]);
      expect(values(await read([], ['2716']))).toEqual([
        ['2019', 203_811_681],
        ['2020', 36_099_951],
        ['2021', 41_126_116],
      ]);
      const b = await c.call('breakdown', {
        reporter: 'CHN',
        partner: 'PRK',
        flow: 'import',
        from: '2020',
        level: 2,
        hs: [],
        excludeHs: [],
      });
      // Before: "27" 11,848,244 and "67" 2,230,571, named as the chapters.
      expect(b.items.map((i) => i.key)).toEqual(['2716', '6704', '62', '61', '03', '2601', '2701']);
      expect(b.total).toBe(47_948_195);
      expect(b.unallocated?.value).toBe(33_867_481);
    });
  },
);
