import type { StoredNote } from '../../../shared/error-text';
import type { FieldRow } from './reader-types';

export type CsvProblem = { reason: 'unquoted_value' | 'line_too_long'; message: StoredNote };

/** A cell whose text is text[start, end) as written. */
export const VERBATIM = 0;
/** A quoted cell whose text holds doubled quotes, each read as one. */
export const DOUBLED = 1;
/** Anything else (text after a closing quote, a quote never closed): its value is kept as a string. */
export const ODD = 2;

/**
 * The row the CSV parser is reading, as offsets into its text rather than a string per cell: one
 * object, reused for every row, so it is valid only during the row callback. A format reads the cells
 * it needs from `fields`; `cells` makes the strings on demand (a new array per row, which may be kept).
 */
export class CsvRowView implements FieldRow {
  readonly sheet = '';
  line = 1;
  problem: CsvProblem | null = null;
  text = '';
  count = 0;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  kinds = new Uint8Array(16);
  /** Whether a quoted cell of the row holds a newline (then the row spans more than one line). */
  quotedNewline = false;
  private odd: string[] = [];
  private made: string[] | null = null;

  get fields(): FieldRow {
    return this;
  }

  get cells(): string[] {
    if (this.made === null) {
      const cells = new Array<string>(this.count);
      for (let i = 0; i < this.count; i++) cells[i] = this.cell(i);
      this.made = cells;
    }
    return this.made;
  }

  cell(i: number): string {
    const k = this.kinds[i];
    if (k === VERBATIM) return this.text.slice(this.starts[i], this.ends[i]);
    if (k === DOUBLED) return unescapeQuotes(this.text, this.starts[i]!, this.ends[i]!);
    return this.odd[i]!;
  }

  /** A plain copy, for callers that keep rows. */
  toRow(): { cells: string[]; sheet: ''; line: number; problem: CsvProblem | null } {
    return { cells: this.cells, sheet: '', line: this.line, problem: this.problem };
  }

  reset(text: string): void {
    this.text = text;
    this.count = 0;
    this.problem = null;
    this.quotedNewline = false;
    this.made = null;
  }

  add(start: number, end: number, kind: number): void {
    const n = this.count;
    if (n === this.starts.length) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.kinds[n] = kind;
    this.count = n + 1;
  }

  addOdd(value: string): void {
    this.odd[this.count] = value;
    this.add(0, 0, ODD);
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const kinds = new Uint8Array(n);
    starts.set(this.starts);
    ends.set(this.ends);
    kinds.set(this.kinds);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
  }
}

/**
 * s[from, to) with each "" read as ", as one flat string: replaceAll's result is a rope that the
 * batch's string table then flattens to hash it, a second copy per row.
 */
export function unescapeQuotes(s: string, from: number, to: number): string {
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
