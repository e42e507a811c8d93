import i18next from 'i18next';
import { ApiError } from '../../shared/client';
import { localizedMessage, type ErrorParams } from '../../shared/error-text';

/**
 * A failure as the contract carries it, or a reject or warning an import stored: the English message,
 * and the catalog key and params where it has them.
 */
type Failure = { message: string; key?: string | undefined; params?: ErrorParams | undefined };

/** The sentence in the UI's language (shared/error-text.ts), or its English message where the catalog has none. */
export function failureText(error: Failure): string {
  return localizedMessage(error, i18next.language ?? 'en');
}

/** The sentence to show a person for a failed call: the core's own message where there is one, in the UI's language. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return failureText(err.info);
  if (err instanceof Error) return err.message;
  return String(err);
}
