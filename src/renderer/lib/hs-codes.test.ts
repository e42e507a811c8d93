import { describe, expect, it } from 'vitest';
import { parseCodes } from './hs-codes';

describe('codes typed into a box', () => {
  it('split on commas, spaces and semicolons, and keep their leading zeros', () => {
    expect(parseCodes(' 2716, 27;0301  8703 ')).toEqual(['2716', '27', '0301', '8703']);
  });
  it('read a code as reports and the nomenclature write it, never dropping it to leave the chart unfiltered', () => {
    // Dropped, "27.16" alone in "Only HS" charted all goods; in "Exclude HS" it kept the electricity in.
    expect(parseCodes('27.16')).toEqual(['2716']);
    expect(parseCodes('2716.00, 8542.31')).toEqual(['271600', '854231']);
    expect(parseCodes('HS 2716')).toEqual(['2716']);
    expect(parseCodes('HS2716; hs-2701, HS:0301')).toEqual(['2716', '2701', '0301']);
  });
  it('read SITC and BEC codes as written, the classification word never taken for a code', () => {
    expect(parseCodes('SITC 33')).toEqual(['33']);
    expect(parseCodes('S4-334.1, sitc:05, BEC 41')).toEqual(['3341', '05', '41']);
  });
  it('drop what cannot be a code, so a stray word never filters a chart', () => {
    expect(parseCodes('27.16, HS-2716, , 1234567890123, 27..16, TOTAL')).toEqual(['2716', 'TOTAL']);
    expect(parseCodes('')).toEqual([]);
  });
});
