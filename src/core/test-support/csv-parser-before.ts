// The CSV parser as it was before issue 15's faster one (commit 4f342c7), kept as the oracle of
// csv-parser-oracle.test.ts: the new parser must give the same rows, lines and problems. Unchanged
// but for two fixes at the end of a file with no final newline, made in both parsers: a quoted last
// field is its value, not "text after a closing quote"; a quote inside an unquoted last field is
// flagged, as it is on any other line. (Marked "EOF fix" below.)
import { STOP, type RowVerdict } from '../import/readers/reader-types';

/**
 * An incremental RFC 4180 parser: text goes in by chunks of any size, complete rows come out with
 * the line they started on. It is synchronous so that one import can be one synchronous
 * transaction. Malformed rows are reported, never dropped.
 */
type CsvRow = { cells: string[]; line: number; problem: CsvProblem | null };
type CsvProblem = { reason: 'unquoted_value' | 'line_too_long'; message: string };

const MAX_ROW_CHARS = 1 << 20;

/** `onRow` returns STOP to end the parse at that row; `stopped` then stays true and later text is ignored. */
type OnCsvRow = (row: CsvRow) => RowVerdict;

export class CsvParserBefore {
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
    while (i < s.length) {
      const start = i;
      const row = this.readRow(s, i, final);
      if (row === null) {
        this.rest = s.slice(start);
        if (this.rest.length > MAX_ROW_CHARS) {
          if (
            onRow({
              cells: [this.rest.slice(0, 200)],
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
      i = row.end;
      const verdict = onRow({ cells: row.cells, line: this.line, problem: row.problem });
      this.line += countNewlines(s, start, i);
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

  /** Reads one row from `start`; null when the row may continue in the next chunk. */
  private readRow(
    s: string,
    start: number,
    final: boolean,
  ): { cells: string[]; end: number; problem: CsvProblem | null } | null {
    const d = this.delimiter;
    const cells: string[] = [];
    let problem: CsvProblem | null = null;
    let i = start;
    for (;;) {
      if (s.charCodeAt(i) === 34 /* " */) {
        let j = s.indexOf('"', i + 1);
        while (j !== -1 && s.charCodeAt(j + 1) === 34) j = s.indexOf('"', j + 2);
        if (j === -1 || (j === s.length - 1 && !final)) {
          if (!final) return null;
          cells.push(s.slice(i + 1).replaceAll('""', '"'));
          return {
            cells,
            end: s.length,
            problem: { reason: 'unquoted_value', message: 'A quoted field is never closed.' },
          };
        }
        let value = s.slice(i + 1, j).replaceAll('""', '"');
        i = j + 1;
        const stop = nextStop(s, i, d);
        // EOF fix: a closing quote that is the text's last character ends the field (final only, see above).
        if (stop !== i && i < s.length) {
          // Text after a closing quote: keep it, but say the row is malformed.
          if (stop === -1 && !final) return null;
          const to = stop === -1 ? s.length : stop;
          value += s.slice(i, to);
          problem ??= { reason: 'unquoted_value', message: 'A quote appears inside an unquoted value.' };
          i = to;
        }
        cells.push(value);
      } else {
        const stop = nextStop(s, i, d);
        if (stop === -1) {
          if (!final) return null;
          const cell = s.slice(i);
          // EOF fix: flagged as on any other line.
          if (problem === null && cell.includes('"'))
            problem = { reason: 'unquoted_value', message: 'A quote appears inside an unquoted value.' };
          cells.push(cell);
          i = s.length;
        } else {
          const cell = s.slice(i, stop);
          if (problem === null && cell.includes('"'))
            problem = { reason: 'unquoted_value', message: 'A quote appears inside an unquoted value.' };
          cells.push(cell);
          i = stop;
        }
      }
      if (i >= s.length) return { cells, end: i, problem };
      const c = s[i];
      if (c === d) {
        i++;
        if (i >= s.length && !final) return null;
        if (i >= s.length) {
          cells.push('');
          return { cells, end: i, problem };
        }
        continue;
      }
      // End of line: \n, \r\n or a lone \r.
      if (c === '\r') {
        if (i + 1 >= s.length && !final) return null;
        i += s[i + 1] === '\n' ? 2 : 1;
      } else i += 1;
      return { cells, end: i, problem };
    }
  }
}

function quoteParity(s: string): boolean {
  let quoted = false;
  for (let i = s.indexOf('"'); i !== -1; i = s.indexOf('"', i + 1)) quoted = !quoted;
  return quoted;
}

function nextStop(s: string, from: number, d: string): number {
  const dc = d.charCodeAt(0);
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === dc || c === 10 || c === 13) return i;
  }
  return -1;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
