import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefQuery } from '../../shared/analysis-types';
import { HEADER, tempCore } from '../test-support/temp-core';
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
    // The headline's own change on October 2020 (377,618 excluding electricity), as the counter-flow's is given.
    expect(Math.round(f.mom! * 1000)).toBe(Math.round((2382 / 377_618 - 1) * 1000));
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

  it('gives the headline its change on the month, and none where the month before is not covered', async () => {
    const { text, links } = await t.call('brief', briefQuery);
    expect(text).toMatch(
      /^North Korea's exports to China fell to \$2,382 in November 2020, down 99% from a month earlier, as reported by China's customs\./,
    );
    expect(links.slice(0, 2).map((l) => [l.text, l.label])).toEqual([
      ['$2,382', "North Korea's exports to China, as reported by China's customs"],
      ['99%', "North Korea's exports to China, as reported by China's customs, change on a month earlier"],
    ]);
    const ko = await t.call('brief', { ...briefQuery, lang: 'ko' });
    expect(ko.text).toMatch(/^2020년 11월 북한의 대중국 수출은 2,382달러로 전월 대비 99% 감소했습니다\(/);
    // December 2018 is held only as a total, so nothing says what it was excluding electricity.
    const first = await t.call('brief', { ...briefQuery, period: '2019-01' });
    expect(first.figures.value).not.toBeNull();
    expect(first.figures.mom).toBeNull();
    expect(first.text).toMatch(
      /^North Korea's exports to China came to \$[\d.,]+(?: million)? in January 2019, as reported/,
    );
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

  it('states the part of a total no item holds in the headline’s money, as the text does', async () => {
    // A total of 6,200,000 yuan, 4,000,000 of it in coal: the footnote gave a bare "6,200,000"-style figure.
    const c = tempCore();
    try {
      const rows = ['TOTAL,6200000', '2701,4000000'].map(
        (r) => `2021-08,CHN,PRK,import,HS,${r.split(',')[0]},,${r.split(',')[1]},CNY,,`,
      );
      const path = c.file('cny.csv', [HEADER, ...rows].join('\n'));
      await c.call('importFiles', { files: [{ path }], options: {} });
      const q = { reporter: 'CHN', partner: 'PRK', period: '2021-08', subject: 'partner' } as const;
      const en = await c.call('brief', q);
      expect(en.footnotes).toContain(
        'Of the headline, CNY 2.20 million is in the reported total but in no item listed.',
      );
      const ko = await c.call('brief', { ...q, lang: 'ko' });
      expect(ko.footnotes).toContain('이 중 품목별로 나뉘지 않은 금액은 220만 CNY입니다.');
    } finally {
      c.dispose();
    }
  });

  it('a definition of one code lists no items, and says nothing of items or a year to date it does not give', async () => {
    // GACC soybean downloads: one code, no TOTAL. The brief said "Of the headline, CNY 3.16 billion is in the
    // reported total but in no item listed" and explained a year-to-date figure it did not state.
    const c = tempCore();
    try {
      const rows = ['01', '02', '03'].map(
        (m) => `2025-${m},CHN,BRA,import,HS,12019019,,${m === '03' ? 900 : 1000},CNY,,`,
      );
      await c.call('importFiles', { files: [{ path: c.file('soy.csv', [HEADER, ...rows].join('\n')) }], options: {} });
      await c.call('saveDefinition', {
        name: 'soy',
        reporter: 'CHN',
        partner: 'BRA',
        flow: 'import',
        hs: ['12019019'],
      });
      const b = await c.call('brief', {
        reporter: 'CHN',
        partner: 'BRA',
        period: '2025-03',
        subject: 'reporter',
        flow: 'import',
        def: 'soy',
      });
      expect(b.text).toContain("China's imports from Brazil fell to CNY 900 in March 2025");
      expect(b.footnotes.join(' ')).not.toContain('in no item listed');
      expect(b.footnotes.join(' ')).not.toContain('The year to date is all goods');
    } finally {
      c.dispose();
    }
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
        /^North Korea's exports to China in March 2024 are not covered by the files held, so there is no brief. No file held covers North Korea \/ all goods in March 2024/,
      );
      const ko = await c.call('brief', { ...q, lang: 'ko' });
      expect(ko.text).toBe(
        '2024년 3월 북한의 대중국 수출은 보유한 자료에 포함되지 않아 브리핑을 쓸 수 없습니다. 2024년 3월 북한 / 전 품목을 다루는 파일이 없습니다. soy.csv에는 상대국 브라질 및 HS 12019000만 있습니다.',
      );
      expect(ko.text).not.toMatch(/[A-Za-z]{4,}(?!\.csv)/);
    } finally {
      c.dispose();
    }
  });
});

describe('a brief whose headline is not covered, though other figures are', () => {
  // The walk's 2019-07 file: China's exports to North Korea (North Korea's imports) only, as Reuters gave them.
  let c: ReturnType<typeof tempCore>;
  beforeAll(async () => {
    c = tempCore();
    const lines = [
      'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
      '2019-06,CHN,PRK,export,HS,TOTAL,,250000000,USD,,',
      '2019-07,CHN,PRK,export,HS,TOTAL,,207700000,USD,,',
    ];
    await c.call('importFiles', { files: [{ path: c.file('reported.csv', lines.join('\n')) }], options: {} });
  });
  afterAll(() => c?.dispose());
  const q: BriefQuery = { reporter: 'CHN', partner: 'PRK', period: '2019-07', subject: 'partner' };

  it('says which figure is not covered and why, and gives the ones that are', async () => {
    const b = await c.call('brief', q);
    expect(b.notCovered).toMatch(/No file held covers/);
    expect(b.figures.value).toBeNull();
    expect(b.figures.counterFlow.value).toBe(207_700_000);
    expect(Math.round(b.figures.counterFlow.mom! * 1000)).toBe(Math.round((207.7 / 250 - 1) * 1000));
    expect(b.figures.total.value).toBeNull();
    expect(b.text).toMatch(
      /^North Korea's exports to China in July 2019 are not covered by the files held\. No file held covers/,
    );
    expect(b.text).not.toContain('so there is no brief');
    expect(b.text).toContain("North Korea's imports from China totaled $207.70 million in July 2019, down 17%");
    expect(b.text).toContain('Total trade (all goods) is not covered');
    expect(b.text).not.toMatch(/\$0\b/);
    expect(b.links.map((l) => l.text)).toEqual(['$207.70 million', '17%']);
  });

  it('in Korean too, with no English and no zero', async () => {
    const b = await c.call('brief', { ...q, lang: 'ko' });
    expect(b.text).toMatch(/^2019년 7월 북한의 대중국 수출은 보유한 자료에 포함되지 않습니다\. /);
    expect(b.text).toContain('같은 달 북한의 대중국 수입은 2억 770만 달러로 전월 대비 17% 감소했습니다.');
    expect(b.text).toContain('총교역액(전 품목)은');
    expect(b.text).not.toMatch(/[A-Za-z]{4,}(?!\.csv)/);
    expect(b.text).not.toMatch(/(^|\s)0달러/);
  });
});
