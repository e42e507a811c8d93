import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { read as readWorkbook, utils } from '@e965/xlsx';
import { libreOfficeContent, libreOfficeConvert, soffice } from '../../src/core/test-support/libreoffice';
import { parseCsv } from './csv';

/** pdftotext (poppler-utils; .ci/run installs it): the text a reader can select and search in a PDF. */
export function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-pdf-'));
  try {
    writeFileSync(join(dir, 'chart.pdf'), bytes);
    const run = spawnSync('pdftotext', ['-layout', join(dir, 'chart.pdf'), '-'], { encoding: 'utf8' });
    if (run.status !== 0)
      throw new Error(`pdftotext failed (${run.status}): ${run.stderr}. apt-get install -y poppler-utils`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** An XLSX's first sheet as text rows (header first), as SheetJS reads it. */
export function sheetJsRows(xlsx: Buffer, width: number): string[][] {
  const book = readWorkbook(xlsx, { type: 'buffer' });
  const rows = utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, {
    header: 1,
    raw: true,
    defval: null,
  });
  return rows.map((r) => Array.from({ length: width }, (_, i) => asText(r[i])));
}

/** The same, as exceljs reads it. */
export async function excelJsRows(xlsx: Buffer, width: number): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((row) =>
    rows.push(Array.from({ length: width }, (_, i) => asText(row.getCell(i + 1).value))),
  );
  return rows;
}

/** The same, as LibreOffice reads it (converted to UTF-8 CSV headless); null where soffice is absent outside CI. */
export function libreOfficeRows(xlsx: Buffer, width: number): string[][] | null {
  if (!soffice && process.env.CI !== 'true') return null;
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-lo-'));
  try {
    writeFileSync(join(dir, 'records.xlsx'), xlsx);
    const out = libreOfficeConvert(
      join(dir, 'records.xlsx'),
      join(dir, 'out'),
      'csv:Text - txt - csv (StarCalc):44,34,76',
      'csv',
    );
    const records = parseCsv(readFileSync(out, 'utf8'));
    const header = Object.keys(records[0] ?? {});
    return [header, ...records.map((r) => header.map((h) => r[h] ?? ''))].map((r) =>
      Array.from({ length: width }, (_, i) => r[i] ?? ''),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What LibreOffice Calc makes of an HTML table, as it reads one pasted from the clipboard: the ODS
 * content.xml, where a formula is a table:formula attribute. Null where soffice is absent outside CI.
 */
export function libreOfficeHtmlContent(html: string): string | null {
  if (!soffice && process.env.CI !== 'true') return null;
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-lo-'));
  try {
    writeFileSync(join(dir, 'copied.html'), html);
    return libreOfficeContent(join(dir, 'copied.html'), join(dir, 'out'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
