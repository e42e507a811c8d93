import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { read as readWorkbook, utils } from '@e965/xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { libreOfficeConvert, skipWithoutSoffice, SOFFICE_MISSING } from '../test-support/libreoffice';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

// Leading zeros, decimals, CJK and Korean text, quotes and commas, formula look-alikes, an empty cell.
const ROWS = [
  '2020-01,CHN,PRK,import,HS,0101,"Horses, ""live""",1854,USD,12,head',
  '2020-02,CHN,PRK,import,HS,27011200,烟煤,16536067.125,USD,1200000,千克',
  '2020-03,KOR,PRK,export,HS,00012345,석탄,0.5,KRW,,',
  `2020-04,CHN,PRK,export,HS,2716,"=HYPERLINK(""http://x"",""y"")",-7,USD,,`,
  '2020-05,CHN,PRK,export,HS,0004,＝1＋1,50,USD,,＠x',
];

/** What every reader must find, cell for cell: codes and periods as text, value and quantity as numbers. */
const EXPECTED: (string | number | null)[][] = [
  HEADER.split(','),
  ['2020-01', 'CHN', 'PRK', 'import', 'HS', '0101', 'Horses, "live"', 1854, 'USD', 12, 'head'],
  ['2020-02', 'CHN', 'PRK', 'import', 'HS', '27011200', '烟煤', 16536067.125, 'USD', 1200000, '千克'],
  ['2020-03', 'KOR', 'PRK', 'export', 'HS', '00012345', '석탄', 0.5, 'KRW', null, null],
  ['2020-04', 'CHN', 'PRK', 'export', 'HS', '2716', '=HYPERLINK("http://x","y")', -7, 'USD', null, null],
  ['2020-05', 'CHN', 'PRK', 'export', 'HS', '0004', '＝1＋1', 50, 'USD', null, '＠x'],
];

async function exported(): Promise<string> {
  t = tempCore();
  await t.call('importFiles', { files: [{ path: t.file('r.csv', [HEADER, ...ROWS].join('\n')) }], options: {} });
  const path = join(t.dir, 'records.xlsx');
  await t.call('exportRecords', { format: 'xlsx', query: {}, path });
  return path;
}

const width = EXPECTED[0]!.length;
const pad = (row: unknown[]) =>
  Array.from({ length: width }, (_, i) => (row[i] === undefined || row[i] === '' ? null : row[i]));

describe('the XLSX export, read back cell for cell', () => {
  it('by SheetJS', async () => {
    const wb = readWorkbook(readFileSync(await exported()), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Records']);
    const rows = utils.sheet_to_json<unknown[]>(wb.Sheets.Records!, { header: 1, raw: true, defval: null });
    expect(rows.map(pad)).toEqual(EXPECTED);
    // Text cells are typed as text, so a code's zeros are data, not a display format.
    expect(wb.Sheets.Records!.F4).toMatchObject({ t: 's', v: '00012345' });
  });

  it('by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await exported());
    const rows: unknown[][] = [];
    wb.getWorksheet('Records')!.eachRow({ includeEmpty: false }, (row) =>
      rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value)),
    );
    expect(rows.map(pad)).toEqual(EXPECTED);
    // No cell is a formula, whatever its text.
    expect(rows.flat().some((v) => typeof v === 'object' && v !== null)).toBe(false);
  });

  describe.skipIf(skipWithoutSoffice)('by LibreOffice', () => {
    if (skipWithoutSoffice) it.skip(SOFFICE_MISSING, () => {});
    it('converted to CSV (UTF-8) by soffice --headless', { timeout: 180_000 }, async () => {
      const path = await exported();
      const csv = readFileSync(
        libreOfficeConvert(path, join(t.dir, 'lo'), 'csv:Text - txt - csv (StarCalc):44,34,76', 'csv'),
        'utf8',
      );
      const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
      const asText = EXPECTED.map((r) => r.map((c) => (c === null ? '' : String(c))));
      expect(rows).toEqual(asText);
    });
  });
});

/** RFC 4180 enough for LibreOffice's output: quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
