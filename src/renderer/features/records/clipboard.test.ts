import { describe, expect, it } from 'vitest';
import { parseTsv, toHtml, toTsv } from './clipboard';

describe('grid clipboard', () => {
  it('copies codes as text that Excel and Calc keep: TSV plus an HTML table marked as text', () => {
    const rows = [
      ['0101', 'Horses, live', 1854],
      ['2701', 'Coal\tbriquettes', 10.5],
    ];
    expect(toTsv(['code', 'description', 'value'], rows)).toBe(
      'code\tdescription\tvalue\r\n0101\tHorses, live\t1854\r\n2701\t"Coal\tbriquettes"\t10.5\r\n',
    );
    const html = toHtml(['code', 'value'], [['0101', 1854]]);
    expect(html).toContain(`<td sdnum="1033;0;@" style="mso-number-format:'\\@'">0101</td>`);
    expect(html).toContain('<td>1854</td>');
  });

  it('copies formula-like text as text a spreadsheet will not run, and pastes it back as it was', () => {
    const rows = [['=1+1', '@SUM(A1)', '-', 'Horses', -5, '+82 2']];
    const tsv = toTsv(['a', 'b', 'c', 'd', 'e', 'f'], rows);
    expect(tsv.split('\r\n')[1]).toBe("'=1+1\t'@SUM(A1)\t'-\tHorses\t-5\t'+82 2");
    expect(parseTsv(tsv)[1]).toEqual(['=1+1', '@SUM(A1)', '-', 'Horses', '-5', '+82 2']);
    // Excel's own TSV of a text cell "=x" has no apostrophe: it pastes as it is.
    expect(parseTsv('=x\r\n')).toEqual([['=x']]);
  });

  it('reads what Excel puts on the clipboard, including quoted cells and the final newline', () => {
    expect(parseTsv('0101\t12\r\n0102\t"a ""b""\tc"\r\n')).toEqual([
      ['0101', '12'],
      ['0102', 'a "b"\tc'],
    ]);
    expect(parseTsv('5')).toEqual([['5']]);
  });
});
