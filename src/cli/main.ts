import { AppError } from '../shared/errors';
import { COMMANDS, commandHelp, overview } from './commands';
import { CliFailure, exitCodeOf, oneLine, UsageError, type Failure } from './errors';

/**
 * The `tidemark` command. Help loads nothing but the command table; every other command loads the
 * core. Whatever happens, the result is an exit code and, on failure, one line on stderr (and a JSON
 * object on stdout under --json): never a stack trace.
 */
export async function main(argv: string[]): Promise<number> {
  // `tidemark series … | head` closes the pipe early: that is the reader having read enough, not a failure.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const json = argv.includes('--json');
  try {
    const help = helpRequest(argv);
    if (help !== null) {
      process.stdout.write(`${help}\n`);
      return 0;
    }
    const { parse } = await import('./args');
    const args = parse(argv);
    const { run } = await import('./run');
    return await run(args);
  } catch (err) {
    return report(failureOf(err), json);
  }
}

/** The help text asked for, or null: `tidemark`, `tidemark help [COMMAND]`, `tidemark COMMAND --help|-h`. */
function helpRequest(argv: string[]): string | null {
  if (argv.length === 0) return overview();
  if (argv[0] === 'help') {
    const name = argv[1];
    if (name === undefined) return overview();
    if (!COMMANDS[name]) throw new UsageError(`there is no command "${name}" (see tidemark help)`);
    return commandHelp(name);
  }
  if (!argv.includes('--help') && !argv.includes('-h')) return null;
  const name = argv.find((a) => COMMANDS[a]);
  return name ? commandHelp(name) : overview();
}

function failureOf(err: unknown): Failure & { hint?: string } {
  if (err instanceof UsageError) return { code: err.code, message: err.message };
  if (err instanceof CliFailure) return err.info;
  // An AppError thrown while opening the database (from a newer Tidemark, not a Tidemark file…).
  if (err instanceof AppError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  if (process.env.TIDEMARK_DEBUG) process.stderr.write(`${err instanceof Error ? err.stack : message}\n`);
  return {
    code: 'internal',
    message: `Tidemark failed unexpectedly: ${message}${process.env.TIDEMARK_DEBUG ? '' : ' (TIDEMARK_DEBUG=1 prints the details)'}`,
  };
}

/** One line on stderr, "tidemark: CODE: message"; under --json, also {"error":{code,message}} on stdout. */
export function report(f: Failure, json: boolean): number {
  const message = oneLine(f.message);
  if (json) process.stdout.write(`${JSON.stringify({ error: { code: f.code, message } })}\n`);
  process.stderr.write(`tidemark: ${f.code}: ${message}\n`);
  return exitCodeOf(f.code);
}
