import ExcelJS from 'exceljs';

/** A cell: text is always written as text (codes keep their zeros), numbers as numbers. */
export type XlsxCell = string | number | null;

// XML 1.0 cannot carry most control characters at all; they are dropped rather than corrupt the file.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Rows between yields to the event loop, so the zip stream drains to the file and memory stays flat. */
const DRAIN_EVERY = 2000;
/** Excel's "@" format: a person typing into a code cell keeps its zeros too. */
const TEXT = '@';

/**
 * One sheet written with exceljs's streaming WorkbookWriter: each row is committed to the zip stream
 * as it comes, so memory holds the shared strings (distinct texts) and a few rows, never the sheet.
 * Text goes in as a string cell and numbers as numbers; no cell is ever a formula, so a value like
 * "=1+1" stays text in every reader, with no apostrophe added.
 */
export class XlsxWriter {
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private pending = 0;

  constructor(path: string, sheetName: string, header: string[]) {
    this.book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
    this.sheet = this.book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    const head = this.sheet.addRow(header);
    head.font = { bold: true };
    head.commit();
  }

  /** Adds a row; await it now and then (every call is fine) so the file is written as rows arrive. */
  async row(cells: XlsxCell[]): Promise<void> {
    const row = this.sheet.addRow(
      cells.map((c) => (typeof c === 'string' ? (c === '' ? null : c.replace(INVALID_XML, '')) : c)),
    );
    cells.forEach((c, i) => {
      if (typeof c === 'string') row.getCell(i + 1).numFmt = TEXT;
    });
    row.commit();
    if (++this.pending >= DRAIN_EVERY) {
      this.pending = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async close(): Promise<void> {
    this.sheet.commit();
    await this.book.commit();
  }
}
