import { describe, expect, it } from 'vitest';
import { protectCell, unprotectCell } from './spreadsheet-safety';

describe('cells a spreadsheet would run as formulas', () => {
  it('get an apostrophe in CSV, fullwidth forms included, and plain text none', () => {
    expect(protectCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(protectCell('\uFF1D1+1')).toBe("'\uFF1D1+1");
    expect(protectCell("'quoted")).toBe("''quoted");
    expect(protectCell('2716')).toBe('2716');
    expect(protectCell('')).toBe('');
  });
  it('round-trip: import takes exactly that apostrophe off again', () => {
    for (const text of ['=1+1', '-5', '@sum', "'quoted", 'plain', "'", ''])
      expect(unprotectCell(protectCell(text))).toBe(text);
    expect(unprotectCell("'plain")).toBe("'plain");
  });
});
