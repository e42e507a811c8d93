import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScale, milliToDecimal, milliToNumber, moneyToDecimal, parseDecimal, toMilli } from './money';

describe('money', () => {
  it('is read exactly, as an integer of the smallest unit the file gives', () => {
    expect(parseDecimal('1273194')).toEqual({ units: 1273194, exp: 0 });
    expect(parseDecimal(' 12.50 ')).toEqual({ units: 125, exp: 1 });
    expect(parseDecimal('-0.001')).toEqual({ units: -1, exp: 3 });
    expect(parseDecimal('007')).toEqual({ units: 7, exp: 0 });
  });
  it('moves the decimal point for "US$ thousand" without rounding', () => {
    expect(parseDecimal('1.5', 1000)).toEqual({ units: 1500, exp: 0 });
    expect(parseDecimal('2.3825', 1000)).toEqual({ units: 23825, exp: 1 });
    expect(isScale(1000)).toBe(true);
    expect(isScale(500)).toBe(false);
  });
  it('refuses what it cannot hold exactly: separators, words, more than 3 decimals, beyond 2^53', () => {
    for (const text of ['1,000', '1e6', 'n/a', '', '1.2345', '12345678901234567890', '--1'])
      expect(parseDecimal(text)).toBeNull();
  });
  it('sums in milli-units and prints back without trailing zeros', () => {
    expect(toMilli({ units: 125, exp: 1 })).toBe(12500);
    expect(milliToDecimal(12500)).toBe('12.5');
    expect(milliToDecimal(-1)).toBe('-0.001');
    expect(milliToDecimal(2382000)).toBe('2382');
    expect(milliToNumber(2382500)).toBe(2382.5);
  });
  it('reads plain decimals (its fast path) exactly as the general rule does: sign, zeros, points, spaces', () => {
    // The general rule, as a regex: what parseDecimal did for every value before its fast path.
    const general = (text: string) => {
      const m = /^([+-])?(\d+)(?:\.(\d+))?$/.exec(text.trim());
      if (!m) return null;
      const frac = (m[3] ?? '').replace(/0+$/, '');
      const units = Number((m[2]! + frac).replace(/^0+(?=\d)/, ''));
      return frac.length > 3 || !Number.isSafeInteger(units)
        ? null
        : { units: m[1] === '-' ? -units : units, exp: frac.length };
    };
    const chars = fc.constantFrom('0', '0', '1', '9', '5', '.', '-', '+', ' ', 'e');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 20 }),
        (cs) => void expect(parseDecimal(cs.join(''))).toEqual(general(cs.join(''))),
      ),
      { numRuns: 5000 },
    );
    for (const text of [
      '-0',
      '1.',
      '.5',
      '0.000',
      '100.10',
      '999999999999999',
      '9999999999999999',
      '9007199254740993',
      '00000000000000001.5',
    ])
      expect(parseDecimal(text), text).toEqual(general(text));
  });
  it('round-trips every decimal of up to 3 places', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (units, exp) => {
        const text = milliToDecimal(units * 10 ** (3 - exp));
        const parsed = parseDecimal(text)!;
        expect(moneyToDecimal(parsed)).toBe(text);
        expect(toMilli(parsed)).toBe(units * 10 ** (3 - exp));
      }),
    );
  });
});
