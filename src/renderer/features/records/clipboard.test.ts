import { describe, expect, it } from 'vitest';
import { parseTsv, toHtml, toTsv } from './clipboard';

describe('grid clipboard', () => {
  it('copies codes as text that Excel keeps: TSV plus an HTML table marked as text', () => {
    const rows = [
      ['0101', 'Horses, live', 1854],
      ['2701', 'Coal\tbriquettes', 10.5],
    ];
    expect(toTsv(['code', 'description', 'value'], rows)).toBe(
      'code\tdescription\tvalue\r\n0101\tHorses, live\t1854\r\n2701\t"Coal\tbriquettes"\t10.5\r\n',
    );
    const html = toHtml(['code', 'value'], [['0101', 1854]]);
    expect(html).toContain(`<td style="mso-number-format:'\\@'">0101</td>`);
    expect(html).toContain('<td>1854</td>');
  });

  it('reads what Excel puts on the clipboard, including quoted cells and the final newline', () => {
    expect(parseTsv('0101\t12\r\n0102\t"a ""b""\tc"\r\n')).toEqual([
      ['0101', '12'],
      ['0102', 'a "b"\tc'],
    ]);
    expect(parseTsv('5')).toEqual([['5']]);
  });
});
