import { describe, expect, it } from 'vitest';
import type { AnalysisSeries } from '../../shared/analysis-types';
import { briefText, type BriefParts } from './brief-text';
import { findRecord } from './records';

const parts: BriefParts = {
  lang: 'en',
  period: '2020-11',
  flow: 'export',
  currency: 'USD',
  label: "the United States' exports to North Korea",
  source: "as reported by the United States' customs",
  value: 1200,
  notCovered: null,
  excluded: [],
  items: [],
  ytd: null,
  ytdYoy: null,
  ytdDefinition: null,
  counterLabel: "the United States' imports from North Korea",
  counter: { value: 10, mom: null },
  total: null,
  record: null,
};

const point = (period: string, value: number) => ({
  period,
  value,
  mom: null,
  yoy: null,
  ytd: null,
  ytdYoy: null,
  status: 'reported' as const,
  months: 1,
  reasons: {},
});
const series = (missing: string[]): AnalysisSeries => ({
  currency: 'USD',
  otherCurrencies: [],
  points: [point('2020-08', 9), point('2020-10', 5), point('2020-11', 1)],
  missing: missing.map((period) => ({ period, reason: '' })),
  label: '',
  source: '',
  sources: [],
  footnotes: [],
  conversions: [],
  classification: null,
});

describe('wording', () => {
  it('every sentence of a brief starts with a capital letter, even one that opens with "the United States"', () => {
    const { text } = briefText(parts);
    const sentences = text.split(/(?<=\.) /);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s[0], s).toBe(s[0]!.toUpperCase());
    expect(text).toMatch(/^The United States' exports to North Korea came to \$1,200/);
  });

  it('counts months in between with the right plural, in English and Korean', () => {
    expect(findRecord(series(['2020-09']), '2020-11').text).toBe(
      'the lowest since August 2020, when the series held here begins (1 month in between is missing)',
    );
    expect(findRecord(series(['2020-09', '2020-07', '2020-06']), '2020-11').text).toContain(
      '(1 month in between is missing)',
    );
    const two = {
      ...series(['2020-09']),
      missing: [
        { period: '2020-09', reason: '' },
        { period: '2020-08', reason: '' },
      ],
    };
    expect(
      findRecord({ ...two, points: [point('2020-07', 9), point('2020-10', 5), point('2020-11', 1)] }, '2020-11').text,
    ).toContain('(2 months in between are missing)');
    expect(findRecord(series(['2020-09']), '2020-11', 'auto', 'ko').text).toBe(
      '자료가 있는 2020년 8월 이후 최저(그 사이 1개월 자료 없음)',
    );
  });

  it('counts years in between in a year’s record, not months', () => {
    const years = {
      ...series(['2019']),
      points: [point('2018', 213), point('2020', 48)],
    };
    expect(findRecord(years, '2020').text).toBe(
      'the lowest since 2018, when the series held here begins (1 year in between is missing)',
    );
    expect(findRecord(years, '2020', 'auto', 'ko').text).toBe('자료가 있는 2018년 이후 최저(그 사이 1년 자료 없음)');
  });

  it('a record names the figure it is measured against in Korean too, as in English', () => {
    const held = {
      ...series([]),
      points: [point('2021-04', 30_599_000), point('2021-07', 20_920_000), point('2021-08', 28_700_000)],
    };
    expect(findRecord(held, '2021-08').text).toBe('the highest since April 2021 ($30.60 million)');
    expect(findRecord(held, '2021-08', 'auto', 'ko').text).toBe('2021년 4월(3,060만 달러) 이후 최고');
  });

  it('a refusal agrees with its subject: exports are not covered, total trade is not covered', () => {
    const refused = {
      ...parts,
      label: "North Korea's exports to China",
      value: null,
      notCovered: 'No file held covers North Korea / all goods in March 2024.',
      // Nothing else covered either: with a counter-flow the brief gives it (brief.test.ts).
      counter: null,
    };
    expect(briefText(refused).text).toBe(
      "North Korea's exports to China in November 2020 are not covered by the files held, so there is no brief. No file held covers North Korea / all goods in March 2024.",
    );
    expect(briefText({ ...refused, flow: 'total', label: "China's total trade with North Korea" }).text).toMatch(
      /^China's total trade with North Korea in November 2020 is not covered by the files held/,
    );
  });
});
