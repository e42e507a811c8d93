import { describe, expect, it } from 'vitest';
import { parseCodes } from './hs-codes';

describe('codes typed into a box', () => {
  it('split on commas, spaces and semicolons, and keep their leading zeros', () => {
    expect(parseCodes(' 2716, 27;0301  8703 ')).toEqual(['2716', '27', '0301', '8703']);
  });
  it('drop what cannot be a code, so a stray word never filters a chart', () => {
    expect(parseCodes('27.16, HS-2716, , 1234567890123, TOTAL')).toEqual(['TOTAL']);
    expect(parseCodes('')).toEqual([]);
  });
});
