import { AppError } from '../../../shared/errors';
import { formatBytes, InflateBudget, LIMITS } from './limits';
import { STOP, type FileReader, type OnRow, type OpenedFile } from './reader-types';
import { Utf8Chunks } from './utf8-chunks';
import { SheetScanner } from './xlsx-sheet';
import { readSharedStrings, readWorkbookInfo } from './xlsx-workbook';
import { XmlTokenizer } from './xlsx-xml';
import { readZipDirectory } from './zip-directory';
import { streamEntry } from './zip-entry';

/**
 * A streaming, synchronous .xlsx reader: the zip directory is read with positioned reads, each
 * sheet is inflated in small steps (Node's zlib, see inflate-sync.ts) and scanned as it inflates, so memory holds the shared
 * strings and one row, whatever the sheet's length. exceljs's streaming reader is asynchronous and,
 * by bench/xlsx-bench.ts, slower; an import must be one synchronous transaction.
 */
export function xlsxReader(file: OpenedFile): FileReader {
  return {
    kind: 'xlsx',
    encoding: 'binary',
    read: (onRow, onBytes) => readXlsx(file, onRow, onBytes),
    sheetNames: () => xlsxSheetNames(file),
  };
}

/** The workbook's sheet names from workbook.xml alone. */
function xlsxSheetNames(file: OpenedFile): string[] {
  const zip = { fd: file.fd, size: file.size, name: file.name };
  return readWorkbookInfo(zip, readZipDirectory(zip), new InflateBudget(file.name)).sheets.map((s) => s.name);
}

export function readXlsx(file: OpenedFile, onRow: OnRow, onBytes: (bytesRead: number) => void): void {
  if (file.size > LIMITS.maxWorkbookFileBytes) {
    throw new AppError('file_too_large', {
      key: 'reader.workbookTooLarge',
      params: { file: file.name, size: formatBytes(file.size), max: formatBytes(LIMITS.maxWorkbookFileBytes) },
    });
  }
  const zip = { fd: file.fd, size: file.size, name: file.name };
  const entries = readZipDirectory(zip);
  const budget = new InflateBudget(file.name);
  const info = readWorkbookInfo(zip, entries, budget);
  if (info.sheets.length === 0)
    throw new AppError('format_unknown', { key: 'reader.noWorksheets', params: { file: file.name } });
  const sharedStrings = info.sharedStringsEntry ? readSharedStrings(zip, info.sharedStringsEntry, budget) : [];
  let reached = 0;
  const progress = (offset: number) => {
    if (offset > reached) onBytes((reached = Math.min(offset, file.size)));
  };
  for (const sheet of info.sheets) {
    const scanner = new SheetScanner(
      { fileName: file.name, sheet: sheet.name, sharedStrings, styleKinds: info.styleKinds, date1904: info.date1904 },
      (row) => onRow({ cells: row.cells, sheet: sheet.name, line: row.line, problem: row.problem }),
    );
    const tokenizer = new XmlTokenizer(scanner, sheet.entry.name);
    const decoder = new Utf8Chunks();
    streamEntry(
      zip,
      sheet.entry,
      budget,
      (chunk) => {
        tokenizer.push(decoder.decode(chunk));
        return scanner.stopped ? STOP : undefined;
      },
      progress,
    );
    if (scanner.stopped) return;
    tokenizer.push(decoder.end());
    if (scanner.stopped) return;
  }
  onBytes(file.size);
}
