import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utils, write } from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { buildXlsx } from '../../test-support/xlsx-fixture';
import { openReader } from './open-reader';
import { STOP, type SourceRow } from './reader-types';

/**
 * Every reader ends its read where the row callback says STOP, without an exception: the preview
 * (20 rows) and provenance (one row) read the start of a file, not all of it.
 */
const dir = mkdtempSync(join(tmpdir(), 'tidemark-stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 30_000;

function readUntil(path: string, stopAt: number): { rows: SourceRow[]; bytes: number; size: number } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    const rows: SourceRow[] = [];
    let bytes = 0;
    openReader({ fd, size, head: head.subarray(0, n), name: path }).read(
      (r) => (rows.push(r) >= stopAt ? STOP : undefined),
      (b) => void (bytes = b),
    );
    return { rows, bytes, size };
  } finally {
    closeSync(fd);
  }
}

const table = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => [`code${from + i}`, String(from + i)]);

describe('a read ended with STOP', () => {
  it('stops a large CSV at the row, before its later chunks are read', () => {
    const path = join(dir, 'big.csv');
    writeFileSync(
      path,
      'code,value\n' +
        table(0, 200_000)
          .map((r) => r.join(','))
          .join('\n') +
        '\n',
    );
    const { rows, bytes, size } = readUntil(path, 21);
    expect(rows).toHaveLength(21);
    expect(rows[20]!.cells).toEqual(['code19', '19']);
    expect(bytes).toBeLessThan(size);
  });

  it('stops a JSON table at the row', () => {
    const path = join(dir, 't.json');
    writeFileSync(path, JSON.stringify(table(0, 100).map(([code, value]) => ({ code, value }))));
    const { rows } = readUntil(path, 3);
    expect(rows.map((r) => r.cells)).toEqual([
      ['code', 'value'],
      ['code0', '0'],
      ['code1', '1'],
    ]);
  });

  it('stops an xlsx inside its first sheet: no later row and no second sheet is read', () => {
    const sheetRows = (from: number) =>
      table(from, from + ROWS)
        .map(
          ([c, v], i) =>
            `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${c}</t></is></c><c r="B${i + 1}"><v>${v}</v></c></row>`,
        )
        .join('');
    const path = join(dir, 'big.xlsx');
    writeFileSync(
      path,
      buildXlsx({
        sheets: [
          { name: 'One', rows: sheetRows(0) },
          { name: 'Two', rows: sheetRows(ROWS) },
        ],
      }),
    );
    const { rows, bytes, size } = readUntil(path, 5);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.sheet)).toEqual(['One', 'One', 'One', 'One', 'One']);
    expect(rows[4]!.cells).toEqual(['code4', '4']);
    expect(bytes).toBeLessThan(size);
  });

  it('stops an old .xls at the row, before its second sheet', () => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet(table(0, 50)), 'One');
    utils.book_append_sheet(wb, utils.aoa_to_sheet(table(50, 100)), 'Two');
    const path = join(dir, 'old.xls');
    writeFileSync(path, write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer);
    const { rows } = readUntil(path, 2);
    expect(rows.map((r) => [r.sheet, r.cells[0]])).toEqual([
      ['One', 'code0'],
      ['One', 'code1'],
    ]);
  });
});
