import fc from 'fast-check';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNote } from '../../../shared/error-text';
import { CsvParserBefore } from '../../test-support/csv-parser-before';
import { CsvParser, type CsvRow } from './csv-parser';
import type { SourceRow } from './reader-types';
import { readText } from './text-reader';

// The parser was rewritten for speed (issue 15); what it reads must not change. The parser before
// the rewrite is the oracle: same cells, line numbers and problems, whatever the chunk boundaries.
// Problems are compared by their English sentence: the parser now stores it with its catalog key (noteOf).
type Row = Omit<CsvRow, 'sheet' | 'problem'> & { problem: { reason: string; message: string } | null };
type Parser = { push(t: string, f: (r: Row) => void): void; end(f: (r: Row) => void): void };
function rows(p: Parser, chunks: string[]): Row[] {
  const out: Row[] = [];
  for (const c of chunks) p.push(c, (r) => void out.push(r));
  p.end((r) => void out.push(r));
  return out;
}
const split = (text: string, cuts: number[]) => {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, k) => text.slice(from, at[k] ?? text.length));
};
const plain = (rs: Row[]) =>
  rs.map((r) => ({
    cells: r.cells,
    line: r.line,
    problem: r.problem && { reason: r.problem.reason, message: readNote(r.problem.message).message },
  }));
const same = (text: string, cuts: number[] = [], delimiter = ',') =>
  expect(plain(rows(new CsvParser(delimiter), split(text, cuts)))).toEqual(
    plain(rows(new CsvParserBefore(delimiter), [text])),
  );

describe('the fast CSV parser reads what the parser before it read', () => {
  it('on random text of quotes, delimiters, CR, LF and spaces, cut into random chunks', () => {
    const chars = fc.constantFrom('a', 'b', 'é', ',', ';', '"', '"', '\n', '\r', ' ', '\t');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.constantFrom(',', ';', '\t'),
        (cs, cuts, d) => {
          same(cs.join(''), cuts, d);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('on quoted fields holding delimiters, newlines and doubled quotes, cut at every position', () => {
    const text = 'h1,h2,h3\r\n"a,b","x\r\ny","say ""hi"""\n"""",""\n"a""b""c",d,"e\nf"\r\n';
    for (let i = 0; i <= text.length; i++) same(text, [i]);
  });

  it('on CRLF cut between CR and LF, a lone CR, and a closing quote at a chunk end', () => {
    same('a,b\r\nc,d\r\n', [4]);
    same('a,b\rc,d\re', [3, 4]);
    same('"a",b\n"c"', [3, 9]);
    same('"a"\r\n"b"', [3, 4]);
  });

  it('on quotes inside unquoted values, text after a closing quote and a quote never closed', () => {
    for (const text of ['a"b,c\n', '"a"b,c\n', '"a"b"c",d\n', '"a""b"x\r\ny\n', 'a,"open\nmore', 'a,"open""', '",",\n'])
      same(text, [2, 5]);
  });
});

describe('text files read through readText', () => {
  it('drops a UTF-8 BOM and reads rows that cross the reader’s 1 MB chunks inside quotes and CRLFs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidemark-csv-oracle-'));
    try {
      // A quoted field with newlines and doubled quotes around each 1 MB boundary.
      const filler = 'x'.repeat((1 << 20) - 37);
      const text = `\uFEFFa,b\r\n"${filler}",1\r\n"q""\r\nr",2\r\n${'y'.repeat(1 << 19)},"${'z'.repeat(1 << 19)}\n"\r\nlast,3`;
      const path = join(dir, 'bom.csv');
      writeFileSync(path, text);
      const fd = openSync(path, 'r');
      const got: SourceRow[] = [];
      try {
        readText(
          { fd, size: 0, head: Buffer.alloc(0), name: 'bom.csv' },
          'utf-8-bom',
          ',',
          (r) => void got.push(r),
          () => {},
        );
      } finally {
        closeSync(fd);
      }
      const want = rows(new CsvParserBefore(), [text.slice(1)]);
      expect(got.map((r) => [r.cells, r.line, r.problem])).toEqual(want.map((r) => [r.cells, r.line, r.problem]));
      expect(got[0]!.cells).toEqual(['a', 'b']);
      expect(got.at(-1)).toMatchObject({ cells: ['last', '3'], line: 7 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
