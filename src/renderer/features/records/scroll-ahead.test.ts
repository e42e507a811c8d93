import { describe, expect, it } from 'vitest';
import { scrollTopsAhead, STEPS_AHEAD } from './scroll-ahead';

describe('scrollTopsAhead', () => {
  it('takes the same step again, three times over, in either direction', () => {
    expect(STEPS_AHEAD).toBe(3);
    expect(scrollTopsAhead({ top: 1000 }, { top: 1500 }, 10_000)).toEqual([2000, 2500, 3000]);
    expect(scrollTopsAhead({ top: 2500 }, { top: 2000 }, 10_000)).toEqual([1500, 1000, 500]);
  });

  it('stops at either end of the table, asking for each position once', () => {
    expect(scrollTopsAhead({ top: 8000 }, { top: 9000 }, 10_000)).toEqual([10_000]);
    expect(scrollTopsAhead({ top: 7500 }, { top: 8500 }, 10_000)).toEqual([9500, 10_000]);
    expect(scrollTopsAhead({ top: 900 }, { top: 400 }, 10_000)).toEqual([0]);
  });

  it('takes a first move from the top as the start of a scroll', () => {
    expect(scrollTopsAhead({ top: 0 }, { top: 160_000 }, 1_000_000)).toEqual([320_000, 480_000, 640_000]);
  });

  it('predicts nothing with no earlier position, or no move', () => {
    expect(scrollTopsAhead(null, { top: 1500 }, 10_000)).toEqual([]);
    expect(scrollTopsAhead({ top: 1000 }, { top: 1000 }, 10_000)).toEqual([]);
  });
});
