import { describe, expect, it } from 'vitest';
import { briefText, type BriefParts } from './brief-text';

// China's monthly summary workbook mapped as CHN/WLD imports (haiguan_tongji_shuju_huizong.xlsx, sheet 全国):
// `brief --partner WLD --period 2024-03` wrote "From January to March 2024, The world's exports to China
// totaled CNY 5,739.23 billion": the label's capital kept mid-sentence.
const parts: BriefParts = {
  lang: 'en',
  period: '2024-03',
  currency: 'CNY',
  label: "The world's exports to China",
  flow: 'export',
  source: "as reported by China's customs",
  value: 1_986_910_290_000,
  notCovered: null,
  excluded: [],
  items: [],
  ytd: 5_739_234_360_000,
  ytdYoy: null,
  ytdDefinition: null,
  counterLabel: "The world's imports from China",
  counter: null,
  total: null,
  record: null,
};

describe('the brief names a series mid-sentence in lower case', () => {
  it('opens with "The world\'s" and continues with "the world\'s"', () => {
    const { text } = briefText(parts);
    expect(text).toMatch(/^The world's exports to China /);
    expect(text).toContain("From January to March 2024, the world's exports to China totaled CNY 5,739.23 billion");
    expect(text).not.toMatch(/\S.*, The world's/);
  });
});
