import type { Encoding } from './decode';

/** DuckDB's reject categories, so researchers who know one tool know the other. */
export type RejectReason =
  'cast_error' | 'missing_columns' | 'too_many_columns' | 'unquoted_value' | 'line_too_long' | 'invalid_unicode';

/** Why a row cannot be read at all (a CSV quoting fault, a cell beyond Excel's limits). */
export type RowProblem = { reason: RejectReason; message: string };

/** One row as the file holds it: strings only, with where it came from. */
export type SourceRow = { cells: string[]; sheet: string; line: number; problem: RowProblem | null };

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
  /** A workbook's sheet names in order, read without reading the sheets. */
  sheetNames?(): string[];
};

export type OpenedFile = { fd: number; size: number; head: Buffer; name: string };
