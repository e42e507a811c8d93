import type { RejectedRow } from '../../../shared/domain';
import { localizedMessage } from '../../../shared/error-text';
import { protectCell } from '../../../shared/spreadsheet-safety';

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header row's names, in the UI's language (the Korean UI wrote English headers over Korean reasons). */
export type CsvHeader = {
  file: string;
  sheet: string;
  row: string;
  reason: string;
  message: string;
  cell: (n: number) => string;
};
const ENGLISH_HEADER: CsvHeader = {
  file: 'file',
  sheet: 'sheet',
  row: 'row',
  reason: 'reason',
  message: 'message',
  cell: (n) => `cell_${n}`,
};

/**
 * Rejected rows as a CSV a researcher can fix and re-import: where each came from, why it was refused
 * (in `lang`, the UI's language, as the table beside it says it), then its raw cells. Every cell is
 * text from a file we did not write, so every cell is formula-protected.
 */
export function rejectsCsv(
  fileName: string,
  rows: RejectedRow[],
  lang = 'en',
  names: CsvHeader = ENGLISH_HEADER,
): string {
  const width = rows.reduce((max, r) => Math.max(max, r.raw.length), 0);
  const header = [
    names.file,
    names.sheet,
    names.row,
    names.reason,
    names.message,
    ...Array.from({ length: width }, (_, i) => names.cell(i + 1)),
  ];
  const lines = [header.map((h) => quote(protectCell(h))).join(',')];
  for (const r of rows) {
    const cells = [fileName, r.sheet, String(r.rowNumber), r.reason, localizedMessage(r, lang), ...r.raw];
    lines.push(cells.map((c, i) => (i === 2 ? c : quote(protectCell(c)))).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function rejectsFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]+$/, '')}-rejects.csv`;
}
