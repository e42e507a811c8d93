import { describe, expect, it } from 'vitest';
import { scrollTopsAhead, STEPS_AHEAD } from './scroll-ahead';

describe('scrollTopsAhead', () => {
  it('takes the same step again, a few times over, in either direction', () => {
    expect(STEPS_AHEAD).toBe(3);
    expect(scrollTopsAhead({ top: 1000, at: 0 }, { top: 1500, at: 30 }, 10_000)).toEqual([2000, 2500, 3000]);
    expect(scrollTopsAhead({ top: 2500, at: 0 }, { top: 2000, at: 30 }, 10_000)).toEqual([1500, 1000, 500]);
  });

  it('stops at either end of the table, asking for each position once', () => {
    expect(scrollTopsAhead({ top: 8000, at: 0 }, { top: 9000, at: 16 }, 10_000)).toEqual([10_000]);
    expect(scrollTopsAhead({ top: 7500, at: 0 }, { top: 8500, at: 16 }, 10_000)).toEqual([9500, 10_000]);
    expect(scrollTopsAhead({ top: 900, at: 0 }, { top: 400, at: 16 }, 10_000)).toEqual([0]);
  });

  it('takes one step after a pause: a second page-down, or a drag that has just started', () => {
    expect(scrollTopsAhead({ top: 1000, at: 0 }, { top: 1500, at: 400 }, 10_000)).toEqual([2000]);
    expect(scrollTopsAhead({ top: 0, at: -Infinity }, { top: 160_000, at: 5000 }, 1_000_000)).toEqual([320_000]);
  });

  it('predicts nothing with no earlier position, or no move', () => {
    expect(scrollTopsAhead(null, { top: 1500, at: 30 }, 10_000)).toEqual([]);
    expect(scrollTopsAhead({ top: 1000, at: 0 }, { top: 1000, at: 16 }, 10_000)).toEqual([]);
  });
});
