import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPORA, corporaAbsent, corporaSkipped, SAMPLE } from '../test-support/corpus-database';
import { tempCore } from '../test-support/temp-core';

// The bundled sample (China's customs figures as news reports gave them: some months, 2018 by year) beside
// the Comtrade China–DPRK downloads (imports by year 2016-2024, both flows for 2020 and 2022 and December 2024).
// Total trade by year fell to the months both flows held: 2021 read $94,339,000, less than the $138,418,669 the
// files give for its two flows (imports $58,067,669 for the year, exports $80,351,000 in four months), and 2019,
// whose imports Comtrade states, was "not covered" because the sample's July holds no imports.
const absent = corporaAbsent;
const why = corporaSkipped;

let t: ReturnType<typeof tempCore> | undefined;
beforeAll(async () => {
  if (absent) return;
  t = tempCore();
  const dir = join(CORPORA, 'comtrade/china-dprk-annual');
  const imports = [
    { path: SAMPLE, options: { goods: 'all' as const } },
    {
      path: join(dir, 'comtrade_china_dprk_exports.json'),
      options: { reporter: 'CHN', partner: 'PRK', flow: 'import' as const },
    },
    { path: join(dir, 'comtrade_sample.json'), options: { reporter: 'CHN', partner: 'PRK' } },
  ];
  for (const { path, options } of imports) {
    const r = await t.call('importFiles', { files: [{ path }], options });
    expect(r.files[0]).toMatchObject({ status: 'imported' });
  }
});
afterAll(() => t?.dispose());

const q = { reporter: 'CHN', partner: 'PRK', frequency: 'year', from: '2018', to: '2021' } as const;

describe.skipIf(absent)(`total trade by year, each flow read as its own series${why}`, () => {
  it('adds each flow as its own series gives it: a stated year wins over months', async () => {
    const imp = await t!.call('series', { ...q, flow: 'import' });
    const exp = await t!.call('series', { ...q, flow: 'export' });
    const total = await t!.call('series', { ...q, flow: 'total' });
    const at = (s: typeof total, p: string) => s.points.find((x) => x.period === p);
    expect(at(imp, '2021')?.value).toBe(58_067_669);
    expect(at(exp, '2021')?.value).toBe(80_351_000);
    expect(at(total, '2021')).toMatchObject({ value: 138_418_669, yoy: null, monthsHeld: 4 });
    expect(at(total, '2021')?.incomplete).toContain('4 of its 12 months');
    // 2019: Comtrade's imports of the year, and the sample's July of exports; not "not covered".
    expect(at(total, '2019')).toMatchObject({ value: 215_240_258 + 207_700_000, yoy: null });
    expect(total.missing).toEqual([]);
    // Whole years stay whole: 2018 (the sample's exports, Comtrade's imports) and 2020 (Comtrade both).
    expect(at(total, '2018')).toMatchObject({ value: 2_433_151_847 });
    expect(at(total, '2018')?.incomplete).toBeUndefined();
    expect(at(total, '2020')).toMatchObject({ value: 538_916_183 });
    expect(total.sources).toEqual(expect.arrayContaining(['customs', 'comtrade']));
  });

  // The dashboard opens a year's rows by it: a summed year's are its months, a stated year's the year's own.
  it('says what each year is made of: a stated year, its months, or both kinds in total trade', async () => {
    const imp = await t!.call('series', { ...q, flow: 'import' });
    const exp = await t!.call('series', { ...q, flow: 'export' });
    const total = await t!.call('series', { ...q, flow: 'total' });
    const madeOf = (s: typeof total) => Object.fromEntries(s.points.map((p) => [p.period, p.madeOf ?? 'year']));
    // Comtrade states every year of the imports; the sample's exports are by year in 2018 and by month after.
    expect(madeOf(imp)).toEqual({ 2018: 'year', 2019: 'year', 2020: 'year', 2021: 'year' });
    expect(madeOf(exp)).toEqual({ 2018: 'year', 2019: 'months', 2020: 'year', 2021: 'months' });
    expect(madeOf(total)).toEqual({ 2018: 'year', 2019: 'both', 2020: 'year', 2021: 'both' });
  });

  it('says a year no file covers for one flow is not covered, naming that flow', async () => {
    const s = await t!.call('series', { ...q, flow: 'total', from: '2016', to: '2017' });
    expect(s.points).toEqual([]);
    expect(s.missing.map((m) => m.period)).toEqual(['2016', '2017']);
    expect(s.missing[0]!.reason).toMatch(/exports/);
  });

  it("a brief's record passes over a year held in part, saying so", async () => {
    // 2019 is held only in part (its exports' July): "the lowest since 2018" must say a year in between is not there.
    const b = await t!.call('brief', { reporter: 'CHN', partner: 'PRK', period: '2020', subject: 'partner' });
    expect(b.figures.total?.value).toBe(538_916_183);
    expect(b.text).toContain(
      'came to $538.92 million, the lowest since 2018, when the series held here begins (1 year in between is missing).',
    );
  });
});
