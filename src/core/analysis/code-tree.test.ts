import { describe, expect, it } from 'vitest';
import { CodeTree, normalizeSelection, selectionValue, wholeIn } from './code-tree';

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
    // 271 has no row of its own: 2716 is all it lists, and 27's gap (100 - 90) could hold 2710 as well.
    expect(t.value('271')).toEqual({
      milli: null,
      why: 'partial',
      within: '27',
      gap: 10n,
      codes: ['2716'],
      listed: 40n,
    });
    // 2709 has nothing held; 27's gap could hold it.
    expect(t.value('2709')).toEqual({ milli: null, why: 'unlisted', within: '27', gap: 10n });
    expect(selectionValue(t, normalizeSelection([], ['2716']))).toEqual({ milli: 60n });
    // Where 27 is all in its headings, 271 is 2716.
    expect(
      tree([
        ['27', 90],
        ['2716', 40],
        ['2701', 50],
      ]).value('271'),
    ).toEqual({ milli: 40n });
  });

  it('a prefix without a row of its own, beside a reported total its listed codes fall short of, is not known', () => {
    // Comtrade China–DPRK 2019: TOTAL and seven selected codes, two of them in chapter 27.
    const rows: [string, number][] = [
      ['TOTAL', 215_240_258],
      ['2701', 0],
      ['2716', 11_428_577],
      ['2601', 0],
      ['6704', 31_063_572],
      ['61', 0],
      ['62', 2_402],
      ['03', 0],
    ];
    const t = tree(rows);
    const gap = 215_240_258n - 42_494_551n;
    expect(t.value('27')).toEqual({
      milli: null,
      why: 'partial',
      within: 'TOTAL',
      gap,
      codes: ['2701', '2716'],
      listed: 11_428_577n,
    });
    expect(t.value('6')).toMatchObject({ milli: null, why: 'partial', codes: ['61', '62', '6704'] });
    expect(selectionValue(t, normalizeSelection(['27'], []))).toMatchObject({ milli: null, code: '27' });
    // Still known: a code with its own row, all goods but one listed code, and the code a prefix is held as.
    expect(t.value('2716')).toEqual({ milli: 11_428_577n });
    expect(t.value('62')).toEqual({ milli: 2_402n });
    expect(selectionValue(t, normalizeSelection([], ['2716']))).toEqual({ milli: 215_240_258n - 11_428_577n });
    // All goods but chapter 27 is not: it needs chapter 27.
    expect(selectionValue(t, normalizeSelection([], ['27']))).toMatchObject({ milli: null, code: '27' });
    // The same codes adding up to their total, or with no total reported (a download of every code): their sum.
    const whole = tree([['TOTAL', 42_494_551], ...rows.slice(1)]);
    expect(whole.value('27')).toEqual({ milli: 11_428_577n });
    expect(tree(rows.slice(1)).value('27')).toEqual({ milli: 11_428_577n });
    expect(tree(rows.slice(1)).value('6')).toEqual({ milli: 31_065_974n });
    // Through the summary's total and parts, as a series reads a tree of the rows under its selection.
    const under27 = tree(rows.filter(([c]) => c === 'TOTAL' || c.startsWith('27')));
    expect(under27.withTotal(215_240_258n, 42_494_551n).value('27')).toMatchObject({ milli: null, why: 'partial' });
    expect(under27.withTotal(42_494_551n, 42_494_551n).value('27')).toEqual({ milli: 11_428_577n });
    expect(under27.withTotal(42_494_551n, null).value('27')).toEqual({ milli: 11_428_577n });
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

describe('a code tree told its edition’s nomenclature', () => {
  const rows = [
    { code: 'TOTAL', milli: 48_000, slice: 0 },
    { code: '27160000', milli: 12_000, slice: 0 },
    { code: '67041100', milli: 24_000, slice: 0 },
  ];
  it('reads a heading as the one code it is divided into, and only that', () => {
    const t = new CodeTree(rows, wholeIn('HS', 'CHN'));
    expect(t.value('2716')).toEqual({ milli: 12_000n });
    expect(t.value('271600')).toEqual({ milli: 12_000n });
    // 6704 has more lines than 67041100; chapter 27 more headings than 2716.
    expect(t.value('6704')).toMatchObject({ milli: null, why: 'partial' });
    expect(t.value('27')).toMatchObject({ milli: null, why: 'partial' });
  });
  it('keeps the rule where it is not told, or told of another country’s lines', () => {
    expect(new CodeTree(rows).value('2716')).toMatchObject({ milli: null, why: 'partial' });
    expect(new CodeTree(rows, wholeIn('HS', 'KOR')).value('2716')).toMatchObject({ milli: null, why: 'partial' });
  });
});
