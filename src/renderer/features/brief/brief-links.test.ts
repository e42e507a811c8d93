import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../shared/analysis-types';
import { linkNumbers } from './brief-links';

const query = (period: string) => ({ series: {}, period, records: {} });

describe('the brief’s numbers', () => {
  it('are each a link to the figure the core named, in Korean as in English', () => {
    const text = '2020년 11월 북한의 대중국 수출은 2,382달러로 집계됐다. 2020년 1~11월 누적은 4,638만 달러로 전년 동기 대비 74% 감소했다.';
    const links = [
      { text: '2,382달러', label: 'headline', query: query('2020-11') },
      { text: '4,638만 달러', label: 'ytd', query: query('2020-11') },
      { text: '74%', label: 'ytd yoy', query: query('2020-11') },
    ];
    const pieces = linkNumbers(text, { links } as unknown as Brief);
    expect(pieces.filter((p) => p.figure).map((p) => [p.text, p.figure!.label])).toEqual([['2,382달러', 'headline'], ['4,638만 달러', 'ytd'], ['74%', 'ytd yoy']]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});
