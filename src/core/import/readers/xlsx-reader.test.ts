import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../../test-support/temp-core';
import { openReader } from './open-reader';
import type { SourceRow } from './reader-types';
import { buildXlsx, type FixtureWorkbook } from '../../test-support/xlsx-fixture';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readRows(path: string): SourceRow[] {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const rows: SourceRow[] = [];
    openReader({ fd, size: fstatSync(fd).size, head: head.subarray(0, n), name: 'test.xlsx' }).read(
      (r) => void rows.push(r),
      () => {},
    );
    return rows;
  } finally {
    closeSync(fd);
  }
}

let seq = 0;
function rowsOf(wb: FixtureWorkbook): SourceRow[] {
  const path = join(dir, `wb${seq++}.xlsx`);
  writeFileSync(path, buildXlsx(wb));
  return readRows(path);
}
const cells = (rows: SourceRow[]) => rows.map((r) => r.cells);

describe('reading .xlsx', () => {
  it('reads shared strings, including rich-text runs without their phonetic guides, and escapes', () => {
    const rows = rowsOf({
      sharedStrings: ['code', 'Horses, live & "others"', 'x'],
      sheets: [
        {
          name: 'Data',
          rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><r><t>朝</t></r><r><t>鲜</t></r><rPh><t>チョウセン</t></rPh></is></c><c r="B2" t="inlineStr"><is><t>line_x000D_break</t></is></c></row>',
        },
      ],
    });
    expect(cells(rows)).toEqual([
      ['code', 'Horses, live & "others"'],
      ['朝鲜', 'line\rbreak'],
    ]);
    expect(rows.map((r) => [r.sheet, r.line])).toEqual([
      ['Data', 1],
      ['Data', 2],
    ]);
  });

  it('keeps numbers as the file writes them (many digits, exponents expanded exactly) and codes as text', () => {
    const rows = rowsOf({
      sheets: [
        {
          name: 'S',
          rows: '<row r="1"><c r="A1"><v>12345678901234567890</v></c><c r="B1"><v>0.1000000000000000055511151231257827</v></c><c r="C1"><v>1.5E+3</v></c><c r="D1"><v>-1.2345E-5</v></c><c r="E1" t="inlineStr"><is><t>01012100</t></is></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="e"><v>#N/A</v></c></row>',
        },
      ],
    });
    expect(cells(rows)[0]).toEqual([
      '12345678901234567890',
      '0.1000000000000000055511151231257827',
      '1500',
      '-0.000012345',
      '01012100',
      'TRUE',
      '#N/A',
    ]);
  });

  it('uses the cached value of a formula and never the formula itself', () => {
    const rows = rowsOf({
      sheets: [
        {
          name: 'S',
          rows: '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*1000000000000</f><v>2000000000000</v></c><c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>',
        },
      ],
    });
    expect(cells(rows)[0]).toEqual(['2', '2000000000000', 'ab']);
  });

  it('turns date-formatted serials into ISO dates in the 1900 and the 1904 system', () => {
    const sheet =
      '<row r="1"><c r="A1" s="1"><v>44197</v></c><c r="B1" s="2"><v>44197.5</v></c><c r="C1" s="3"><v>44197</v></c><c r="D1"><v>44197</v></c><c r="E1" s="4"><v>0.75</v></c></row>';
    const wb = {
      cellXfs: [0, 14, 22, 164, 20],
      numFmts: { 164: 'yyyy"年"m"月"' },
      sheets: [{ name: 'S', rows: sheet }],
    };
    expect(cells(rowsOf(wb))[0]).toEqual(['2021-01-01', '2021-01-01T12:00:00', '2021-01-01', '44197', '18:00:00']);
    expect(cells(rowsOf({ ...wb, date1904: true }))[0]!.slice(0, 3)).toEqual([
      '2025-01-02',
      '2025-01-02T12:00:00',
      '2025-01-02',
    ]);
    // Excel's phantom leap day and the days before it.
    expect(
      cells(
        rowsOf({
          cellXfs: [14],
          sheets: [
            {
              name: 'S',
              rows: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>59</v></c><c r="C1"><v>60</v></c><c r="D1"><v>61</v></c></row>',
            },
          ],
        }),
      )[0],
    ).toEqual(['1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01']);
  });

  it('places sparse cells in their columns, pads to the header width, skips empty rows but keeps true line numbers', () => {
    const rows = rowsOf({
      sheets: [
        {
          name: 'S',
          rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row><row r="3"><c r="C3"><v>7</v></c></row><row r="4"><c r="A4" s="0"/></row><row r="6"><c r="B6"><v>1</v></c><c><v>2</v></c></row>',
        },
      ],
    });
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b', 'c', 'd']],
      [3, ['', '', '7', '']],
      [6, ['', '1', '2', '']],
    ]);
  });

  it('reads every sheet in workbook order, each with its name', () => {
    const rows = rowsOf({
      sheets: [
        { name: '全国', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: 'B & C', rows: '<row r="2"><c r="A2"><v>2</v></c></row>' },
      ],
    });
    expect(rows.map((r) => [r.sheet, r.line, r.cells[0]])).toEqual([
      ['全国', 1, '1'],
      ['B & C', 2, '2'],
    ]);
  });

  it("turns cells beyond Excel's limits into row problems and refuses rows beyond its last row", () => {
    const long = 'x'.repeat(40_000);
    const rows = rowsOf({
      sheets: [
        {
          name: 'S',
          rows: `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${long}</t></is></c></row><row r="3"><c r="XFE3"><v>1</v></c></row><row r="4"><c r="A4" t="s"><v>9</v></c></row>`,
        },
      ],
    });
    expect(rows.map((r) => r.problem?.reason)).toEqual([undefined, 'line_too_long', 'too_many_columns', 'cast_error']);
    expect(() => rowsOf({ sheets: [{ name: 'S', rows: '<row r="1048577"><c><v>1</v></c></row>' }] })).toThrow(
      expect.objectContaining({ code: 'file_too_large' }),
    );
  });

  it('leaves Object.prototype alone when headers and sheet names are __proto__', () => {
    const rows = rowsOf({
      sharedStrings: ['__proto__', 'constructor'],
      sheets: [
        { name: '__proto__', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' },
      ],
    });
    expect(rows.map((r) => [r.sheet, r.cells])).toEqual([['__proto__', ['__proto__', 'constructor']]]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('refuses a workbook whose sheet does not inflate with a typed error, and nothing is thrown later', async () => {
    const bytes = Buffer.from(buildXlsx({ sheets: [{ name: 'S', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }));
    const name = 'xl/worksheets/sheet1.xml';
    const at = bytes.indexOf(name); // the local header's copy comes first
    const data = at + name.length + bytes.readUInt16LE(at - 30 + 28);
    bytes[data] = 0xff; // a final block of the reserved type 3
    const path = join(dir, `wb${seq++}.xlsx`);
    writeFileSync(path, bytes);
    expect(() => readRows(path)).toThrow(
      expect.objectContaining({ code: 'format_unknown', message: expect.stringContaining('does not inflate') }),
    );
    // zlib also emits the error on a later tick: it must not surface as an uncaught exception.
    await new Promise((r) => setTimeout(r, 20));
  });

  it('refuses a zip that is not a workbook with a typed error', () => {
    const path = join(dir, 'notwb.xlsx');
    writeFileSync(path, zipSync({ 'hello.txt': new Uint8Array([104, 105]) }));
    expect(() => readRows(path)).toThrow(expect.objectContaining({ code: 'format_unknown' }));
  });
});

describe('importing an .xlsx end to end', () => {
  it('imports a canonical table from a workbook, with sheet and source row kept', async () => {
    const t = tempCore();
    try {
      const header = HEADER.split(',')
        .map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`)
        .join('');
      const data =
        '<row r="3"><c t="inlineStr"><is><t>2020-11</t></is></c><c t="inlineStr"><is><t>CHN</t></is></c><c t="inlineStr"><is><t>PRK</t></is></c><c t="inlineStr"><is><t>import</t></is></c><c t="inlineStr"><is><t>HS</t></is></c><c t="inlineStr"><is><t>0101</t></is></c><c t="inlineStr"><is><t>Horses</t></is></c><c><v>1854</v></c><c t="inlineStr"><is><t>USD</t></is></c><c><v>2</v></c><c t="inlineStr"><is><t>head</t></is></c></row>';
      const path = t.file(
        'a.xlsx',
        Buffer.from(buildXlsx({ sheets: [{ name: 'Trade', rows: `<row r="1">${header}</row>${data}` }] })),
      );
      const report = await t.call('importFiles', { files: [{ path }], options: {} });
      expect(report.files[0]).toMatchObject({
        status: 'imported',
        format: 'tidemark-csv',
        rowsRead: 1,
        rowsImported: 1,
      });
      const page = await t.call('listRecords', {});
      expect(page.rows.map((r) => [r.code, r.value, r.sourceRow])).toEqual([['0101', 1854, 3]]);
    } finally {
      t.dispose();
    }
  });
});
