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
  'cancelled',
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
