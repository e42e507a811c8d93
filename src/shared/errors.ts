/** Expected failures: a code a program can branch on and a sentence a person can act on. */
export const ERROR_CODES = [
  'bad_input',
  'unknown_method',
  'not_found',
  'conflict',
  'file_unreadable',
  'file_too_large',
  'format_unknown',
  'header_mismatch',
  'missing_option',
  /** The same file is already imported with other options; `replace` reverts it and imports again. */
  'already_imported',
  'mixed_currencies',
  'db_from_future',
  'db_unusable',
  /** An SQLite file of another program (or of none): refused, never written to. */
  'db_foreign',
  /** A Tidemark database that failed SQLite's check: moved aside, its newest backup named or offered. */
  'db_corrupt',
  'disk_full',
  /** A file whose every row was rejected: nothing is stored, not even an empty batch. */
  'all_rows_rejected',
  /** The browser host reads only files dropped on the page or in a folder it was started with. */
  'path_not_allowed',
  'cancelled',
  /** An export's target folder already holds files: a dataset is written whole into a new or empty folder. */
  'target_exists',
  /** A folder opened as a Parquet dataset that is not one Tidemark can read (no or a bad _tidemark.json, a file missing). */
  'dataset_invalid',
  /** A change asked of a database opened read-only (a Parquet dataset): the message says why and what to do instead. */
  'read_only',
  'timeout',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type ErrorInfo = { code: ErrorCode; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
