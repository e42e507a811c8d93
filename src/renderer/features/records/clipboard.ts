/**
 * The grid's clipboard: a selection goes out as TSV (what Excel and LibreOffice paste as cells) plus
 * an HTML table whose text cells carry Excel's text format, so "0101" stays "0101" instead of
 * becoming 101. Paste takes Excel's TSV back.
 */
import { protectCell, unprotectCell } from '../../../shared/spreadsheet-safety';

export type Cell = string | number | null;

/**
 * Text a spreadsheet would run as a formula ("=1+1", "@SUM(…)") goes out with the apostrophe CSV exports
 * give it (spreadsheet-safety.ts): pasted as TSV into a sheet, a copied cell is text, never a formula.
 * Numbers go out as numbers. Pasting back into the grid takes that apostrophe off again (parseTsv).
 */
function tsvCell(value: Cell): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : protectCell(value);
  // A cell with a tab, newline or quote is quoted the way Excel writes it; anything else is bare.
  return /[\t\n\r"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toTsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(tsvCell).join('\t')).join('\r\n') + '\r\n';
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Numbers as numbers; every text cell marked as text, so nothing is reinterpreted: for Excel by
 * mso-number-format "@", for LibreOffice Calc by its sdnum "@" (Calc ignores Excel's mark, and ran
 * "=HYPERLINK(…)" and made 0101 the number 101). A text cell's formula is then text in both.
 */
export function toHtml(header: string[], rows: Cell[][]): string {
  const cell = (v: Cell) =>
    typeof v === 'number'
      ? `<td>${v}</td>`
      : `<td sdnum="1033;0;@" style="mso-number-format:'\\@'">${escapeHtml(v ?? '')}</td>`;
  const head = `<tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  return `<table>${head}${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</table>`;
}

/** Excel's clipboard TSV: tab-separated, CRLF rows, quoted cells where they hold tabs, newlines or quotes. */
export function parseTsv(text: string): string[][] {
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
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === '\t') {
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
  // Excel ends the last row with a newline; a trailing empty row is not data.
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  // A cell copied from the grid ("'=1+1", tsvCell) comes back as the text it was.
  return rows.map((r) => r.map(unprotectCell));
}
