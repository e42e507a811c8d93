import { noteOf } from '../../../shared/error-text';
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
  /** A `t="s"` cell's string index when its `<v>` was plain digits, read in place; -1 otherwise. */
  private shared = -1;
  private inlineText = '';
  private inIs = false;
  private rph = 0;
  private overflow = false;
  private headerWidth = -1;

  constructor(
    private readonly ctx: SheetContext,
    private readonly onRow: (row: SheetRow) => RowVerdict,
  ) {}

  open(x: string, name: number, nameEnd: number, tagEnd: number, self: boolean): void {
    const len = nameEnd - name;
    const c0 = x.charCodeAt(name);
    if (len === 1) {
      if (c0 === 99 /* c */) this.openCell(x, nameEnd, tagEnd, self);
      else if (c0 === 118 /* v */) this.collecting = this.inCell && !self;
      else if (c0 === 116 /* t */) this.collecting = this.inIs && this.rph === 0 && !self;
    } else if (len === 3) {
      if (c0 === 114 && x.startsWith('row', name)) this.openRow(x, nameEnd, tagEnd, self);
      else if (c0 === 114 && x.startsWith('rPh', name) && !self) this.rph++;
    } else if (len === 2) {
      if (x.startsWith('is', name)) this.inIs = this.inCell && !self;
    } else if (len === 9 && x.startsWith('sheetData', name)) this.inSheetData = !self;
  }

  close(x: string, name: number, nameEnd: number): void {
    const len = nameEnd - name;
    const c0 = x.charCodeAt(name);
    if (len === 1) {
      if (c0 === 118 /* v */ || c0 === 116 /* t */) this.collecting = false;
      else if (c0 === 99 /* c */) {
        if (this.inCell) this.endCell();
        this.inCell = false;
      }
    } else if (len === 3) {
      if (c0 === 114 && x.startsWith('row', name)) {
        if (this.rowNum > 0) this.endRow();
      } else if (c0 === 114 && x.startsWith('rPh', name)) this.rph = Math.max(0, this.rph - 1);
    } else if (len === 2) {
      if (x.startsWith('is', name)) this.inIs = false;
    } else if (len === 9 && x.startsWith('sheetData', name)) this.inSheetData = false;
  }

  /**
   * Nearly every tag of a sheet is one of `<c …>`, `<v>digits</v>`, `</c>` or `</row>`, unprefixed:
   * these are handled here without the tokenizer's general parse. Anything else (a prefix, a
   * comment or CDATA in a value, a value cut at the chunk's end) goes the general way.
   */
  quick(x: string, lt: number): number {
    const c1 = x.charCodeAt(lt + 1);
    if (c1 === 118 /* v */) {
      if (x.charCodeAt(lt + 2) !== 62 || !this.inCell) return -1;
      const end = x.indexOf('<', lt + 3);
      if (end === -1 || !x.startsWith('</v>', end)) return -1;
      if (end > lt + 3) {
        const index = this.type === 's' && this.value === '' && this.shared < 0 ? this.sharedAt(x, lt + 3, end) : -1;
        if (index >= 0) this.shared = index;
        else this.append(x.slice(lt + 3, end));
      }
      this.collecting = false;
      return end + 4;
    }
    if (c1 === 99 /* c */) {
      const c2 = x.charCodeAt(lt + 2);
      if (c2 !== 32 && c2 !== 62 && c2 !== 47) return -1;
      const gt = x.indexOf('>', lt + 2);
      if (gt === -1) return -1;
      const self = x.charCodeAt(gt - 1) === 47;
      this.openCell(x, lt + 2, self ? gt - 1 : gt, self);
      return gt + 1;
    }
    if (c1 === 47 /* / */) {
      const c2 = x.charCodeAt(lt + 2);
      if (c2 === 99 && x.charCodeAt(lt + 3) === 62) {
        if (this.inCell) this.endCell();
        this.inCell = false;
        return lt + 4;
      }
      if (c2 === 114 && x.startsWith('</row>', lt)) {
        if (this.rowNum > 0) this.endRow();
        return lt + 6;
      }
    }
    return -1;
  }

  /**
   * The shared string index written in x[from, to) as Excel writes it (digits, no leading zero) and
   * present in the table; -1 for anything else, which is read the general way.
   */
  private sharedAt(x: string, from: number, to: number): number {
    if (to - from > 9 || (x.charCodeAt(from) === 48 && to - from > 1)) return -1;
    let n = 0;
    for (let i = from; i < to; i++) {
      const d = x.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n < this.ctx.sharedStrings.length ? n : -1;
  }

  text(x: string, from: number, to: number): void {
    this.append(x.slice(from, to));
  }

  cdata(s: string): void {
    this.append(s.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  }

  private append(raw: string): void {
    if (this.shared >= 0) {
      // More text for a value read in place: its digits (written without leading zeros) come first.
      this.value = String(this.shared);
      this.shared = -1;
    }
    const target = this.inIs ? this.inlineText : this.value;
    if (target.length + raw.length > MAX_RAW) {
      this.overflow = true;
      return;
    }
    if (this.inIs) this.inlineText += raw;
    else this.value += raw;
  }

  private openRow(x: string, from: number, to: number, self: boolean): void {
    if (!this.inSheetData) return;
    const r = attr(x.slice(from, to), 'r');
    const n = r === null ? this.rowNum + 1 : Number(r);
    this.rowNum = Number.isInteger(n) && n > 0 ? n : this.rowNum + 1;
    if (this.rowNum > EXCEL_MAX_ROWS) {
      throw new AppError('file_too_large', {
        key: 'reader.rowBeyondExcel',
        params: {
          file: this.ctx.fileName,
          sheet: this.ctx.sheet,
          row: this.rowNum.toLocaleString('en'),
          max: EXCEL_MAX_ROWS.toLocaleString('en'),
        },
      });
    }
    this.cells = [];
    this.problem = null;
    this.nextCol = 0;
    if (self) this.endRow();
  }

  private openCell(x: string, from: number, to: number, self: boolean): void {
    if (this.rowNum === 0) return;
    const col = this.cellAttrs(x, from, to);
    this.col = col < 0 ? this.nextCol : col;
    this.nextCol = this.col + 1;
    if (self) return;
    this.inCell = true;
    this.value = '';
    this.shared = -1;
    this.inlineText = '';
    this.overflow = false;
  }

  /**
   * Reads r, t and s of a `<c …>` tag in x[from, to) in one pass, without slicing what it can read
   * in place (this runs for every cell): sets `type` and `style`, returns r's column or -1.
   */
  private cellAttrs(x: string, from: number, to: number): number {
    let col = -1;
    this.type = 'n';
    this.style = 0;
    let i = from;
    while (i < to) {
      let c = x.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        i++;
        continue;
      }
      const start = i;
      while (i < to && (c = x.charCodeAt(i)) !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13) i++;
      const nameLen = i - start;
      while (i < to && x.charCodeAt(i) !== 61) i++;
      i++;
      while (i < to && (c = x.charCodeAt(i)) !== 34 && c !== 39) i++;
      if (i >= to) return col;
      const end = x.indexOf(c === 34 ? '"' : "'", i + 1);
      if (end === -1 || end >= to) return col;
      if (nameLen === 1) {
        const which = x.charCodeAt(start);
        if (which === 114 /* r */) col = columnAt(x, i + 1, end);
        else if (which === 116 /* t */) this.type = cellType(x, i + 1, end);
        else if (which === 115 /* s */) this.style = unsignedAt(x, i + 1, end);
      }
      i = end + 1;
    }
    return col;
  }

  private endCell(): void {
    if (this.col >= EXCEL_MAX_COLS) {
      this.problem ??= {
        reason: 'too_many_columns',
        message: noteOf('reject.beyondExcelColumns', {
          column: String(this.col + 1),
          max: EXCEL_MAX_COLS.toLocaleString('en'),
        }),
      };
      return;
    }
    let text = this.cellText();
    if (this.overflow || text.length > EXCEL_MAX_CELL_CHARS) {
      this.problem ??= {
        reason: 'line_too_long',
        message: noteOf('reject.cellTooLong', {
          cell: `${columnName(this.col)}${this.rowNum}`,
          max: EXCEL_MAX_CELL_CHARS.toLocaleString('en'),
        }),
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
        if (this.shared >= 0) return this.ctx.sharedStrings[this.shared]!;
        const i = Number(v);
        const s = this.ctx.sharedStrings[i];
        if (s === undefined && v.trim() !== '') {
          this.problem ??= {
            reason: 'cast_error',
            message: noteOf('reject.sharedStringMissing', {
              cell: `${columnName(this.col)}${this.rowNum}`,
              index: v.trim(),
            }),
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
  return columnAt(ref, 0, ref.length);
}

/** The column of the cell reference in x[from, to): "C5" → 2; -1 without column letters. */
function columnAt(x: string, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (; i < to && i < from + 4; i++) {
    const c = x.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === from ? -1 : n - 1;
}

/** A cell's `t` as one of the shared literals where it is one (no string built per cell). */
function cellType(x: string, from: number, to: number): string {
  const len = to - from;
  if (len === 1) {
    const c = x.charCodeAt(from);
    if (c === 115) return 's';
    if (c === 110) return 'n';
    if (c === 98) return 'b';
    if (c === 101) return 'e';
    if (c === 100) return 'd';
  } else if (len === 3 && x.startsWith('str', from)) return 'str';
  else if (len === 9 && x.startsWith('inlineStr', from)) return 'inlineStr';
  return x.slice(from, to);
}

/** A style index as Number() reads it, digits read in place. */
function unsignedAt(x: string, from: number, to: number): number {
  if (to === from || to - from > 9) return Number(x.slice(from, to));
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = x.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(x.slice(from, to));
    n = n * 10 + d;
  }
  return n;
}

function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
