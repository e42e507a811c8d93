import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefQuery } from '../../shared/analysis-types';
import { tempCore } from '../test-support/temp-core';
import { writeNkChinaFixture } from './fixtures/nk-china-fixture';

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const f = writeNkChinaFixture(t.dir);
  const report = await t.call('importFiles', { files: [{ path: f.history }], options: {} });
  // Each GACC download holds every good traded with North Korea, which the file cannot say itself.
  const imp = await t.call('importFiles', {
    files: [{ path: f.imports }],
    options: { flow: 'import', reporter: 'CHN', goods: 'all' },
  });
  const exp = await t.call('importFiles', {
    files: [{ path: f.exports }],
    options: { flow: 'export', reporter: 'CHN', goods: 'all' },
  });
  for (const r of [...report.files, ...imp.files, ...exp.files])
    expect(r).toMatchObject({ status: 'imported', rowsRejected: 0 });
  expect(imp.files[0]).toMatchObject({ format: 'gacc', encoding: 'gb18030', currency: 'USD' });
});
afterAll(() => t?.dispose());

const briefQuery: BriefQuery = {
  reporter: 'CHN',
  partner: 'PRK',
  period: '2020-11',
  subject: 'partner',
  excludeHs: ['2716'],
};

describe('the November 2020 brief from GACC-layout data (acceptance)', () => {
  it('states every published figure, in the JSON', async () => {
    const b = await t.call('brief', briefQuery);
    const f = b.figures;
    expect(f.value).toBe(2382);
    expect(f.label).toBe("North Korea's exports to China, as reported by China's customs");
    expect(f.excluded.map((e) => [e.code, e.value])).toEqual([['2716', 1122812]]);
    expect(f.items.map((i) => [i.code, i.value])).toEqual([
      ['33049900', 1854],
      ['96180000', 509],
      ['34011100', 19],
    ]);
    // China's own name for its 8-digit code, not heading 3304's name put on it.
    expect(f.items[0]!.description).toBe('Beauty, make-up, skin-care (incl. suntan), nes');
    // The article's year to date is all goods, electricity included; the definition's own beside it.
    expect(f.ytd).toBe(46_380_000);
    expect(Math.round(f.ytdYoy! * 100)).toBe(-74);
    expect(f.ytdDefinition).toBe(35_820_000);
    expect(Math.round(f.ytdDefinitionYoy! * 1000)).toBe(Math.round((35_820_000 / 167_400_000 - 1) * 1000));
    expect(f.counterFlow.value).toBe(148_000);
    expect(Math.round(f.counterFlow.mom! * 100)).toBe(-42);
    expect(f.total.value).toBe(1_273_194);
    expect(Math.round(f.total.mom! * 100)).toBe(-23);
    expect(f.record).toMatchObject({ kind: 'lowest', since: '1998-01', sinceStart: true });
    expect(b.footnotes).toContain('Excludes HS 2716 (electricity): $1,122,812 in Nov 2020.');
  });

  it('states every published figure, in the text', async () => {
    const { text } = await t.call('brief', briefQuery);
    for (const s of [
      '$2,382',
      '$1,854',
      '$509',
      '$19',
      '$1.12 million of electricity',
      '$46.38 million, down 74% ($35.82 million excluding electricity',
      '$148,000 in November 2020, down 42%',
      '$1.27 million, down 23%',
      'the lowest since January 1998',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('writes the same figures in Korean', async () => {
    const { text } = await t.call('brief', { ...briefQuery, lang: 'ko' });
    for (const s of [
      '전력(HS 2716)',
      '2,382달러',
      '1,854달러',
      '509달러',
      '19달러',
      '112만 달러',
      '4,638만 달러',
      '74% 감소',
      '14만8,000달러',
      '42% 감소',
      '127만 달러',
      '23% 감소',
      '1998년 1월 이후 최저',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('every figure carries the query and rows that produced it', async () => {
    const { figures: f } = await t.call('brief', briefQuery);
    expect(f.query.series).toMatchObject({
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'export',
      subject: 'partner',
      excludeHs: ['2716'],
    });
    expect(f.query.records).toMatchObject({
      reporter: { value: 'CHN' },
      partner: { value: 'PRK' },
      flow: { value: 'import' },
      period: { value: '2020-11' },
    });
    expect(f.items[0]!.query.records.code).toEqual({ op: 'startsWith', value: '33049900' });
    const rows = await t.call('listRecords', { filters: f.items[0]!.query.records });
    expect(rows.rows.map((r) => r.value)).toEqual([1854]);
    expect(f.counterFlow.query.records.flow).toEqual({ op: 'equals', value: 'export' });
  });

  it('a named definition gives the same headline and prints its footnote', async () => {
    await t.call('saveDefinition', {
      name: 'NK exports excl. electricity',
      label: "China's imports from PRK, excluding HS 2716",
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      excludeHs: ['2716'],
    });
    const b = await t.call('brief', {
      reporter: 'CHN',
      partner: 'PRK',
      period: '2020-11',
      def: 'NK exports excl. electricity',
      flow: 'import',
    });
    expect(b.figures.value).toBe(2382);
    expect(b.footnotes[0]).toBe('Excludes HS 2716 (electricity): $1,122,812 in Nov 2020.');
    const s = await t.call('series', { def: 'NK exports excl. electricity', from: '2020-11' });
    expect(s.points.map((p) => p.value)).toEqual([2382]);
  });

  it('a reported total and the items it restates are counted once', async () => {
    const s = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      from: '2019-01',
      to: '2019-01',
    });
    // The history file's 2019-01 TOTAL (16,200,000) and the GACC file's items for that month state the same trade.
    expect(s.points[0]!.value).toBe(16_200_000);
    const early = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'total',
      from: '1998-01',
      to: '1998-01',
    });
    expect(early.points[0]!.value).toBeGreaterThan(0);
  });

  it('the watchlist reports banned goods after the ban, not before', async () => {
    const r = await t.call('watchReport', { reporter: 'CHN' });
    const seen = r.hits.map((h) => `${h.period} ${h.flow} ${h.code} ${h.value}`);
    expect(seen).toContain('2019-03 import 03079100 5000');
    expect(seen).toContain('2020-01 export 87032390 50000');
    expect(r.hits.find((h) => h.code === '03079100')!.entries).toContain('2371 (2017) ¶9');
  });
});

describe('a brief no file covers', () => {
  it('refuses in the language asked for, with the reason in that language and the verb agreeing', async () => {
    const c = tempCore();
    try {
      const lines = [
        'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
        '2024-03,CHN,BRA,import,HS,12019000,Soya beans,900,USD,,',
      ];
      // Soybeans from Brazil only: North Korea and all goods are not covered.
      await c.call('importFiles', { files: [{ path: c.file('soy.csv', lines.join('\n')) }], options: {} });
      const q: BriefQuery = { reporter: 'CHN', partner: 'PRK', period: '2024-03', subject: 'partner' };
      const en = await c.call('brief', q);
      expect(en.text).toMatch(
        /^North Korea's exports to China in March 2024 are not covered by the files held, so there is no brief: No file held covers North Korea \/ all goods in March 2024/,
      );
      const ko = await c.call('brief', { ...q, lang: 'ko' });
      expect(ko.text).toBe(
        '2024년 3월 북한의 대중국 수출은 보유한 자료에 포함되지 않아 브리핑을 쓸 수 없습니다: 2024년 3월 북한 / 전 품목을 다루는 파일이 없습니다. soy.csv에는 상대국 브라질 및 HS 12019000만 있습니다.',
      );
      expect(ko.text).not.toMatch(/[A-Za-z]{4,}(?!\.csv)/);
    } finally {
      c.dispose();
    }
  });
});
