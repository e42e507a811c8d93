import { CsvRowView, DOUBLED, unescapeQuotes, VERBATIM, type CsvProblem } from './csv-row-view';
import { STOP, type RowVerdict } from './reader-types';
import { noteOf } from '../../../shared/error-text';

const QUOTE_NOT_CLOSED = noteOf('reject.quoteNotClosed');
const QUOTE_IN_VALUE = noteOf('reject.quoteInValue');

/**
 * An incremental RFC 4180 parser: text goes in by chunks of any size, complete rows come out with
 * the line they started on. It is synchronous so that one import can be one synchronous
 * transaction. Malformed rows are reported, never dropped.
 */
/** A row as `push` gives it: a SourceRow as it is (a text file has no sheets), the caller's to keep. */
export type CsvRow = { cells: string[]; sheet: ''; line: number; problem: CsvProblem | null };
export type { CsvProblem };

export const MAX_ROW_CHARS = 1 << 20;

/** `onRow` returns STOP to end the parse at that row; `stopped` then stays true and later text is ignored. */
export type OnCsvRow = (row: CsvRow) => RowVerdict;

/** Gets the parser's one reused row view: valid only during the call. */
export type OnCsvView = (row: CsvRowView) => RowVerdict;

export class CsvParser {
  private rest = '';
  private line = 1;
  /** After a too-long row: skipping the rest of it, inside quotes or not. */
  private skipping: { quoted: boolean; afterCr: boolean } | null = null;
  private readonly view = new CsvRowView();
  private readonly dc: number;

  stopped = false;

  constructor(private readonly delimiter = ',') {
    this.dc = delimiter.charCodeAt(0);
  }

  /** Rows as plain objects, each the caller's to keep. */
  push(text: string, onRow: OnCsvRow): void {
    this.pushViews(text, (v) => onRow(v.toRow()));
  }

  end(onRow: OnCsvRow): void {
    this.endViews((v) => onRow(v.toRow()));
  }

  /**
   * Rows as the one reused view: no string is made for a cell nobody reads. A per-row array of
   * sliced cells was most of the parser's allocation, and what the scavenger spent its time on.
   */
  pushViews(text: string, onView: OnCsvView, cut = false, withHeld = false): void {
    if (this.stopped) return;
    if (withHeld) {
      // The reader put the held row back in front of the text itself (text-chunks.ts): no join.
      if (!text.startsWith(this.rest)) throw new Error('The text pushed does not start with the row held.');
      this.parse(text, false, onView, cut);
      return;
    }
    // join, not +: a + of long strings is a rope (ConsString), which every charCodeAt, indexOf and
    // slice must see through; join copies the chunk into one flat string (a memcpy per chunk).
    this.parse(this.rest ? [this.rest, text].join('') : text, false, onView, cut);
  }

  /**
   * How many characters of the text pushed so far are held for the next push: the end of it that no
   * row ended in. A reader that puts them back in front of its next text passes `withHeld` to pushViews.
   */
  get held(): number {
    return this.rest.length;
  }

  /**
   * Whether the text pushed so far ends exactly where a record ends: nothing held for the next push
   * and no too-long row being skipped. A byte range that starts there parses as the whole file does.
   */
  get atRecordEnd(): boolean {
    return this.rest === '' && this.skipping === null;
  }

  /** The line the next row starts on: 1 + the newlines (\n) pushed so far, quoted ones included. */
  get nextLine(): number {
    return this.line;
  }

  endViews(onView: OnCsvView): void {
    if (this.rest.length && !this.stopped) this.parse(this.rest, true, onView);
    this.rest = '';
  }

  /**
   * `cut`: the text stops short of the reader's chunk (at a byte range's end), so a row left open is
   * not judged too long here: where the file is cut must not change which rows are (csv-ranges.ts).
   */
  private parse(s: string, final: boolean, onView: OnCsvView, cut = false): void {
    let i = 0;
    if (this.skipping) {
      i = this.skipTooLong(s);
      if (i === -1) return;
    }
    const v = this.view;
    const scan = new Scan(s, this.delimiter);
    while (i < s.length) {
      const start = i;
      const end = this.readRow(scan, i, final);
      if (end === -1) {
        this.rest = s.slice(start);
        if (!cut && this.rest.length > MAX_ROW_CHARS) {
          v.reset(s);
          v.addOdd(this.rest.slice(0, 200));
          v.line = this.line;
          v.problem = {
            reason: 'line_too_long',
            message: noteOf('reject.lineTooLong', { max: String(MAX_ROW_CHARS) }),
          };
          if (onView(v) === STOP) this.stopped = true;
          // The rest of this row is dropped too, so its closing quote cannot open a bogus new row.
          this.skipping = { quoted: quoteParity(this.rest), afterCr: false };
          this.line += countNewlines(s, start, s.length);
          this.rest = '';
        }
        return;
      }
      i = end;
      v.line = this.line;
      const verdict = onView(v);
      // Only a quoted field can hold a newline; otherwise the row's own line end is its only one.
      this.line += v.quotedNewline ? countNewlines(s, start, i) : s.charCodeAt(i - 1) === 10 ? 1 : 0;
      if (verdict === STOP) {
        this.stopped = true;
        this.rest = '';
        return;
      }
    }
    this.rest = '';
  }

  /** Skips to the end of a too-long row; returns where the next row starts, or -1 if not in `s`. */
  private skipTooLong(s: string): number {
    const k = this.skipping!;
    let i = 0;
    if (k.afterCr) {
      this.skipping = null;
      if (s.charCodeAt(0) !== 10) return 0;
      this.line++;
      return 1;
    }
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 34) k.quoted = !k.quoted;
      else if (c === 10) this.line++;
      if (k.quoted || (c !== 10 && c !== 13)) continue;
      if (c === 13 && i + 1 === s.length) {
        k.afterCr = true;
        return -1;
      }
      this.skipping = null;
      if (c === 10 || s.charCodeAt(i + 1) !== 10) return i + 1;
      this.line++;
      return i + 2;
    }
    return -1;
  }

  /**
   * Reads one row from `start` into the view; returns where the next row starts, or -1 when the row
   * may continue in the next chunk. A row ends where the text ends only when `final`.
   */
  private readRow(scan: Scan, start: number, final: boolean): number {
    const s = scan.s;
    const len = s.length;
    const d = this.dc;
    const v = this.view;
    v.reset(s);
    let i = start;
    for (;;) {
      if (s.charCodeAt(i) === 34 /* " */) {
        const open = i;
        let j = s.indexOf('"', i + 1);
        let doubled = false;
        while (j !== -1 && s.charCodeAt(j + 1) === 34) {
          doubled = true;
          j = s.indexOf('"', j + 2);
        }
        if (j === -1 || (j === len - 1 && !final)) {
          if (!final) return -1;
          v.addOdd(s.slice(i + 1).replaceAll('""', '"'));
          v.problem = { reason: 'unquoted_value', message: QUOTE_NOT_CLOSED };
          v.quotedNewline = true;
          return len;
        }
        if (scan.newline(i) < j) v.quotedNewline = true;
        i = j + 1;
        let stop = i;
        while (stop < len && !isStop(s.charCodeAt(stop), d)) stop++;
        // Until the text ends, what follows the closing quote is not known yet.
        if (stop === len && !final) return -1;
        if (stop !== i) {
          // Text after a closing quote: keep it, but say the row is malformed.
          v.addOdd((doubled ? unescapeQuotes(s, open + 1, j) : s.slice(open + 1, j)) + s.slice(i, stop));
          v.problem ??= { reason: 'unquoted_value', message: QUOTE_IN_VALUE };
          i = stop;
        } else v.add(open + 1, j, doubled ? DOUBLED : VERBATIM);
      } else {
        // Where the field ends and whether a quote comes before: native searches, each kept until passed,
        // cost less than a charCodeAt per character (the delimiter's is one search per field).
        const stop = scan.fieldEnd(i);
        if (stop === len && !final) return -1;
        if (scan.quote(i) < stop && v.problem === null)
          v.problem = { reason: 'unquoted_value', message: QUOTE_IN_VALUE };
        v.add(i, stop, VERBATIM);
        i = stop;
      }
      if (i >= len) return i;
      const c = s.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= len && !final) return -1;
        if (i >= len) {
          v.add(i, i, VERBATIM);
          return i;
        }
        continue;
      }
      // End of line: \n, \r\n or a lone \r.
      if (c === 13) {
        if (i + 1 >= len && !final) return -1;
        i += s.charCodeAt(i + 1) === 10 ? 2 : 1;
      } else i += 1;
      return i;
    }
  }
}

/** Where the next newline is in one chunk's text, found with indexOf and kept until the parse passes it. */
class Scan {
  private nextLf = -1;
  private nextCr = -1;
  private nextQuote = -1;
  private nextDelimiter = -1;

  constructor(
    readonly s: string,
    private readonly d: string,
  ) {}

  /** Where an unquoted field starting at `from` ends: the first delimiter, \n or \r, or s.length. */
  fieldEnd(from: number): number {
    const s = this.s;
    if (this.nextDelimiter < from) {
      const at = s.indexOf(this.d, from);
      this.nextDelimiter = at === -1 ? s.length : at;
    }
    if (this.nextCr < from) {
      const at = s.indexOf('\r', from);
      this.nextCr = at === -1 ? s.length : at;
    }
    return Math.min(this.nextDelimiter, this.newline(from), this.nextCr);
  }

  /** The first quote at or after `from`, or s.length. */
  quote(from: number): number {
    if (this.nextQuote < from) {
      const at = this.s.indexOf('"', from);
      this.nextQuote = at === -1 ? this.s.length : at;
    }
    return this.nextQuote;
  }

  /** The first \n at or after `from`, or s.length. */
  newline(from: number): number {
    if (this.nextLf < from) {
      const at = this.s.indexOf('\n', from);
      this.nextLf = at === -1 ? this.s.length : at;
    }
    return this.nextLf;
  }
}

const isStop = (c: number, d: number) => c === d || c === 10 || c === 13;

function quoteParity(s: string): boolean {
  let quoted = false;
  for (let i = s.indexOf('"'); i !== -1; i = s.indexOf('"', i + 1)) quoted = !quoted;
  return quoted;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
