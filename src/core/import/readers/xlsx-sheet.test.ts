import { describe, expect, it } from 'vitest';
import { readNote } from '../../../shared/error-text';
import { EXCEL_MAX_COLS } from './limits';
import { STOP } from './reader-types';
import { SheetScanner, type SheetRow } from './xlsx-sheet';
import { XmlTokenizer } from './xlsx-xml';

const ctx = {
  fileName: 'test.xlsx',
  sheet: 'S',
  sharedStrings: ['code', 'Horses, live', '朝鲜'],
  // Style 1 shows a date, style 2 a time.
  styleKinds: [null, 'date', 'time'] as const,
  date1904: false,
};

/** Rows of a sheet's XML pushed to the tokenizer in the given pieces. */
function scan(pieces: string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  const scanner = new SheetScanner({ ...ctx, styleKinds: [...ctx.styleKinds] }, (r) => void rows.push(r));
  const tokenizer = new XmlTokenizer(scanner, 'sheet1.xml');
  for (const p of pieces) tokenizer.push(p);
  return rows;
}

const sheet = (rows: string) => `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;

/** Every kind of cell and tag spelling the scanner meets, the fast path's and the general one's. */
const MIXED = sheet(
  [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>x</t></is></c><c r="D1" t="str"><v>a&amp;b</v></c><c r="E1" t="s"><v>2</v></c></row>',
    // Numbers, an exponent, a gap (C), a date and a time by style, a boolean, an error.
    '<row r="2"><c r="A2"><v>0123.50</v></c><c r="B2"><v>1.5E+3</v></c><c r="D2" s="1"><v>45292</v></c><c r="E2" s="2"><v>0.5</v></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="e"><v>#N/A</v></c></row>',
    // Rich-text inline string with a phonetic run, a comment and CDATA in values, pretty-printed.
    '<row r="3">\n  <c r="A3" t="inlineStr"><is><r><t>朝</t></r><r><t xml:space="preserve">鲜 </t></r><rPh sb="0" eb="1"><t>チョウセン</t></rPh></is></c>\n  <c r="B3"><v><!-- cached -->42</v></c>\n  <c r="C3" t="str"><v><![CDATA[<raw> & ]]></v></c>\n</row>',
    // Attributes in another order, single quotes, whitespace around "=", a self-closing cell, no r.
    '<row r=\'5\'><c t="s" r="B5"><v>1</v></c><c r = \'C5\' s=\'1\' ><v>60</v></c><c r="D5" s="0"/><c><v>7</v></c></row>',
    // A namespace prefix on every element, with a gap: the cell lands in the column its r names.
    '<x:row r="6"><x:c r="A6"><x:v>1</x:v></x:c><x:c r="D6" t="s"><x:v>0</x:v></x:c></x:row>',
    '<row r="7"/><row r="8"><c r="A8"><v></v></c><c r="B8" t="s"><v> 1 </v></c></row>',
    // Shared string indices with a leading zero, in two values ("1" "0" is 10: missing), or with an empty one.
    '<row r="9"><c r="A9" t="s"><v>02</v></c><c r="B9" t="s"><v>1</v><v>0</v></c><c r="C9" t="s"><v>2</v><v></v></c></row>',
  ].join(''),
);

const EXPECTED: [number, string[]][] = [
  [1, ['code', 'Horses, live', 'x', 'a&b', '朝鲜']],
  [2, ['0123.50', '1500', '', '2024-01-01', '12:00:00', 'TRUE', '#N/A']],
  [3, ['朝鲜 ', '42', '<raw> & ', '', '']],
  [5, ['', 'Horses, live', '1900-02-29', '', '7']],
  [6, ['1', '', '', 'code', '']],
  [8, ['', 'Horses, live', '', '', '']],
  [9, ['朝鲜', '', '朝鲜', '', '']],
];

describe('the sheet scanner', () => {
  it('reads every kind of cell, prefixed or not, into its column', () => {
    const rows = scan([MIXED]);
    expect(rows.map((r) => [r.line, r.cells])).toEqual(EXPECTED);
    expect(rows.map((r) => (r.problem ? readNote(r.problem.message).message : null))).toEqual([
      ...Array(EXPECTED.length - 1).fill(null),
      'Cell B9 refers to shared string 10, which the workbook does not have.',
    ]);
  });

  it('gives the same rows whatever the chunk boundaries: split at every position, and in small pieces', () => {
    const whole = scan([MIXED]);
    for (let k = 1; k < MIXED.length; k++) expect(scan([MIXED.slice(0, k), MIXED.slice(k)])).toEqual(whole);
    for (const size of [1, 2, 3, 5, 7, 11]) {
      const pieces: string[] = [];
      for (let i = 0; i < MIXED.length; i += size) pieces.push(MIXED.slice(i, i + size));
      expect(scan(pieces)).toEqual(whole);
    }
  });

  it('reads a row as wide as Excel allows, and marks a cell beyond it', () => {
    const wide = Array.from({ length: EXCEL_MAX_COLS }, (_, i) => `<c><v>${i}</v></c>`).join('');
    const [row] = scan([sheet(`<row r="1">${wide}</row>`)]);
    expect(row!.cells.length).toBe(EXCEL_MAX_COLS);
    expect(row!.cells[EXCEL_MAX_COLS - 1]).toBe(String(EXCEL_MAX_COLS - 1));
    const [last] = scan([sheet('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" t="s"><v>0</v></c></row>')]);
    expect(last!.cells.length).toBe(EXCEL_MAX_COLS);
    expect(last!.cells[EXCEL_MAX_COLS - 1]).toBe('code');
    const [beyond] = scan([sheet('<row r="1"><c r="A1"><v>1</v></c><c r="AAAA1"><v>2</v></c></row>')]);
    expect(beyond!.cells).toEqual(['1']);
    expect(beyond!.problem?.reason).toBe('too_many_columns');
  });

  it('stops at the row whose callback says STOP, reading no later row', () => {
    const seen: number[] = [];
    const scanner = new SheetScanner(
      { ...ctx, styleKinds: [] },
      (r) => (seen.push(r.line), r.line === 2 ? STOP : undefined),
    );
    new XmlTokenizer(scanner, 'sheet1.xml').push(
      sheet('<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row><row r="3"><c><v>3</v></c></row>'),
    );
    expect(seen).toEqual([1, 2]);
    expect(scanner.stopped).toBe(true);
  });
});
