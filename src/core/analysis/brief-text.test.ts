import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../test-support/temp-core';
import { briefText, type BriefParts } from './brief-text';
import { writeNkChinaFixture } from './fixtures/nk-china-fixture';

/**
 * The clauses of a Korean text, each ending where a sentence (or, before a colon, a clause) does: a
 * description such as "skin-care (incl. suntan)" is not cut, since a Korean sentence opens with a digit or Hangul.
 */
function koreanClauses(text: string): string[] {
  return text.split(/(?<=[.:])\s+(?=[0-9가-힣])/);
}

/** A clause ends in the polite register: -습니다, a closing note in brackets after it ("감소했습니다(…).") aside. */
const POLITE = /(습니다|입니다)(\([^()]*(\([^()]*\)[^()]*)*\))?[.:]$/;

const full: BriefParts = {
  lang: 'ko',
  period: '2020-11',
  currency: 'USD',
  label: '북한의 대중국 수출',
  flow: 'export',
  source: '중국 해관 집계',
  value: 2382,
  notCovered: null,
  excluded: [{ code: '2716', description: '전력', value: 1_122_812 }],
  items: [
    { code: '33049900', description: '화장품', value: 1854 },
    { code: '96180000', description: '마네킹', value: 509 },
  ],
  ytd: 46_380_000,
  ytdYoy: -0.74,
  ytdDefinition: { value: 35_820_000, yoy: -0.79, basis: '전력 제외' },
  counterLabel: '북한의 대중국 수입',
  counter: { value: 148_000, mom: -0.42 },
  total: { value: 1_273_194, mom: -0.23 },
  record: '자료가 있는 1998년 1월 이후 최저',
};

describe('the Korean brief names its items', () => {
  it('each with its code, the subject particle after the name', () => {
    // "화장품(HS 33049900)이 …, 마네킹 509달러": the items after the first had no code, and 이 followed every name.
    const { text } = briefText(full);
    expect(text).toContain(
      '품목별로는 화장품(HS 33049900)이 1,854달러로 가장 많았고, 마네킹(HS 96180000) 509달러 순이었습니다.',
    );
    const apparel = briefText({ ...full, items: [{ code: '61', description: '편직 의류', value: 354 }] }).text;
    expect(apparel).toContain('품목별로는 편직 의류(HS 61)가 354달러로 가장 많았습니다.');
    const english = briefText({ ...full, items: [{ code: '62', description: 'Apparel', value: 9 }] }).text;
    expect(english).toContain('품목별로는 Apparel(HS 62)이(가) ');
  });
});

describe('the Korean brief speaks in one register', () => {
  // It mixed plain "집계됐다", "감소했다" with the polite "파일이 없습니다" of the reasons it quotes.
  it.each<[string, Partial<BriefParts>]>([
    ['every figure held', {}],
    ['a month ago missing, one item, January', { period: '2020-01', items: full.items.slice(0, 1), ytdYoy: null }],
    ['no change to compare, no record', { ytdDefinition: null, counter: { value: 1, mom: null }, record: null }],
    ['total with no month before, a record', { total: { value: 5, mom: null } }],
    ['total with no month before, no record', { total: { value: 5, mom: null }, record: null }],
    ['total down, no record', { record: null }],
    ['an excluded amount not covered', { excluded: [{ code: '2716', description: '전력', value: null }] }],
    ['no figure', { value: null, notCovered: null }],
    ['not covered, with its reason', { value: null, notCovered: '2024년 3월 중국의 수입을 다루는 파일이 없습니다.' }],
    ['nothing covered', { value: null, notCovered: null, counter: null, total: null }],
    ['counter-flow and total not covered', { counter: null, total: null, record: null }],
    ['headline down on the month', { mom: -0.99 }],
    ['headline level with the month before', { mom: 0.001 }],
  ])('polite -습니다 in every sentence: %s', (_, change) => {
    const { text } = briefText({ ...full, ...change });
    const clauses = koreanClauses(text);
    expect(clauses.length).toBeGreaterThan(0);
    for (const clause of clauses) expect(clause).toMatch(POLITE);
    expect(text).not.toMatch(/(?<!니)다[.:(]/);
  });

  it('ends a brief with one item on "가장 많았습니다", not a hanging "가장 많았고."', () => {
    const { text } = briefText({ ...full, items: full.items.slice(0, 1) });
    expect(text).toContain('화장품(HS 33049900)이 1,854달러로 가장 많았습니다.');
    expect(briefText({ ...full, period: '2020-01' }).text).toContain('2020년 1월 누적은');
  });
});

describe('the Korean brief for the North Korea–China fixture', () => {
  let t: ReturnType<typeof tempCore>;
  beforeAll(async () => {
    t = tempCore();
    const f = writeNkChinaFixture(t.dir);
    await t.call('importFiles', { files: [{ path: f.history }], options: {} });
    for (const [path, flow] of [
      [f.imports, 'import'],
      [f.exports, 'export'],
    ] as const)
      await t.call('importFiles', { files: [{ path }], options: { flow, reporter: 'CHN', goods: 'all' } });
  });
  afterAll(() => t?.dispose());

  it.each([
    ['2020-11', 'partner'],
    ['2020-01', 'partner'],
    ['2020-11', 'reporter'],
    ['2024-03', 'partner'],
  ] as const)('%s, %s side: every sentence and note polite, none in plain -다', async (period, subject) => {
    const b = await t.call('brief', {
      reporter: 'CHN',
      partner: 'PRK',
      period,
      subject,
      excludeHs: ['2716'],
      lang: 'ko',
    });
    for (const clause of koreanClauses(b.text)) expect(clause).toMatch(POLITE);
    // The notes: the exclusion is a label ("HS 2716(전력) 제외: …달러."), the rest sentences.
    for (const note of b.footnotes) expect(note).not.toMatch(/(?<!니)다[.:]$/);
    if (period !== '2024-03') expect(b.footnotes.filter((n) => POLITE.test(n)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('an item no nomenclature names is told as part of the code whose name it shows', () => {
  // China's 12019019 (GM yellow soya beans) is in no bundled list; HS 120190 above it is.
  const soya = { code: '12019019', description: 'Soya beans; other than seed, whether or not broken', value: 2e10 };
  const parts = (lang: 'en' | 'ko'): BriefParts => ({
    ...full,
    lang,
    label: lang === 'en' ? "China's imports from Brazil" : full.label,
    source: lang === 'en' ? "as reported by China's customs" : full.source,
    excluded: [],
    ytdDefinition: null,
    items: [{ ...soya, partOf: '120190' }, full.items[0]!],
  });

  it('in English', () => {
    expect(briefText(parts('en')).text).toContain(
      'By item, HS 12019019 (part of HS 120190, Soya beans; other than seed, whether or not broken) took the largest amount',
    );
  });

  it('in Korean', () => {
    const { text } = briefText(parts('ko'));
    // "HS 12019019" is read ending in 구: 가, not 이.
    expect(text).toContain(
      '품목별로는 HS 12019019(HS 120190 Soya beans; other than seed, whether or not broken의 일부)가 ',
    );
    const second = briefText({ ...parts('ko'), items: [full.items[0]!, { ...soya, partOf: '120190' }] }).text;
    expect(second).toContain(
      '가장 많았고, HS 12019019(HS 120190 Soya beans; other than seed, whether or not broken의 일부) ',
    );
  });
});
