import { describe, expect, it } from 'vitest';
import { nextScrollTop } from './scroll-ahead';

describe('nextScrollTop', () => {
  it('takes one more step of the same size, in either direction', () => {
    expect(nextScrollTop({ top: 1000, at: 0 }, { top: 1500, at: 30 }, 10_000)).toBe(2000);
    expect(nextScrollTop({ top: 1500, at: 0 }, { top: 1000, at: 30 }, 10_000)).toBe(500);
  });

  it('stops at either end of the table', () => {
    expect(nextScrollTop({ top: 8000, at: 0 }, { top: 9500, at: 16 }, 10_000)).toBe(10_000);
    expect(nextScrollTop({ top: 900, at: 0 }, { top: 400, at: 16 }, 10_000)).toBe(0);
  });

  it('predicts nothing for a first scroll, a pause, or no move', () => {
    expect(nextScrollTop(null, { top: 1500, at: 30 }, 10_000)).toBeNull();
    expect(nextScrollTop({ top: 1000, at: 0 }, { top: 1500, at: 400 }, 10_000)).toBeNull();
    expect(nextScrollTop({ top: 1000, at: 0 }, { top: 1000, at: 16 }, 10_000)).toBeNull();
  });
});
