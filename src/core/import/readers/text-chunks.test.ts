import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvParser, MAX_ROW_CHARS, type CsvRow } from './csv-parser';
import { createDecoder } from './decode';
import type { SourceRow } from './reader-types';
import { CHUNK } from './text-chunks';
import { readText } from './text-reader';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What readText gave before it kept held rows as bytes: each chunk decoded alone, joined by the parser. */
function joinedRows(bytes: Buffer): CsvRow[] {
  const parser = new CsvParser(',');
  const decoder = createDecoder('utf-8');
  const rows: CsvRow[] = [];
  for (let pos = 0; pos < bytes.length; pos += CHUNK)
    parser.push(decoder.write(bytes.subarray(pos, pos + CHUNK)), (r) => void rows.push(r));
  parser.push(decoder.end(), (r) => void rows.push(r));
  parser.end((r) => void rows.push(r));
  return rows;
}

function readRows(path: string): SourceRow[] {
  const fd = openSync(path, 'r');
  try {
    const rows: SourceRow[] = [];
    readText(
      { fd, size: 0, head: Buffer.alloc(0), name: path },
      'utf-8',
      ',',
      (r) => void rows.push(r),
      () => {},
    );
    return rows;
  } finally {
    closeSync(fd);
  }
}

describe('readText across chunk ends', () => {
  it('gives the rows, lines and problems it gave when the parser joined each chunk to the row it held', () => {
    // Rows of every length land every byte of a row (CR, LF, a quote, a delimiter) on a chunk's end;
    // among them a quoted newline, rows longer than the bytes kept ahead of a chunk (64 KiB) and than
    // a row may be (MAX_ROW_CHARS), CRLF and lone CR ends, and non-ASCII chunks between ASCII ones.
    const parts: string[] = ['a,b,c\n'];
    let length = 0;
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; length < 8 * CHUNK; i++) {
      const end = ['\n', '\r\n', '\r'][rand(3)]!;
      const pad = 'x'.repeat(rand(40));
      if (i % 500 === 250) parts.push(`${i},"long ${'y'.repeat(70_000 + rand(1000))}",z${end}`);
      else if (i % 20_000 === 9000) parts.push(`${i},"caf\u00e9 ${pad}",\u00fc${end}`);
      else if (i % 90 === 3) parts.push(`${i},"two\nlines, ""quoted""",${pad}${end}`);
      else if (i % 130 === 7) parts.push(`${i},open "quote ${pad},z${end}`);
      else parts.push(`${i},${pad},${rand(1e6)}${end}`);
      if (i === 3000) parts.push(`big,"${'q'.repeat(MAX_ROW_CHARS + CHUNK)}",end\n`);
      length += parts.at(-1)!.length;
    }
    const bytes = Buffer.from(parts.join(''), 'utf8');
    const path = join(dir, 'chunks.csv');
    writeFileSync(path, bytes);
    const want = joinedRows(bytes);
    expect(want.some((r) => r.problem?.reason === 'line_too_long')).toBe(true);
    const got = readRows(path);
    expect(got.length).toBe(want.length);
    // Row by row, so a difference names the row instead of printing two arrays of thousands.
    for (let i = 0; i < want.length; i++)
      expect({ cells: got[i]!.cells, line: got[i]!.line, problem: got[i]!.problem }, `row ${i}`).toEqual({
        cells: want[i]!.cells,
        line: want[i]!.line,
        problem: want[i]!.problem,
      });
  });
});
