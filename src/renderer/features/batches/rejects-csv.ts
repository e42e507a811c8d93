import type { RejectedRow } from '../../../shared/domain';
import { localizedMessage } from '../../../shared/error-text';
import { protectCell } from '../../../shared/spreadsheet-safety';

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rejected rows as a CSV a researcher can fix and re-import: where each came from, why it was refused
 * (in `lang`, the UI's language, as the table beside it says it), then its raw cells. Every cell is
 * text from a file we did not write, so every cell is formula-protected.
 */
export function rejectsCsv(fileName: string, rows: RejectedRow[], lang = 'en'): string {
  const width = rows.reduce((max, r) => Math.max(max, r.raw.length), 0);
  const header = [
    'file',
    'sheet',
    'row',
    'reason',
    'message',
    ...Array.from({ length: width }, (_, i) => `cell_${i + 1}`),
  ];
  const lines = [header.join(',')];
  for (const r of rows) {
    const cells = [fileName, r.sheet, String(r.rowNumber), r.reason, localizedMessage(r, lang), ...r.raw];
    lines.push(cells.map((c, i) => (i === 2 ? c : quote(protectCell(c)))).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function rejectsFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]+$/, '')}-rejects.csv`;
}
