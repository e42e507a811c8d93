import type { ImportOptions } from '../../shared/domain';

/** A record as a format produces it, ready for the writer. */
export type NewRecord = {
  reporter: string;
  partner: string;
  flow: string;
  period: string;
  freq: 'month' | 'year';
  classification: string;
  code: string;
  description: string;
  value: number;
  valueExp: number;
  currency: string;
  quantity: number | null;
  unit: string | null;
  quantity2: number | null;
  unit2: string | null;
  regime: string | null;
  province: string | null;
  sourceUrl: string | null;
};

/** DuckDB's reject categories, so researchers who know one tool know the other. */
export type RejectReason = 'cast_error' | 'missing_columns' | 'too_many_columns' | 'unquoted_value' | 'line_too_long' | 'invalid_unicode';

export type RowOutcome =
  | { kind: 'record'; record: NewRecord }
  | { kind: 'reject'; reason: RejectReason; message: string }
  | { kind: 'skip' };

/** A file format: recognises its header, then turns each data row into an outcome. */
export type Format = {
  id: string;
  matches(header: string[]): boolean;
  /** Throws an AppError naming what is missing (an option, a column). */
  mapper(header: string[], options: ImportOptions): (cells: string[]) => RowOutcome;
};
