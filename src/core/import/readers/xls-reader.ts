import { read, type CellObject } from '@e965/xlsx';
import { noteOf } from '../../../shared/error-text';
import { AppError } from '../../../shared/errors';
import { EXCEL_MAX_CELL_CHARS, formatBytes, LIMITS } from './limits';
import { STOP, type FileReader, type OnRow, type OpenedFile, type RowProblem } from './reader-types';
import { dateKind, plainNumber, serialToIso } from './xlsx-values';
import { readAt } from './zip-directory';

/**
 * Old .xls (BIFF) workbooks, through SheetJS Community Edition 0.20.3 as republished to npm by
 * @e965/xlsx (pinned exactly; never xlsx@0.18.5, which has CVE-2023-30533 and CVE-2024-22363).
 * SheetJS parses the whole file in memory, so the file-size cap is lower than for .xlsx.
 */
export function xlsReader(file: OpenedFile): FileReader {
  return {
    kind: 'xls',
    encoding: 'binary',
    read: (onRow, onBytes) => readXls(file, onRow, onBytes),
    sheetNames: () => {
      if (file.size > LIMITS.maxXlsFileBytes) return [];
      try {
        return read(readAt({ fd: file.fd, size: file.size, name: file.name }, 0, file.size), {
          type: 'buffer',
          bookSheets: true,
        }).SheetNames;
      } catch {
        return [];
      }
    },
  };
}

function readXls(file: OpenedFile, onRow: OnRow, onBytes: (bytesRead: number) => void): void {
  if (file.size > LIMITS.maxXlsFileBytes) {
    throw new AppError('file_too_large', {
      key: 'reader.xlsTooLarge',
      params: { file: file.name, size: formatBytes(file.size), max: formatBytes(LIMITS.maxXlsFileBytes) },
    });
  }
  const bytes = readAt({ fd: file.fd, size: file.size, name: file.name }, 0, file.size);
  let wb: ReturnType<typeof read>;
  try {
    wb = quietly(() =>
      read(bytes, { type: 'buffer', dense: true, cellNF: true, cellDates: false, cellHTML: false, cellFormula: false }),
    );
  } catch {
    // SheetJS's message can quote what it read; the sentence says what to do instead.
    throw new AppError('format_unknown', { key: 'reader.xlsDamaged', params: { file: file.name } });
  }
  onBytes(file.size);
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  for (const name of wb.SheetNames) {
    const data = wb.Sheets[name]?.['!data'];
    if (!Array.isArray(data)) continue;
    let headerWidth = -1;
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (!row) continue;
      const cells: string[] = [];
      let problem: RowProblem | null = null;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        let text = cell ? cellText(cell, date1904) : '';
        if (text.length > EXCEL_MAX_CELL_CHARS) {
          problem ??= {
            reason: 'line_too_long',
            message: noteOf('reject.columnCellTooLong', {
              column: String(c + 1),
              max: EXCEL_MAX_CELL_CHARS.toLocaleString('en'),
            }),
          };
          text = text.slice(0, 200);
        }
        if (text !== '') {
          while (cells.length < c) cells.push('');
          cells[c] = text;
        }
      }
      if (cells.length === 0) continue;
      if (headerWidth < 0) headerWidth = cells.length;
      while (cells.length < headerWidth) cells.push('');
      if (onRow({ cells, sheet: name, line: r + 1, problem }) === STOP) return;
    }
  }
}

/**
 * SheetJS writes its doubts about damaged records to the console ("Missing Info for XLS Record …");
 * in a command-line tool that is noise on stderr between a command and its one-line result. What
 * it could not read shows as rows rejected or missing, which the import reports.
 */
function quietly<T>(fn: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => {};
  try {
    return fn();
  } finally {
    Object.assign(console, saved);
  }
}

/** Numbers in BIFF are doubles: their shortest round-trip text, written without an exponent. */
function cellText(cell: CellObject, date1904: boolean): string {
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().replace(/T00:00:00\.000Z$/, '') : String(cell.v ?? '');
    case 'n': {
      const text = String(cell.v ?? '');
      const kind = typeof cell.z === 'string' ? dateKind(-1, cell.z) : null;
      return kind ? serialToIso(text, date1904, kind) : plainNumber(text);
    }
    default:
      return '';
  }
}
