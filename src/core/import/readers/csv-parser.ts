import { STOP, type RowVerdict } from './reader-types';

/**
 * An incremental RFC 4180 parser: text goes in by chunks of any size, complete rows come out with
 * the line they started on. It is synchronous so that one import can be one synchronous
 * transaction. Malformed rows are reported, never dropped.
 */
/** A SourceRow as it is (a text file has no sheets), so the reader passes it on without a copy per row. */
export type CsvRow = { cells: string[]; sheet: ''; line: number; problem: CsvProblem | null };
export type CsvProblem = { reason: 'unquoted_value' | 'line_too_long'; message: string };

export const MAX_ROW_CHARS = 1 << 20;

/** `onRow` returns STOP to end the parse at that row; `stopped` then stays true and later text is ignored. */
export type OnCsvRow = (row: CsvRow) => RowVerdict;

export class CsvParser {
  private rest = '';
  private line = 1;
  /** After a too-long row: skipping the rest of it, inside quotes or not. */
  private skipping: { quoted: boolean; afterCr: boolean } | null = null;

  stopped = false;

  constructor(private readonly delimiter = ',') {}

  push(text: string, onRow: OnCsvRow): void {
    if (!this.stopped) this.parse(this.rest + text, false, onRow);
  }

  end(onRow: OnCsvRow): void {
    if (this.rest.length && !this.stopped) this.parse(this.rest, true, onRow);
    this.rest = '';
  }

  private parse(s: string, final: boolean, onRow: OnCsvRow): void {
    let i = 0;
    if (this.skipping) {
      i = this.skipTooLong(s);
      if (i === -1) return;
    }
    const scan = new Scan(s, this.delimiter);
    while (i < s.length) {
      const start = i;
      const cells = this.readRow(scan, i, final);
      if (cells === null) {
        this.rest = s.slice(start);
        if (this.rest.length > MAX_ROW_CHARS) {
          if (
            onRow({
              cells: [this.rest.slice(0, 200)],
              sheet: '',
              line: this.line,
              problem: { reason: 'line_too_long', message: `Row is longer than ${MAX_ROW_CHARS} characters.` },
            }) === STOP
          )
            this.stopped = true;
          // The rest of this row is dropped too, so its closing quote cannot open a bogus new row.
          this.skipping = { quoted: quoteParity(this.rest), afterCr: false };
          this.line += countNewlines(s, start, s.length);
          this.rest = '';
        }
        return;
      }
      i = this.rowEnd;
      const verdict = onRow({ cells, sheet: '', line: this.line, problem: this.rowProblem });
      // Only a quoted field can hold a newline; otherwise the row's own line end is its only one.
      this.line += this.rowQuotedNewline ? countNewlines(s, start, i) : s.charCodeAt(i - 1) === 10 ? 1 : 0;
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

  // The row readRow last read: where it ends, its problem, whether a quoted field held a newline.
  // Fields rather than a result object per row, which showed in the parser's profile.
  private rowEnd = 0;
  private rowProblem: CsvProblem | null = null;
  private rowQuotedNewline = false;

  /** Reads one row from `start`; null when the row may continue in the next chunk. */
  private readRow(scan: Scan, start: number, final: boolean): string[] | null {
    const s = scan.s;
    const len = s.length;
    const d = scan.dc;
    const cells: string[] = [];
    let problem: CsvProblem | null = null;
    let quotedNewline = false;
    let i = start;
    for (;;) {
      if (s.charCodeAt(i) === 34 /* " */) {
        let j = s.indexOf('"', i + 1);
        let doubled = false;
        while (j !== -1 && s.charCodeAt(j + 1) === 34) {
          doubled = true;
          j = s.indexOf('"', j + 2);
        }
        if (j === -1 || (j === len - 1 && !final)) {
          if (!final) return null;
          cells.push(s.slice(i + 1).replaceAll('""', '"'));
          this.rowEnd = len;
          this.rowProblem = { reason: 'unquoted_value', message: 'A quoted field is never closed.' };
          this.rowQuotedNewline = true;
          return cells;
        }
        if (scan.newline(i) < j) quotedNewline = true;
        // Most quoted fields hold no doubled quote: no replaceAll, which copies.
        let value = doubled ? unescapeQuotes(s, i + 1, j) : s.slice(i + 1, j);
        i = j + 1;
        let stop = i;
        while (stop < len && !isStop(s.charCodeAt(stop), d)) stop++;
        // The parser before flagged a quoted field that the file's end closes as well; so does this one.
        if (stop !== i || stop === len) {
          // Text after a closing quote: keep it, but say the row is malformed.
          if (stop === len && !final) return null;
          value += s.slice(i, stop);
          problem ??= { reason: 'unquoted_value', message: 'A quote appears inside an unquoted value.' };
          i = stop;
        }
        cells.push(value);
      } else {
        // Unquoted fields are short (codes, numbers): a loop beats an indexOf call per delimiter.
        let stop = i;
        let quote = false;
        for (; stop < len; stop++) {
          const c = s.charCodeAt(stop);
          if (c === d || c === 10 || c === 13) break;
          if (c === 34) quote = true;
        }
        if (stop === len && !final) return null;
        // Not flagged in a last field that the file's end (not a line end) closes: the parser before did not.
        if (problem === null && quote && stop < len)
          problem = { reason: 'unquoted_value', message: 'A quote appears inside an unquoted value.' };
        cells.push(s.slice(i, stop));
        i = stop;
      }
      this.rowProblem = problem;
      this.rowQuotedNewline = quotedNewline;
      if (i >= len) {
        this.rowEnd = i;
        return cells;
      }
      const c = s.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= len && !final) return null;
        if (i >= len) {
          cells.push('');
          this.rowEnd = i;
          return cells;
        }
        continue;
      }
      // End of line: \n, \r\n or a lone \r.
      if (c === 13) {
        if (i + 1 >= len && !final) return null;
        i += s.charCodeAt(i + 1) === 10 ? 2 : 1;
      } else i += 1;
      this.rowEnd = i;
      return cells;
    }
  }
}

/** Where the next newline is in one chunk's text, found with indexOf and kept until the parse passes it. */
class Scan {
  readonly dc: number;
  private nextLf = -1;

  constructor(
    readonly s: string,
    d: string,
  ) {
    this.dc = d.charCodeAt(0);
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

/**
 * s[from, to) with each "" read as ", as one flat string: replaceAll's result is a rope that the
 * batch's string table then flattens to hash it, a second copy per row.
 */
function unescapeQuotes(s: string, from: number, to: number): string {
  const parts: string[] = [];
  let i = from;
  // Inside a closed quoted field every quote is the first of a pair; the search ends at the closing one, `to`.
  for (let q = s.indexOf('"', i); q !== -1 && q < to; q = s.indexOf('"', i)) {
    parts.push(s.slice(i, q + 1));
    i = q + 2;
  }
  parts.push(s.slice(i, to));
  return parts.join('');
}
