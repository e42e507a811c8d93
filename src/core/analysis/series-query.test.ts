import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const row = (period: string, code: string, value: string, flow = 'import') =>
  `${period},CHN,PRK,${flow},HS,${code},,${value},USD,,`;
const months = (year: number, n: number, value: (m: number) => number, code = '27160000') =>
  Array.from({ length: n }, (_, i) => row(`${year}-${String(i + 1).padStart(2, '0')}`, code, String(value(i + 1))));

async function load(lines: string[], name = 's.csv') {
  t ??= tempCore();
  const path = t.file(name, [HEADER, ...lines].join('\n'));
  // Test rows stand for every good of their month, as a download with a TOTAL row would say.
  return (await t.call('importFiles', { files: [{ path }], options: { goods: 'all' } })).files[0]!;
}

async function fails(input: Parameters<typeof t.call<'series'>>[1]): Promise<{ code: string; message: string }> {
  const r = await t.core.dispatch('series', input);
  if (r.ok) throw new Error('expected the series to be refused');
  return r.error;
}

describe('series span', () => {
  it('a monthly series bounded by years runs over those years; a reversed span or an annual series from a month is refused', async () => {
    t = tempCore();
    await load([...months(2019, 12, (m) => m), ...months(2020, 3, (m) => 100 * m)]);
    const s = await t.call('series', { partner: 'PRK', flow: 'import', from: '2019', to: '2019' });
    expect(s.points.map((p) => p.period)).toEqual(months(2019, 12, () => 0).map((l) => l.slice(0, 7)));
    expect(await fails({ partner: 'PRK', from: '2021', to: '2020' })).toMatchObject({
      code: 'bad_input',
      message: expect.stringContaining('runs backwards'),
    });
    expect(await fails({ partner: 'PRK', from: '2020-11', to: '2020-01' })).toMatchObject({ code: 'bad_input' });
    // Read as a year bound, "2010-01" would silently drop 2010: refused instead.
    expect(await fails({ partner: 'PRK', frequency: 'year', from: '2019-01' })).toMatchObject({
      code: 'bad_input',
      message: expect.stringContaining('not from a month (2019-01)'),
    });
  });
});

describe('annual series', () => {
  it('sums complete years of months, marks a year with fewer months incomplete and never compares it; a reported annual figure wins', async () => {
    t = tempCore();
    await load([
      ...months(2018, 12, () => 10),
      ...months(2019, 12, () => 20),
      ...months(2020, 8, () => 5),
      row('2021', 'TOTAL', '999'),
      ...months(2021, 12, () => 1),
    ]);
    const s = await t.call('series', { partner: 'PRK', flow: 'import', frequency: 'year' });
    expect(s.points.map((p) => [p.period, p.value, p.incomplete ?? null])).toEqual([
      ['2018', 120, null],
      ['2019', 240, null],
      ['2020', 40, 'Only 8 of its 12 months are held (Jan–Aug).'],
      ['2021', 999, null],
    ]);
    expect(s.points[1]!.yoy).toBeCloseTo(1);
    // 2020 is incomplete: no change from 2019 to it, nor from it to 2021.
    expect(s.points[2]).toMatchObject({
      yoy: null,
      reasons: { yoy: '2020 is incomplete, so there is no year-on-year change.' },
    });
    expect(s.points[3]).toMatchObject({
      yoy: null,
      reasons: { yoy: '2020 is incomplete, so there is no year-on-year change.' },
    });
    expect(s.footnotes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('2 years are the sums of 12 monthly figures'),
        expect.stringContaining('1 year holds fewer than 12 months (2020)'),
      ]),
    );
    // Years as bounds: the year 2019 alone, with its base year read for the change.
    const one = await t.call('series', { partner: 'PRK', flow: 'import', frequency: 'year', from: '2019', to: '2019' });
    expect(one.points).toMatchObject([{ period: '2019', value: 240, yoy: 1 }]);
  });

  it('counts the years no file covers in a footnote, as a monthly series counts its months', async () => {
    t = tempCore();
    await load([...months(2016, 12, () => 5), ...months(2019, 12, () => 7)]);
    const s = await t.call('series', { partner: 'PRK', flow: 'import', frequency: 'year' });
    expect(s.missing.map((m) => m.period)).toEqual(['2017', '2018']);
    expect(s.footnotes).toContain('2 years in the span are not covered by the files held: missing, not zero.');
    const ko = await t.call('series', { partner: 'PRK', flow: 'import', frequency: 'year', lang: 'ko' });
    expect(ko.footnotes).toContain('기간 중 2개 연도는 보유 자료가 다루지 않습니다. 0이 아니라 없는 값입니다.');
  });
});

describe('an annual series over years a file lists only some codes of', () => {
  it('marks those years "not covered" after its last figure, not leaves them off', async () => {
    t = tempCore();
    await load([row('2010', 'TOTAL', '500')]);
    // 2011 and 2012: one SITC code each, no total, so all goods are not covered.
    const sitc = [HEADER, '2011,CHN,PRK,import,S4,77,,50,USD,,', '2012,CHN,PRK,import,S4,77,,60,USD,,'];
    await t.call('importFiles', { files: [{ path: t.file('sitc.csv', sitc.join('\n')) }], options: {} });
    for (const span of [{ from: '2010', to: '2012' }, {}]) {
      const s = await t.call('series', { partner: 'PRK', flow: 'import', frequency: 'year', ...span });
      expect(s.points.map((p) => [p.period, p.value])).toEqual([['2010', 500]]);
      expect(s.missing.map((m) => m.period)).toEqual(['2011', '2012']);
      expect(s.missing[0]!.reason).toMatch(/^No file held covers all goods in 2011/);
      expect(s.footnotes).toContain('2 years in the span are not covered by the files held: missing, not zero.');
    }
  });
});

describe('an annual series over years only monthly files speak of, listing some codes', () => {
  it('marks those years "not covered", with the months\' reason, not leaves them off', async () => {
    t = tempCore();
    await load([row('2010', 'TOTAL', '500')]);
    // 2012: six months of one HS code, no total, so all goods are not covered in those months or that year.
    const soy = [HEADER, ...months(2012, 6, () => 9, '12019000')];
    await t.call('importFiles', { files: [{ path: t.file('soy.csv', soy.join('\n')) }], options: {} });
    const s = await t.call('series', { partner: 'PRK', flow: 'import', frequency: 'year' });
    expect(s.points.map((p) => [p.period, p.value])).toEqual([['2010', 500]]);
    expect(s.missing.map((m) => m.period)).toEqual(['2011', '2012']);
    expect(s.missing[1]!.reason).toBe(
      'No file held covers all goods in January 2012: soy.csv lists only partner North Korea and HS 12019000.',
    );
    expect(s.footnotes).toContain('2 years in the span are not covered by the files held: missing, not zero.');
  });
});

describe('an empty series says why', () => {
  it('only annual figures held, only totals held, outside the span, nothing held', async () => {
    t = tempCore();
    await load([row('2018', 'TOTAL', '500'), row('2020-11', 'TOTAL', '7'), row('2020-11', 'TOTAL', '3', 'export')]);
    const annualOnly = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      from: '2018-01',
      to: '2018-12',
    });
    expect(annualOnly.points).toEqual([]);
    expect(annualOnly.emptyReason).toBe(
      "No monthly figures are held for China's imports from North Korea from 2018-01 to 2018-12; annual figures are (2018). Ask for an annual series.",
    );
    // The years in a field of their own, so a view can open on the annual series without reading the words.
    expect(annualOnly.annualYears).toEqual(['2018']);
    const totals = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      excludeHs: ['2716'],
      from: '2020-01',
    });
    expect(totals.annualYears).toBeUndefined();
    expect(totals.emptyReason).toBe(
      "Only totals are held for China's imports from North Korea from 2020-01, so the commodity filter (excluding HS 2716) cannot be applied to them.",
    );
    const outside = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      from: '2015-01',
      to: '2016-12',
    });
    expect(outside.emptyReason).toBe(
      "Figures for China's imports from North Korea are held from 2020-11 to 2020-11, none from 2015-01 to 2016-12.",
    );
    const nothing = await t.call('series', { reporter: 'KOR', partner: 'PRK', flow: 'import' });
    expect(nothing.emptyReason).toMatch(/South Korea's imports from North Korea/);
    // Inside the sentence, a label that starts with an article keeps it in lower case.
    const usa = await t.call('series', { reporter: 'USA', partner: 'PRK', flow: 'import' });
    expect(usa.emptyReason).toBe("No file held covers the United States' imports from North Korea.");
    // In Korean the reason names the series in Korean too.
    const ko = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      from: '2018-01',
      to: '2018-12',
      lang: 'ko',
    });
    expect(ko.emptyReason).toMatch(/^중국의 대북한 수입 \(2018-01~2018-12\)의 월별 수치는 없고/);
    expect(ko.emptyReason).not.toMatch(/[A-Za-z]{3}/);
    // A series with points has no reason.
    expect((await t.call('series', { partner: 'PRK', flow: 'import' })).emptyReason).toBeUndefined();
  });

  it('names the codes of an SITC series as SITC, never as HS', async () => {
    t = tempCore();
    const sitc = (period: string, value: string) => `${period},CHN,DEU,import,S4,TOTAL,,${value},USD,,`;
    await load([sitc('2012', '900'), sitc('2013', '950')], 'sitc.csv');
    for (const [lang, words] of [
      ['en', /\(only SITC 33, excluding SITC 334\)/],
      ['ko', /\(SITC 33만, SITC 334 제외\)/],
    ] as const) {
      const s = await t.call('series', {
        reporter: 'CHN',
        partner: 'DEU',
        flow: 'import',
        frequency: 'year',
        classification: 'SITC',
        hs: ['33'],
        excludeHs: ['334'],
        lang,
      });
      expect(s.points).toEqual([]);
      expect(s.emptyReason).toMatch(words);
      expect(s.emptyReason).not.toMatch(/HS/);
    }
  });
});

describe('an empty monthly series over annual files that list only some codes', () => {
  it('names the file and the codes it lists, not "no file held covers" as if nothing were imported', async () => {
    t = tempCore();
    const sitc = [HEADER, '2011,CHN,PRK,import,S4,77,,50,USD,,', '2012,CHN,PRK,import,S4,77,,60,USD,,'];
    await t.call('importFiles', { files: [{ path: t.file('sitc.csv', sitc.join('\n')) }], options: {} });
    const s = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(s.points).toEqual([]);
    // The latest year's reason: a dashboard showing the latest month read "in 2011" for a file held to 2012.
    expect(s.emptyReason).toMatch(/^No file held covers all goods in 2012: sitc\.csv lists only .*77/);
    const ko = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', lang: 'ko' });
    expect(ko.emptyReason).toMatch(/sitc\.csv/);
  });
});

describe('an empty series over an annual file named for its years', () => {
  it('gives the latest year’s reason, though that year is also in the file name', async () => {
    t = tempCore();
    const years = [2010, 2011, 2012, 2013].map((y) => `${y},CHN,PRK,import,S4,77,,50,USD,,`);
    const path = t.file('sitc_2010-2013.csv', [HEADER, ...years].join('\n'));
    await t.call('importFiles', { files: [{ path }], options: {} });
    const s = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(s.emptyReason).toMatch(/^No file held covers all goods in 2013: sitc_2010-2013\.csv lists only/);
  });
});

describe('an empty series whose months lack for different reasons', () => {
  it('gives the reason most months share, not the last month’s, which names a file of other goods', async () => {
    t = tempCore();
    const line = (period: string, partner: string, code: string) =>
      `${period},CHN,${partner},import,HS,${code},,9,CNY,,`;
    const soy = Array.from({ length: 6 }, (_, i) => line(`2020-0${i + 1}`, 'BRA', '12019019'));
    // Each file lists only its codes and partners (no TOTAL, no World): HS 1201 as a whole is covered by neither.
    await t.call('importFiles', { files: [{ path: t.file('soy.csv', [HEADER, ...soy].join('\n')) }], options: {} });
    // Two years before with no import file held but one month's, more months than the soybean file's: they
    // say only that no file is held, which the chart's gap shows already.
    const korea = [HEADER, '2018-01,CHN,KOR,import,HS,TOTAL,,1,CNY,,'].join('\n');
    await t.call('importFiles', { files: [{ path: t.file('korea.csv', korea) }], options: {} });
    const gas = [HEADER, line('2020-07', 'CHL', '29012920')].join('\n');
    await t.call('importFiles', { files: [{ path: t.file('acetylene.csv', gas) }], options: {} });
    const s = await t.call('series', { reporter: 'CHN', partner: 'BRA', flow: 'import', hs: ['1201'] });
    expect(s.points).toEqual([]);
    // July 2020 (the acetylene file of Chile) and January 2018 are the reporter's months, none of Brazil's: a series
    // with no figure lists as not covered only the months its pair's files span (definition-no-figure.test.ts).
    expect(s.missing.map((m) => m.period)).toEqual(['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06']);
    // Six months of the soybean file against one of the acetylene file: the latest of the six, naming its codes.
    expect(s.emptyReason).toBe(
      'No file held covers HS 1201 in June 2020: soy.csv lists only partner Brazil and HS 12019019.',
    );
    const ko = await t.call('series', { reporter: 'CHN', partner: 'BRA', flow: 'import', hs: ['1201'], lang: 'ko' });
    expect(ko.emptyReason).toMatch(/^2020년 6월 .*soy\.csv/);
  });
});

describe('an empty monthly series of a pair held only by year, outside the span', () => {
  it('says the annual figures are there, not that the last month is not covered', async () => {
    t = tempCore();
    // Two downloads: a Comtrade year for Germany, and a year of months for Brazil.
    const annual = [HEADER, '2010,CHN,DEU,import,HS,TOTAL,,74251272075,USD,,'].join('\n');
    const month = (m: number) => `2024-${String(m).padStart(2, '0')},CHN,BRA,import,HS,TOTAL,,9,USD,,`;
    const months = [HEADER, ...Array.from({ length: 12 }, (_, i) => month(i + 1))].join('\n');
    for (const [name, text] of [
      ['annual.csv', annual],
      ['months.csv', months],
    ] as const)
      await t.call('importFiles', { files: [{ path: t.file(name, text) }], options: {} });
    const q = { reporter: 'CHN', partner: 'DEU', flow: 'import', from: '2023-01', to: '2024-12' } as const;
    const s = await t.call('series', q);
    expect(s.points).toEqual([]);
    expect(s.emptyReason).toBe(
      "No monthly figures are held for China's imports from Germany; annual figures are (2010). Ask for an annual series.",
    );
    expect((await t.call('series', { ...q, lang: 'ko' })).emptyReason).toMatch(/연간 수치\(2010\)/);
  });
});

describe('rejected rows', () => {
  it('mark the month they were lost from as incomplete, naming the file and batch; other months stay as they are', async () => {
    t = tempCore();
    const f = await load(
      [
        row('2020-10', '27160000', '10'),
        row('2020-11', '27160000', '20'),
        row('2020-11', '33049900', 'lots'),
        row('2020-12', '27160000', '30'),
      ],
      'nk.csv',
    );
    expect(f.rowsRejected).toBe(1);
    const s = await t.call('series', { partner: 'PRK', flow: 'import' });
    expect(s.points.map((p) => [p.period, p.value, p.incomplete ?? null])).toEqual([
      ['2020-10', 10, null],
      [
        '2020-11',
        20,
        `1 row of nk.csv (batch ${f.batchId}) for this period could not be read, so the figure may be incomplete; see the rejected rows of batch ${f.batchId}.`,
      ],
      ['2020-12', 30, null],
    ]);
    expect(s.footnotes).toContain('1 period is marked incomplete: rows of the files behind them could not be read.');
    // Told from the other side, or for the other flow, the row is not there: no mark.
    expect((await t.call('series', { partner: 'PRK', flow: 'export' })).points.every((p) => !p.incomplete)).toBe(true);
    // An annual series inherits the mark of its months.
    const year = await t.call('series', { partner: 'PRK', flow: 'import', frequency: 'year' });
    expect(year.points[0]!.incomplete).toMatch(/Only 3 of its 12 months/);
    // Reverted, the batch's rejects no longer qualify anything.
    await t.call('revertBatch', { batchId: f.batchId! });
    await load([row('2020-11', '27160000', '20')], 'clean.csv');
    expect((await t.call('series', { partner: 'PRK', flow: 'import' })).points.every((p) => !p.incomplete)).toBe(true);
  });

  it('that cannot be dated qualify the series in a footnote', async () => {
    t = tempCore();
    const f = await load([row('2020-10', '27160000', '10'), row('sometime', '33049900', '5')], 'undated.csv');
    const s = await t.call('series', { partner: 'PRK', flow: 'import' });
    expect(s.points[0]!.incomplete).toBeUndefined();
    expect(s.footnotes).toContain(
      `1 row of undated.csv (batch ${f.batchId}) could not be read nor dated, so any figure that file holds may be incomplete; see the rejected rows of batch ${f.batchId}.`,
    );
  });
});
