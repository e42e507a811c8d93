import { AppError } from '../../../shared/errors';
import { EXCEL_MAX_CELL_CHARS, EXCEL_MAX_COLS, EXCEL_MAX_ROWS } from './limits';
import { STOP, type RowProblem, type RowVerdict } from './reader-types';
import { plainNumber, serialToIso, type DateKind } from './xlsx-values';
import { attr, decodeXml, type XmlHandler } from './xlsx-xml';

export type SheetRow = { cells: string[]; line: number; problem: RowProblem | null };

export type SheetContext = {
  fileName: string;
  sheet: string;
  sharedStrings: readonly string[];
  styleKinds: readonly (DateKind | null)[];
  date1904: boolean;
};

/** Raw text beyond this is not collected: entities make raw text at most ~10× the cell's chars. */
const MAX_RAW = EXCEL_MAX_CELL_CHARS * 10;

/**
 * Turns a worksheet's XML events into rows of strings. Cells land in the column their `r` names
 * (sparse rows keep their gaps), rows keep their own number as `line`, empty rows are left out,
 * and each row is padded to the width of the sheet's first row (its header), since a workbook does
 * not store trailing empty cells.
 */
export class SheetScanner implements XmlHandler {
  collecting = false;
  /** True once `onRow` returned STOP: the tokenizer ends there. */
  stopped = false;
  readonly attrsFor: ReadonlySet<string> = new Set(['c', 'row']);
  private r: string | null = null;
  private t: string | null = null;
  private s: string | null = null;
  private inSheetData = false;
  private rowNum = 0;
  private cells: string[] = [];
  private problem: RowProblem | null = null;
  private nextCol = 0;
  private inCell = false;
  private col = 0;
  private type = 'n';
  private style = 0;
  private value = '';
  private inlineText = '';
  private inIs = false;
  private rph = 0;
  private overflow = false;
  private headerWidth = -1;

  constructor(
    private readonly ctx: SheetContext,
    private readonly onRow: (row: SheetRow) => RowVerdict,
  ) {}

  open(name: string, tag: string, self: boolean): void {
    if (name === 'c') {
      if (this.rowNum === 0) return;
      this.cellAttrs(tag);
      const col = this.r === null ? this.nextCol : columnIndex(this.r);
      this.col = col < 0 ? this.nextCol : col;
      this.nextCol = this.col + 1;
      if (self) return;
      this.inCell = true;
      this.type = this.t ?? 'n';
      this.style = this.s === null ? 0 : Number(this.s);
      this.value = '';
      this.inlineText = '';
      this.overflow = false;
    } else if (name === 'v') {
      this.collecting = this.inCell && !self;
    } else if (name === 'row') {
      if (!this.inSheetData) return;
      const r = attr(tag, 'r');
      const n = r === null ? this.rowNum + 1 : Number(r);
      this.rowNum = Number.isInteger(n) && n > 0 ? n : this.rowNum + 1;
      if (this.rowNum > EXCEL_MAX_ROWS) {
        throw new AppError(
          'file_too_large',
          `${this.ctx.fileName}, sheet "${this.ctx.sheet}", has a row numbered ${this.rowNum.toLocaleString('en')}, beyond Excel's limit of ${EXCEL_MAX_ROWS.toLocaleString('en')} rows, so it was not written by Excel. Open it in Excel, save a copy, and import that.`,
        );
      }
      this.cells = [];
      this.problem = null;
      this.nextCol = 0;
      if (self) this.endRow();
    } else if (name === 'sheetData') {
      this.inSheetData = !self;
    } else if (name === 'is') {
      this.inIs = this.inCell && !self;
    } else if (name === 't') {
      this.collecting = this.inIs && this.rph === 0 && !self;
    } else if (name === 'rPh' && !self) this.rph++;
  }

  close(name: string): void {
    if (name === 'v' || name === 't') this.collecting = false;
    else if (name === 'c') {
      if (this.inCell) this.endCell();
      this.inCell = false;
    } else if (name === 'row') {
      if (this.rowNum > 0) this.endRow();
    } else if (name === 'is') this.inIs = false;
    else if (name === 'rPh') this.rph = Math.max(0, this.rph - 1);
    else if (name === 'sheetData') this.inSheetData = false;
  }

  text(raw: string): void {
    const target = this.inIs ? this.inlineText : this.value;
    if (target.length + raw.length > MAX_RAW) {
      this.overflow = true;
      return;
    }
    if (this.inIs) this.inlineText += raw;
    else this.value += raw;
  }

  cdata(s: string): void {
    this.text(s.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  }

  /** r, t and s of a `<c …>` tag in one pass: this runs for every cell. */
  private cellAttrs(tag: string): void {
    this.r = this.t = this.s = null;
    const n = tag.length;
    let i = 1;
    while (i < n) {
      let c = tag.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        i++;
        continue;
      }
      const start = i;
      while (i < n && (c = tag.charCodeAt(i)) !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13) i++;
      const nameLen = i - start;
      while (i < n && tag.charCodeAt(i) !== 61) i++;
      i++;
      while (i < n && (c = tag.charCodeAt(i)) !== 34 && c !== 39) i++;
      if (i >= n) return;
      const end = tag.indexOf(c === 34 ? '"' : "'", i + 1);
      if (end === -1) return;
      if (nameLen === 1) {
        const which = tag.charCodeAt(start);
        if (which === 114) this.r = tag.slice(i + 1, end);
        else if (which === 116) this.t = tag.slice(i + 1, end);
        else if (which === 115) this.s = tag.slice(i + 1, end);
      }
      i = end + 1;
    }
  }

  private endCell(): void {
    if (this.col >= EXCEL_MAX_COLS) {
      this.problem ??= {
        reason: 'too_many_columns',
        message: `Cell in column ${this.col + 1} is beyond Excel's ${EXCEL_MAX_COLS.toLocaleString('en')} columns.`,
      };
      return;
    }
    let text = this.cellText();
    if (this.overflow || text.length > EXCEL_MAX_CELL_CHARS) {
      this.problem ??= {
        reason: 'line_too_long',
        message: `Cell ${columnName(this.col)}${this.rowNum} holds more than Excel's ${EXCEL_MAX_CELL_CHARS.toLocaleString('en')} characters.`,
      };
      text = text.slice(0, 200);
    }
    if (text === '') return;
    for (let k = this.cells.length; k < this.col; k++) this.cells.push('');
    this.cells[this.col] = text;
  }

  private cellText(): string {
    const v = this.value;
    switch (this.type) {
      case 's': {
        const i = Number(v);
        const s = this.ctx.sharedStrings[i];
        if (s === undefined && v.trim() !== '') {
          this.problem ??= {
            reason: 'cast_error',
            message: `Cell ${columnName(this.col)}${this.rowNum} refers to shared string ${v.trim()}, which the workbook does not have.`,
          };
          return '';
        }
        return s ?? '';
      }
      case 'inlineStr':
        return decodeXml(this.inlineText !== '' ? this.inlineText : v);
      case 'str':
      case 'e':
        return decodeXml(v);
      case 'b':
        return v === '' ? '' : v.trim() === '1' || v.trim() === 'true' ? 'TRUE' : 'FALSE';
      case 'd':
        return decodeXml(v).replace(/T00:00:00(\.0+)?Z?$/, '');
      default: {
        const t = v.trim();
        if (t === '') return '';
        const kind = this.ctx.styleKinds[this.style];
        return kind ? serialToIso(t, this.ctx.date1904, kind) : plainNumber(decodeXml(t));
      }
    }
  }

  private endRow(): void {
    const cells = this.cells;
    if (cells.length === 0 && !this.problem) return;
    if (this.headerWidth < 0) this.headerWidth = cells.length;
    for (let k = cells.length; k < this.headerWidth; k++) cells.push('');
    if (this.onRow({ cells, line: this.rowNum, problem: this.problem }) === STOP) this.stopped = true;
    this.cells = [];
    this.problem = null;
  }
}

/** "C5" → 2; -1 when the reference has no column letters. */
export function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : n - 1;
}

function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
