import { AppError } from '../../../shared/errors';

/**
 * Parser threads by default: one, on every machine. The writer is an import's critical path, not the
 * parser: at 1M rows (2 cores) the writer waited 0.58-1.13 s in all for one parser's batches, the
 * first (the worker's start) included, of a 10.7-11.3 s import, so no number of parser threads can
 * save more than that. A second one ran slower here (0.37x against 0.39x the CLI's .import) and raised
 * the peak RSS from 180-194 MB to 254-266 MB, past issue 15's 200 MB; a thread's memory does not
 * depend on the cores. TIDEMARK_PARSE_THREADS still splits a file over more (parse-ranges.ts).
 */
const DEFAULT_THREADS = 1;

/** The setting that chooses the parser threads, for every host (the app, the browser host, the CLI). */
export const PARSE_THREADS_ENV = 'TIDEMARK_PARSE_THREADS';

/**
 * Parser threads: TIDEMARK_PARSE_THREADS where it is set (a laptop with many cores and memory to
 * spare may want more), else DEFAULT_THREADS.
 * A value that is not a whole number from 1 to 64 is refused with what to set, never ignored.
 */
export function defaultParseThreads(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[PARSE_THREADS_ENV]?.trim();
  if (!raw) return DEFAULT_THREADS;
  const threads = Number(raw);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64)
    throw new AppError(
      'bad_input',
      `${PARSE_THREADS_ENV} is "${raw}", not a number of parser threads. Set it to a whole number from 1 to 64, such as ${PARSE_THREADS_ENV}=2, or unset it for the default.`,
    );
  return threads;
}
