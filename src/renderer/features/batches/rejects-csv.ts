import type { RejectedRow } from '../../../shared/domain';
import { localizedMessage } from '../../../shared/error-text';
import { protectCell } from '../../../shared/spreadsheet-safety';
import { en } from '../../i18n/en';

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The header row's names, in the UI's language (the Korean UI wrote English headers over Korean reasons),
 * and `explain`, a reason's code as a sentence in that language.
 */
export type CsvHeader = {
  file: string;
  sheet: string;
  row: string;
  reason: string;
  message: string;
  reasonCode: string;
  cell: (n: number) => string;
  explain: (code: string) => string;
};
const SENTENCES: Record<string, string> = en.reasonSentence;
const ENGLISH_HEADER: CsvHeader = {
  file: 'file',
  sheet: 'sheet',
  row: 'row',
  reason: 'reason',
  message: 'message',
  reasonCode: 'reason_code',
  cell: (n) => `cell_${n}`,
  explain: (code) => SENTENCES[code] ?? code,
};

/**
 * Rejected rows as a CSV a researcher can fix and re-import: where each came from, why it was refused
 * (in `lang`, the UI's language, as the table beside it says it: a sentence, then the details), the
 * reason's code for tools (`cast_error`, the same in every language), then its raw cells. Every cell is
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
    names.reasonCode,
    ...Array.from({ length: width }, (_, i) => names.cell(i + 1)),
  ];
  const lines = [header.map((h) => quote(protectCell(h))).join(',')];
  for (const r of rows) {
    const cells = [
      fileName,
      r.sheet,
      String(r.rowNumber),
      names.explain(r.reason),
      localizedMessage(r, lang),
      r.reason,
      ...r.raw,
    ];
    lines.push(cells.map((c, i) => (i === 2 ? c : quote(protectCell(c)))).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function rejectsFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]+$/, '')}-rejects.csv`;
}
