import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const lines = [
    'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
    // China's whole trade with North Korea in December 2023, and Brazilian soybeans in June 2024: nothing else.
    '2023-12,CHN,PRK,import,HS,TOTAL,All goods,25000000,USD,,',
    '2023-12,CHN,PRK,export,HS,TOTAL,All goods,180000000,USD,,',
    '2024-06,CHN,BRA,import,HS,12019000,Soya beans,900,USD,,',
  ];
  const report = await t.call('importFiles', { files: [{ path: t.file('held.csv', lines.join('\n')) }], options: {} });
  expect(report.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
});
afterAll(() => t?.dispose());

describe('the watchlist over a range', () => {
  it('lists every month no file covers, held or not, so no hit there is not read as no trade', async () => {
    const r = await t.call('watchReport', { reporter: 'CHN', from: '2023-01', to: '2024-12' });
    expect(r.hits).toEqual([]);
    // No month is covered by goods: December 2023 holds only totals, the 11 months before it nothing, and
    // the 12 of 2024 (June's file lists only Brazil and soybeans) nothing for North Korea.
    expect(r.notCovered.map((m) => m.period)).toHaveLength(24);
    expect(r.notCovered.find((m) => m.period === '2023-12')?.reason).toBe(
      "Only the total of China's imports and exports is held for December 2023, not by goods: which goods were traded is not known.",
    );
    expect(r.notCovered[0]).toEqual({
      period: '2023-01',
      reason: "No file held covers China's imports and exports in January 2023.",
    });
    expect(r.notCovered.find((m) => m.period === '2024-06')?.reason).toMatch(/lists only partner Brazil/);
  });
});

describe('the watchlist over a range of years (a Comtrade annual download)', () => {
  let a: ReturnType<typeof tempCore>;
  beforeAll(async () => {
    a = tempCore();
    const lines = [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      // North Korea's coal to China, year by year; the ban (2371, August 2017) is in force for all of 2018 only.
      '2017,CHN,PRK,import,HS,TOTAL,All goods,1650000000,USD,,',
      '2017,CHN,PRK,import,HS,2701,Coal,410000000,USD,,',
      '2017,CHN,PRK,export,HS,TOTAL,All goods,3330000000,USD,,',
      '2018,CHN,PRK,import,HS,TOTAL,All goods,213000000,USD,,',
      '2018,CHN,PRK,import,HS,2701,Coal,1200,USD,,',
      '2018,CHN,PRK,export,HS,TOTAL,All goods,2220000000,USD,,',
    ];
    const report = await a.call('importFiles', {
      files: [{ path: a.file('annual.csv', lines.join('\n')) }],
      options: {},
    });
    expect(report.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  });
  afterAll(() => a?.dispose());

  it('reads the annual figures; a year counts only where a ban was in force from its January', async () => {
    const r = await a.call('watchReport', { reporter: 'CHN', from: '2017', to: '2019' });
    // 2017's coal is under 2270 (March 2016) alone; 2371's full ban (August 2017) first holds for all of 2018.
    expect(r.hits.map((h) => [h.period, h.code, h.value, h.entries.some((e) => e.startsWith('2371'))])).toEqual([
      ['2017', '2701', 410000000, false],
      ['2018', '2701', 1200, true],
    ]);
    // 2019 is held by no file: not covered, named as a year.
    expect(r.notCovered).toEqual([
      { period: '2019', reason: "No file held covers China's imports and exports in 2019." },
    ]);
  });

  it('a range of months still reads only the monthly figures: none here', async () => {
    const r = await a.call('watchReport', { reporter: 'CHN', from: '2017-01', to: '2018-12' });
    expect(r.hits).toEqual([]);
    expect(r.notCovered).toHaveLength(24);
  });
});
