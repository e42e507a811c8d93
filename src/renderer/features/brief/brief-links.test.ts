import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../shared/analysis-types';
import { linkNumbers, type FigureWords } from './brief-links';

const query = (period: string, from?: string) => ({ series: from ? { from } : {}, period, records: {} });
const none = { value: null, mom: null, label: '', query: query('2020-11', 'none') };

const english: FigureWords = {
  excluded: (item) => `Excluded: ${item}`,
  ytd: 'Year to date, all goods',
  ytdChange: 'Year to date, all goods, change on a year earlier',
  monthChange: (label) => `${label}, change on the month`,
};

/** A brief as the core writes it: its figures, and every number of its text named in `links`. */
function brief(links: Brief['links']): Brief {
  const figures = {
    value: 2382,
    label: 'headline',
    definition: 'All goods',
    query: query('2020-11'),
    excluded: [],
    items: [],
    ytd: 46_380_000,
    ytdYoy: -0.74,
    ytdDefinition: null,
    ytdDefinitionYoy: null,
    ytdQuery: query('2020-11', '2020-01'),
    ytdDefinitionQuery: query('2020-11', '2020-01'),
    counterFlow: none,
    total: none,
    record: null,
  };
  return { text: '', currency: 'USD', footnotes: [], links, notCovered: null, figures } as unknown as Brief;
}

describe('the brief’s numbers', () => {
  const text =
    '2020년 11월 북한의 대중국 수출은 2,382달러로 집계됐습니다. 2020년 1~11월 누적은 4,638만 달러로 전년 동기 대비 74% 감소했습니다.';
  const links = [
    { text: '2,382달러', label: 'headline', query: query('2020-11') },
    { text: '4,638만 달러', label: 'Year to date, all goods', query: query('2020-11', '2020-01') },
    { text: '74%', label: 'Year to date, all goods, change on a year earlier', query: query('2020-11', '2020-01') },
  ];

  it('are each a link to the figure the core named, in Korean as in English', () => {
    const pieces = linkNumbers(text, brief(links), english);
    expect(pieces.filter((p) => p.figure).map((p) => [p.text, p.figure!.label])).toEqual([
      ['2,382달러', 'headline'],
      ['4,638만 달러', 'Year to date, all goods'],
      ['74%', 'Year to date, all goods, change on a year earlier'],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('name the figures the UI has words for in the UI’s language', () => {
    const words: FigureWords = {
      excluded: (i) => `제외: ${i}`,
      ytd: '연초 이후 누적(전 품목)',
      ytdChange: '연초 이후 누적(전 품목), 전년 동기 대비',
      monthChange: (l) => `${l}, 전월 대비`,
    };
    const labels = linkNumbers(text, brief(links), words).flatMap((p) => (p.figure ? [p.figure.label] : []));
    expect(labels).toEqual(['headline', '연초 이후 누적(전 품목)', '연초 이후 누적(전 품목), 전년 동기 대비']);
  });
});
