import { AppError, type ErrorText } from '../../../shared/errors';

/** Generous: a 4 GB file on a slow laptop, not a hung parser. */
export const DEFAULT_IMPORT_TIME_LIMIT_MS = 30 * 60 * 1000;

/** The setting that raises (or lowers) it, in minutes, for every host: the app, the browser host and the CLI. */
export const IMPORT_TIME_LIMIT_ENV = 'TIDEMARK_IMPORT_MINUTES';

/**
 * How long one importFiles call may run: TIDEMARK_IMPORT_MINUTES where it is set, else 30 minutes. A value
 * that is not a positive number of minutes is refused with what to set, rather than silently ignored.
 */
export function importTimeLimitMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[IMPORT_TIME_LIMIT_ENV]?.trim();
  if (!raw) return DEFAULT_IMPORT_TIME_LIMIT_MS;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new AppError(
      'bad_input',
      `${IMPORT_TIME_LIMIT_ENV} is "${raw}", not a number of minutes. Set it to one, such as ${IMPORT_TIME_LIMIT_ENV}=120, or unset it for the default 30.`,
    );
  return Math.round(minutes * 60_000);
}

/** The timeout's sentence: what was stopped, and the two ways on (a smaller file, a longer limit). */
export function importTimeout(limitMs: number): ErrorText {
  const limit = limitMs >= 60_000 ? `${+(limitMs / 60_000).toFixed(1)} min` : `${+(limitMs / 1000).toFixed(1)} s`;
  const minutes = Math.max(1, Math.ceil((limitMs * 2) / 60_000));
  return { key: 'import.timeout', params: { limit, env: IMPORT_TIME_LIMIT_ENV, minutes: String(minutes) } };
}

/** The timeout's sentence in English, as the CLI prints it. */
export const importTimeoutMessage = (limitMs: number): string =>
  new AppError('timeout', importTimeout(limitMs)).message;
