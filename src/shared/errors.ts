import { errorText, isErrorKey, type ErrorKey, type ErrorParams } from './error-text';

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

/**
 * An error a person meets carries its catalog key and params (error-text-en.ts) beside its English
 * message, so each UI shows it in its own language; the CLI and the logs print the message.
 */
export type ErrorText = { key: ErrorKey; params?: ErrorParams };

export class AppError extends Error {
  readonly text: ErrorText | null;

  /** `message`: the catalog's sentence (preferred for anything a person sees), or English text for an internal error. */
  constructor(
    readonly code: ErrorCode,
    message: string | ErrorText,
  ) {
    super(typeof message === 'string' ? message : errorText('en', message.key, message.params));
    this.name = 'AppError';
    this.text = typeof message === 'string' ? null : { key: message.key, params: { ...message.params } };
  }

  /** What crosses a process, thread or the contract: code, English message, and the key and params where there are. */
  get info(): ErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.text ? { key: this.text.key, params: this.text.params ?? {} } : {}),
    };
  }

  /** The error again on this side of a boundary, with its key and params (the message as it was sent). */
  static from(info: ErrorInfo): AppError {
    const err = new AppError(info.code, info.message);
    if (isErrorKey(info.key)) (err as { text: ErrorText | null }).text = { key: info.key, params: info.params ?? {} };
    return err;
  }
}

export type ErrorInfo = { code: ErrorCode; message: string; key?: ErrorKey; params?: ErrorParams };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/**
 * What a worker sends for something it threw that no one expected (a bug), for a task whose catalog
 * key says so: the Korean UI says it in Korean around the technical detail, which stays as the
 * runtime wrote it.
 */
export function unexpectedFailure(key: ErrorKey, thrown: unknown, params: ErrorParams = {}): ErrorInfo {
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return new AppError('internal', { key, params: { ...params, detail } }).info;
}
