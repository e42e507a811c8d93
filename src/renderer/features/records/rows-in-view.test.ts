import { describe, expect, it } from 'vitest';
import { rowsInView } from './rows-in-view';

describe('rowsInView', () => {
  it('reads rows straight off the scroll position when the table fits in the container', () => {
    expect(rowsInView({ scrollTop: 0, clientHeight: 420, scrollHeight: 42_000 }, 42, 1000)).toEqual({
      first: 0,
      last: 9,
    });
    expect(rowsInView({ scrollTop: 4200, clientHeight: 420, scrollHeight: 42_000 }, 42, 1000)).toEqual({
      first: 100,
      last: 109,
    });
    expect(rowsInView({ scrollTop: 41_580, clientHeight: 420, scrollHeight: 42_000 }, 42, 1000)).toEqual({
      first: 990,
      last: 999,
    });
  });

  it('stretches the scroll position over a table taller than the container, as AG Grid does', () => {
    // 5M rows of 42 px in a 32M px container: the top, the middle and the very end.
    const box = (scrollTop: number) => ({ scrollTop, clientHeight: 588, scrollHeight: 32_000_000 });
    expect(rowsInView(box(0), 42, 5_000_000)).toEqual({ first: 0, last: 13 });
    const middle = rowsInView(box((32_000_000 - 588) / 2), 42, 5_000_000)!;
    expect(middle.first).toBeGreaterThan(2_499_980);
    expect(middle.first).toBeLessThan(2_500_000);
    expect(rowsInView(box(32_000_000 - 588), 42, 5_000_000)).toEqual({ first: 4_999_986, last: 4_999_999 });
  });

  it('answers nothing for a grid with no rows or no height yet', () => {
    expect(rowsInView({ scrollTop: 0, clientHeight: 400, scrollHeight: 400 }, 42, 0)).toBeNull();
    expect(rowsInView({ scrollTop: 0, clientHeight: 0, scrollHeight: 0 }, 42, 10)).toBeNull();
  });
});
