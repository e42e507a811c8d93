import { describe, expect, it } from 'vitest';
import { monthAxis } from './month-axis';

const point = (period: string, value: number) => ({ period, value, mom: null, yoy: null, ytd: null, ytdYoy: null });

describe('monthAxis', () => {
  it('gives missing months their place on the axis, as gaps', () => {
    expect(monthAxis([point('2020-11', 5), point('2021-02', 7)])).toEqual({
      labels: ['2020-11', '2020-12', '2021-01', '2021-02'],
      values: [5, null, null, 7],
    });
  });

  it('leaves annual series as they are', () => {
    expect(monthAxis([point('2018', 1), point('2020', 2)])).toEqual({ labels: ['2018', '2020'], values: [1, 2] });
  });

  it('is empty for no points', () => {
    expect(monthAxis([])).toEqual({ labels: [], values: [] });
  });
});
