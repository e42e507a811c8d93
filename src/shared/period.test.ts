import { describe, expect, it } from 'vitest';
import { frequencyOf, isPeriod, monthOf, periodLabel, shiftMonth, shiftPeriod, yearOf } from './period';

describe('periods', () => {
  it('are YYYY-MM months or YYYY years, nothing else', () => {
    expect(['2020-11', '2020', '0999-01'].every(isPeriod)).toBe(true);
    expect(['2020-13', '2020-00', '2020-1', '20201', '2020/11', ''].some(isPeriod)).toBe(false);
    // Checked by char code: the same verdicts as the patterns YYYY and YYYY-MM (01-12).
    for (let m = -1; m <= 100; m++)
      for (const y of ['2020', '202a', '٢٠٢٠'])
        expect(isPeriod(`${y}-${String(m).padStart(2, '0')}`), `${y}-${m}`).toBe(
          /^\d{4}$/.test(y) && m >= 1 && m <= 12,
        );
    expect(['2020 ', ' 2020', '2020-1 ', '2020-011', '2020x11'].some(isPeriod)).toBe(false);
    expect(frequencyOf('2020')).toBe('year');
    expect(frequencyOf('2020-11')).toBe('month');
  });
  it('shift by months across year ends, both ways', () => {
    expect(shiftMonth('2020-11', 2)).toBe('2021-01');
    expect(shiftMonth('2021-01', -1)).toBe('2020-12');
    expect(shiftMonth('2020-11', -23)).toBe('2018-12');
    expect(shiftMonth('2020-11', 0)).toBe('2020-11');
    expect(() => shiftMonth('2020', 1)).toThrow(/not a month/);
  });
  it('shift a year by whole years of months, a month by months', () => {
    expect(shiftPeriod('2020', -12)).toBe('2019');
    expect(shiftPeriod('2020-03', -12)).toBe('2019-03');
  });
  it('say their year and month; a year stands at its December', () => {
    expect(yearOf('2020-11')).toBe('2020');
    expect(monthOf('2020-03')).toBe(3);
    expect(monthOf('2020')).toBe(12);
    expect(periodLabel('2020-11')).toBe('November 2020');
    expect(periodLabel('2020')).toBe('2020');
  });
});
