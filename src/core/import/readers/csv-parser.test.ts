import { describe, expect, it } from 'vitest';
import { CsvParser, MAX_ROW_CHARS, type CsvRow } from './csv-parser';

function parse(chunks: string[], delimiter = ','): CsvRow[] {
  const p = new CsvParser(delimiter);
  const rows: CsvRow[] = [];
  for (const c of chunks) p.push(c, (r) => void rows.push(r));
  p.end((r) => void rows.push(r));
  return rows;
}
const cells = (text: string) => parse([text]).map((r) => r.cells);

describe('CSV parsing (RFC 4180)', () => {
  it('reads quoted fields with delimiters, escaped quotes and newlines inside', () => {
    expect(cells('a,"b,c","say ""hi"""\n"multi\nline",x,\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['multi\nline', 'x', ''],
    ]);
  });

  it('ends rows at LF, CRLF or a lone CR, with or without a final newline', () => {
    expect(cells('a,b\r\nc,d\re,f\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
    expect(cells('"x\r\ny",z\r\n')).toEqual([['x\r\ny', 'z']]);
  });

  it('numbers each row by the line it starts on, counting newlines inside quotes', () => {
    expect(parse(['h\n"a\nb"\nc\n']).map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('keeps empty fields, including a trailing one (GACC ends every line with a comma)', () => {
    expect(cells('"1","2",\n,,\n')).toEqual([
      ['1', '2', ''],
      ['', '', ''],
    ]);
  });

  it('reads tab-separated text with the tab delimiter', () => {
    expect(parse(['a\t"b\tc"\n'], '\t').map((r) => r.cells)).toEqual([['a', 'b\tc']]);
  });

  const tricky = 'p,"q,""r""\r\ns",t\r\n"",x\ry,"z"\n\n"u\rv",w,"";"\n"end"';
  it('gives the same rows whatever the chunk boundaries: split at every position', () => {
    const whole = parse([tricky]);
    for (let i = 0; i <= tricky.length; i++)
      expect(parse([tricky.slice(0, i), tricky.slice(i)]), `split at ${i}`).toEqual(whole);
    expect(parse([...tricky])).toEqual(whole); // one character at a time
  });

  it('reports an unterminated quote as a row with a problem instead of dropping it', () => {
    const rows = parse(['a,b\n"open,c\nmore']);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.problem?.reason).toBe('unquoted_value');
    expect(rows[1]!.cells[0]).toBe('open,c\nmore');
  });

  it('flags a stray quote inside an unquoted value or after a closing quote', () => {
    expect(parse(['a"b,c\n'])[0]!.problem?.reason).toBe('unquoted_value');
    const after = parse(['"a"b,c\n'])[0]!;
    expect(after.problem?.reason).toBe('unquoted_value');
    expect(after.cells).toEqual(['ab', 'c']);
  });

  it('reports a row longer than the limit as line_too_long and carries on with the next rows', () => {
    const long = `"${'x'.repeat(MAX_ROW_CHARS + 10)}`;
    const rows: CsvRow[] = [];
    const p = new CsvParser();
    p.push('a,b\n', (r) => void rows.push(r));
    for (let i = 0; i < long.length; i += 1 << 16) p.push(long.slice(i, i + (1 << 16)), (r) => void rows.push(r));
    p.push('"\nc,d\n', (r) => void rows.push(r));
    p.end((r) => void rows.push(r));
    expect(rows[0]!.cells).toEqual(['a', 'b']);
    expect(rows[1]!.problem?.reason).toBe('line_too_long');
    expect(rows.at(-1)!.cells).toEqual(['c', 'd']);
    expect(rows.at(-1)!.line).toBe(3);
  });

  describe('at the end of a file with no final newline', () => {
    // Each row must read as it would with a newline after it, whatever the chunk boundaries.
    const read = (chunks: string[]) =>
      parse(chunks).map((r) => ({ cells: r.cells, line: r.line, problem: r.problem?.reason ?? null }));
    const endings = (text: string) => {
      const whole = read([text]);
      for (let i = 0; i <= text.length; i++)
        expect(read([text.slice(0, i), text.slice(i)]), `split at ${i}`).toEqual(whole);
      return whole;
    };

    it('reads a quoted last field as its value, not as a malformed row', () => {
      expect(endings('a,b\n1,"x"')).toEqual([
        { cells: ['a', 'b'], line: 1, problem: null },
        { cells: ['1', 'x'], line: 2, problem: null },
      ]);
      expect(endings('a,b\n"1","say ""hi"""')[1]).toEqual({ cells: ['1', 'say "hi"'], line: 2, problem: null });
      expect(endings('"only"')).toEqual([{ cells: ['only'], line: 1, problem: null }]);
    });

    it('reads an empty quoted last field as empty', () => {
      expect(endings('a,b\n1,""')[1]).toEqual({ cells: ['1', ''], line: 2, problem: null });
      expect(endings('a,b\n"",""')[1]).toEqual({ cells: ['', ''], line: 2, problem: null });
    });

    it('ends a row at a lone CR at the very end, with no empty row after it', () => {
      expect(endings('a,b\r1,"x"\r')).toEqual([
        { cells: ['a', 'b'], line: 1, problem: null },
        { cells: ['1', 'x'], line: 1, problem: null },
      ]);
      expect(endings('a,b\r\n1,2\r')).toEqual([
        { cells: ['a', 'b'], line: 1, problem: null },
        { cells: ['1', '2'], line: 2, problem: null },
      ]);
    });

    it('flags a quote inside an unquoted last field as it does on any other line', () => {
      expect(endings('a,b\n1,x"y')[1]).toEqual({ cells: ['1', 'x"y'], line: 2, problem: 'unquoted_value' });
      expect(read(['a,b\n1,x"y\n'])[1]!.problem).toBe('unquoted_value');
    });

    it('still flags text after a closing quote, and a quote never closed', () => {
      expect(endings('a,b\n1,"x"y')[1]).toEqual({ cells: ['1', 'xy'], line: 2, problem: 'unquoted_value' });
      expect(endings('a,b\n1,"x')[1]).toEqual({ cells: ['1', 'x'], line: 2, problem: 'unquoted_value' });
    });
  });
});
