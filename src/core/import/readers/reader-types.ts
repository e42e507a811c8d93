import type { StoredNote } from '../../../shared/error-text';
import type { Encoding } from './decode';

/** DuckDB's reject categories, so researchers who know one tool know the other. */
export type RejectReason =
  'cast_error' | 'missing_columns' | 'too_many_columns' | 'unquoted_value' | 'line_too_long' | 'invalid_unicode';

/** Why a row cannot be read at all (a CSV quoting fault, a cell beyond Excel's limits). */
export type RowProblem = { reason: RejectReason; message: StoredNote };

/** One row as the file holds it: strings only, with where it came from. */
export type SourceRow = {
  cells: string[];
  sheet: string;
  line: number;
  problem: RowProblem | null;
  /** A text reader's row as offsets (readTransient only): read it during the callback, never later. */
  fields?: FieldRow;
};

/**
 * A delimited text row's cells as offsets into the text the parser holds, so that a format reads the
 * cells it needs without a string per cell. Cell i is text[starts[i], ends[i]) as written where
 * kinds[i] is 0; a quoted cell with doubled quotes (1) or anything odder (2) is read with cell(i).
 */
export type FieldRow = {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  cell(i: number): string;
};

/**
 * What a row callback returns to end the read at that row: the reader stops reading and returns
 * normally. A preview that has its rows, or provenance that found its row, is not an error.
 */
export const STOP = Symbol('stop reading');
export type RowVerdict = void | typeof STOP;
export type OnRow = (row: SourceRow) => RowVerdict;

/**
 * Bytes to rows. Synchronous, so a whole file can be one synchronous transaction; it reads in
 * chunks, so memory stays bounded whatever the file's size.
 */
export type FileReader = {
  kind: 'csv' | 'tsv' | 'xlsx' | 'xls' | 'json';
  encoding: Encoding | 'binary';
  /** Calls `onRow` for each row in order until the file ends or `onRow` returns STOP. */
  read(onRow: OnRow, onBytes: (bytesRead: number) => void): void;
  /**
   * As `read`, faster, for a caller that keeps no row: each row is one reused object with `fields`,
   * valid only during its callback (its `cells` array, made on demand, may be kept).
   */
  readTransient?(onRow: OnRow, onBytes: (bytesRead: number) => void): void;
  /** A workbook's sheet names in order, read without reading the sheets. */
  sheetNames?(): string[];
};

export type OpenedFile = { fd: number; size: number; head: Buffer; name: string };
