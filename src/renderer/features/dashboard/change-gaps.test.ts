import { describe, expect, it } from 'vitest';
import { changeGaps } from './change-gaps';

const gap = (period: string) => ({ period, reason: `No file held covers ${period}.` });

describe("the reasons a card's changes are not given", () => {
  it('name the month before, the month a year before and the months to date that no file covers', () => {
    // China's trade with North Korea held for December 2024 alone (Comtrade's monthly totals).
    const missing = ['2023-12', '2024-01', '2024-06', '2024-11'].map(gap);
    expect(changeGaps('2024-12', 'month', missing)).toEqual({
      mom: 'No file held covers 2024-11.',
      yoy: 'No file held covers 2023-12.',
      ytd: 'No file held covers 2024-01.',
      ytdYoy: 'No file held covers 2024-01.',
    });
  });

  it('are none where every period a change needs is covered', () => {
    expect(changeGaps('2024-03', 'month', [gap('2023-12'), gap('2024-04')])).toEqual({
      mom: null,
      yoy: null,
      ytd: null,
      ytdYoy: null,
    });
  });

  it("of YTD YoY, name last year's months to date too", () => {
    expect(changeGaps('2024-02', 'month', [gap('2023-01')]).ytdYoy).toBe('No file held covers 2023-01.');
    expect(changeGaps('2024-02', 'month', [gap('2023-01')]).ytd).toBeNull();
  });

  it('of a year, name the year before for YoY, and nothing else', () => {
    expect(changeGaps('2024', 'year', [gap('2023')])).toEqual({
      mom: null,
      yoy: 'No file held covers 2023.',
      ytd: null,
      ytdYoy: null,
    });
  });
});
