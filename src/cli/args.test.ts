import { describe, expect, it } from 'vitest';
import { parseMap } from './args';

describe('parseMap', () => {
  it('reads the CLI --map syntax, with types and repeated flags for names with commas', () => {
    expect(parseMap(['Month=period,HS code=code:text,US$=value'])).toEqual({
      Month: 'period',
      'HS code': { field: 'code', type: 'text' },
      US$: 'value',
    });
    expect(parseMap(['Date=period:date', 'Value, US$=value'])).toEqual({
      Date: { field: 'period', type: 'date' },
      'Value, US$': 'value',
    });
    expect(() => parseMap(['Month=when'])).toThrow(/Fields: period/);
    expect(Object.getPrototypeOf(parseMap(['__proto__=code']))).toBe(Object.prototype);
  });
});
