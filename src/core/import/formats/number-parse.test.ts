import { describe, expect, it } from 'vitest';
import { parseGroupedMoney, parseQuantity, ungroup } from './number-parse';

describe('numbers with thousands separators', () => {
  it.each([
    ['16,536,067,327', '16536067327'],
    ['16536067327', '16536067327'],
    ['-1,234.50', '-1234.50'],
    ['+999', '+999'],
    ['0', '0'],
    [' 1,000 ', '1000'],
  ])('reads %s as %s', (text, want) => expect(ungroup(text)).toBe(want));

  it.each(['1,23', '1,2345', '12,34,567', '1.234,5', ',123', '1,', '1 000', '?', '', '1e5', '0x10', 'NaN'])(
    'refuses %s',
    (text) => {
      expect(ungroup(text)).toBeNull();
    },
  );

  it('keeps money exact, applies a scale, and refuses more than 3 decimals', () => {
    expect(parseGroupedMoney('16,536,067,327')).toEqual({ units: 16536067327, exp: 0 });
    expect(parseGroupedMoney('1,234.567')).toEqual({ units: 1234567, exp: 3 });
    expect(parseGroupedMoney('1,234.5', 1000)).toEqual({ units: 1234500, exp: 0 });
    expect(parseGroupedMoney('1.2345')).toBeNull();
  });

  it('reads a GACC "?" quantity as missing, not as zero', () => {
    expect(parseQuantity('?')).toBeNull();
    expect(parseQuantity('')).toBeNull();
    expect(parseQuantity('1,296,592,160')).toBe(1296592160);
    expect(parseQuantity('abc')).toBeUndefined();
  });
});
