import { availableParallelism } from 'node:os';
import { AppError } from '../../../shared/errors';

/**
 * At most this many parser threads by default: each range worker adds about 50 MB of peak memory (305
 * against 250 MB at 1M rows with two), and issue 15 bounds an import's memory.
 */
const MAX_DEFAULT_THREADS = 2;

/** The setting that chooses the parser threads, for every host (the app, the browser host, the CLI). */
export const PARSE_THREADS_ENV = 'TIDEMARK_PARSE_THREADS';

/**
 * Parser threads: TIDEMARK_PARSE_THREADS where it is set (a laptop with many cores and memory to
 * spare may want more), else every core but the writer's, at least one, at most MAX_DEFAULT_THREADS.
 * A value that is not a whole number from 1 to 64 is refused with what to set, never ignored.
 */
export function defaultParseThreads(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[PARSE_THREADS_ENV]?.trim();
  if (!raw) return Math.min(MAX_DEFAULT_THREADS, Math.max(1, availableParallelism() - 1));
  const threads = Number(raw);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64)
    throw new AppError(
      'bad_input',
      `${PARSE_THREADS_ENV} is "${raw}", not a number of parser threads. Set it to a whole number from 1 to 64, such as ${PARSE_THREADS_ENV}=2, or unset it for the default.`,
    );
  return threads;
}
