import { noteOf, type ErrorParams, type NoteKey, type StoredNote } from '../../../shared/error-text';
import type { RowOutcome } from './format-types';

/** A row whose cells are there but one cannot be read: why, from the catalog (shared/import-notes-en.ts). */
export function castError(key: NoteKey, params?: ErrorParams): RowOutcome {
  return { kind: 'reject', reason: 'cast_error', message: noteOf(key, params) };
}

/** A row narrower or wider than its header. */
export function columnsNote(expected: number, found: number): StoredNote {
  return noteOf('reject.columns', { expected: String(expected), found: String(found) });
}

/** The reject of a row whose cell count is not the header's. */
export function widthReject(expected: number, found: number): RowOutcome {
  return {
    kind: 'reject',
    reason: found < expected ? 'missing_columns' : 'too_many_columns',
    message: columnsNote(expected, found),
  };
}
