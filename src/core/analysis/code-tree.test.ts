import { describe, expect, it } from 'vitest';
import { CodeTree, normalizeSelection, selectionValue } from './code-tree';

const tree = (rows: [code: string, milli: number, slice?: number][]) =>
  new CodeTree(rows.map(([code, milli, slice = 0]) => ({ code, milli, slice })));

describe('a cell’s code tree', () => {
  it('takes the reported total over its parts, and the gap is unallocated', () => {
    // Comtrade China–DPRK 2020: TOTAL and seven items, in dollars.
    const t = tree([
      ['TOTAL', 47_948_195],
      ['2716', 11_848_244],
      ['6704', 2_230_571],
      ['61', 354],
      ['62', 1545],
    ]);
    expect(t.total()).toBe(47_948_195n);
    expect(t.parts()).toBe(14_080_714n);
    expect(t.partsOf('TOTAL').gap).toBe(33_867_481n);
    expect(t.value('85')).toEqual({ milli: null, why: 'unlisted', within: 'TOTAL', gap: 33_867_481n });
  });

  it('counts a code once: a chapter held with its headings is worth the chapter; a prefix without a row, its top-most codes', () => {
    const t = tree([
      ['27', 100],
      ['2716', 40],
      ['271600', 40],
      ['2701', 50],
    ]);
    expect(t.total()).toBe(100n);
    expect(t.value('27')).toEqual({ milli: 100n });
    expect(t.value('271')).toEqual({ milli: 40n });
    // 2709 has nothing held; 27's gap (100 - 90) could hold it.
    expect(t.value('2709')).toEqual({ milli: null, why: 'unlisted', within: '27', gap: 10n });
    expect(selectionValue(t, normalizeSelection([], ['2716']))).toEqual({ milli: 60n });
  });

  it('reads the total slice where held, else one split (C01 + C02), never both', () => {
    expect(
      tree([
        ['252310', 64_328_200],
        ['252310', 64_328_200, 1],
      ]).total(),
    ).toBe(64_328_200n);
    expect(
      tree([
        ['252310', 30, 1],
        ['252310', 34, 1],
        ['252310', 50, 3],
      ]).total(),
    ).toBe(64n);
  });

  it('codes of one family only: SITC 7 holds 78, and a code shorter than a level keys as itself', () => {
    const t = tree([
      ['7', 500],
      ['78', 300],
      ['781', 200],
      ['0', 20],
    ]);
    expect(t.total()).toBe(520n);
    expect(t.partsOf('7').parts).toEqual([['78', 300n]]);
    expect(t.partsOf('7').gap).toBe(200n);
  });

  it('normalises a selection: nested prefixes once, an exclusion inside an inclusion only', () => {
    expect(normalizeSelection(['27', '2716', '84'], ['271600', '9601'])).toEqual({
      include: ['27', '84'],
      exclude: ['271600'],
      nothing: false,
    });
    expect(normalizeSelection(['2716'], ['27'])).toEqual({ include: [], exclude: [], nothing: true });
  });
});
