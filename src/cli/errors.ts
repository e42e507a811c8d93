/** A mistake on the command line: exit 2, one line naming what to change. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code = 'usage',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Error codes that mean "the command asked for something that isn't there": exit 2, like a usage error. */
const USAGE_CODES = new Set(['usage', 'bad_input', 'not_held', 'no_database']);

export function exitCodeOf(code: string): number {
  if (code === 'cancelled') return 130;
  return USAGE_CODES.has(code) ? 2 : 1;
}

/** One line, whatever the message held: scripts read stderr line by line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** What a failure carries to the one line that reports it. */
export type Failure = { code: string; message: string };

/** A failure the core reported, or the CLI itself found (no database at a path). */
export class CliFailure extends Error {
  constructor(readonly info: Failure) {
    super(info.message);
    this.name = 'CliFailure';
  }
}
