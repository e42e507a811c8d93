import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utils, write, version } from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from './limits';
import { openReader } from './open-reader';
import type { SourceRow } from './reader-types';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-xls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readRows(path: string): SourceRow[] {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const rows: SourceRow[] = [];
    const reader = openReader({ fd, size: fstatSync(fd).size, head: head.subarray(0, n), name: 'old.xls' });
    expect(reader.kind).toBe('xls');
    reader.read(
      (r) => void rows.push(r),
      () => {},
    );
    return rows;
  } finally {
    closeSync(fd);
  }
}

/** An Excel 97–2003 (BIFF8) workbook written by SheetJS itself, so the fixture stays generated. */
function writeXls(
  name: string,
  sheets: Record<string, unknown[][]>,
  date1904 = false,
  formats: Record<string, string> = {},
): string {
  const wb = utils.book_new();
  for (const [sheet, aoa] of Object.entries(sheets)) {
    const ws = utils.aoa_to_sheet(aoa);
    for (const [ref, z] of Object.entries(formats)) if (ws[ref]) ws[ref].z = z;
    utils.book_append_sheet(wb, ws, sheet);
  }
  wb.Workbook = { WBProps: { date1904 } };
  const path = join(dir, name);
  writeFileSync(path, write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
  return path;
}

describe('reading old .xls workbooks', () => {
  it('uses the maintained SheetJS build, never the vulnerable 0.18.5', () => {
    expect(version).toBe('0.20.3');
  });

  it('reads text, numbers and booleans from every sheet, with true row numbers', () => {
    const path = writeXls('a.xls', {
      朝鲜: [['code', 'value', 'flag'], ['01012100', 1854.25, true], [], ['27160000', 12345678901234, false]],
      Second: [['x'], [1e-7]],
    });
    const rows = readRows(path);
    expect(rows.map((r) => [r.sheet, r.line, r.cells])).toEqual([
      ['朝鲜', 1, ['code', 'value', 'flag']],
      ['朝鲜', 2, ['01012100', '1854.25', 'TRUE']],
      ['朝鲜', 4, ['27160000', '12345678901234', 'FALSE']],
      ['Second', 1, ['x']],
      ['Second', 2, ['0.0000001']],
    ]);
  });

  it('turns date-formatted serials into ISO dates, in the 1900 and the 1904 system', () => {
    const sheet = {
      S: [
        ['period', 'n'],
        [44197, 44197],
      ],
    };
    expect(readRows(writeXls('d1900.xls', sheet, false, { A2: 'yyyy-mm-dd' }))[1]!.cells).toEqual([
      '2021-01-01',
      '44197',
    ]);
    expect(readRows(writeXls('d1904.xls', sheet, true, { A2: 'yyyy-mm-dd' }))[1]!.cells).toEqual([
      '2025-01-02',
      '44197',
    ]);
  });

  it('leaves Object.prototype alone when a header is named __proto__', () => {
    const path = writeXls('proto.xls', {
      S: [
        ['__proto__', 'constructor'],
        ['a', 'b'],
      ],
    });
    expect(readRows(path).map((r) => r.cells)).toEqual([
      ['__proto__', 'constructor'],
      ['a', 'b'],
    ]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it('refuses an .xls beyond its size cap before parsing, since SheetJS holds the whole workbook in memory', () => {
    const path = join(dir, 'big.xls');
    writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(LIMITS.maxXlsFileBytes)]));
    expect(() => readRows(path)).toThrow(
      expect.objectContaining({ code: 'file_too_large', message: expect.stringContaining('save as .xlsx') }),
    );
  });

  it('refuses a file that only looks like an old workbook with a typed error', () => {
    const path = join(dir, 'fake.xls');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]),
    );
    expect(() => readRows(path)).toThrow(expect.objectContaining({ code: 'format_unknown' }));
  });
});
