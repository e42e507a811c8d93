import { describe, expect, it } from 'vitest';
import { heldSpan } from './held-span';

describe('heldSpan: a dash only across periods a batch holds', () => {
  it('reads an unbroken run of months or years as a run', () => {
    expect(heldSpan('2023-01', '2023-12', 12)).toEqual({ kind: 'run', first: '2023-01', last: '2023-12' });
    expect(heldSpan('2023-11', '2024-02', 4)).toEqual({ kind: 'run', first: '2023-11', last: '2024-02' });
    expect(heldSpan('2016', '2024', 9)).toEqual({ kind: 'run', first: '2016', last: '2024' });
  });

  it('reads years with a gap, or a year beside a month, as some periods between two ends', () => {
    // comtrade_sample.json: 2020, 2022 and 2024-12.
    expect(heldSpan('2020', '2024-12', 3)).toEqual({ kind: 'some', first: '2020', last: '2024-12', count: 3 });
    expect(heldSpan('2020', '2022', 2)).toEqual({ kind: 'some', first: '2020', last: '2022', count: 2 });
    expect(heldSpan('2023-01', '2023-12', 11)).toMatchObject({ kind: 'some', count: 11 });
  });

  it('reads one period as itself, and none as nothing', () => {
    expect(heldSpan('2024-12', '2024-12', 1)).toEqual({ kind: 'one', period: '2024-12' });
    expect(heldSpan(null, null, 0)).toBeNull();
  });
});
