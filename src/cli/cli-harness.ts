import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const BIN = resolve(__dirname, '../../bin/tidemark.mjs');
export const SAMPLE = resolve(__dirname, '../../resources/sample/nk-china-published.csv');

export type Run = { code: number; stdout: string; stderr: string };

/** Runs the `tidemark` command as a user would (bin/tidemark.mjs, the compiled build), in `cwd`. */
export async function tidemarkIn(cwd: string, ...args: string[]): Promise<Run> {
  try {
    return { code: 0, ...(await run(process.execPath, [BIN, ...args], { cwd })) };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** An error as the CLI reports it: exactly one line on stderr, "tidemark: CODE: message", and no stack. */
export function oneError(r: Run): { code: string; message: string } {
  const lines = r.stderr.split('\n').filter(Boolean);
  if (lines.length !== 1 || /\n\s+at /.test(r.stderr)) throw new Error(`expected one error line, got:\n${r.stderr}`);
  const m = /^tidemark: ([a-z_]+): (.+)$/.exec(lines[0]!);
  if (!m) throw new Error(`not "tidemark: CODE: message": ${lines[0]}`);
  return { code: m[1]!, message: m[2]! };
}
