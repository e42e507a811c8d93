import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';

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

/** The canonical CSV's header (docs/formats.md), for the small files tests write. */
export const CANONICAL_HEADER =
  'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';

/**
 * What most CLI tests start from: a folder of their own (removed after the file's tests), the command run in
 * it, a database path there, and a way to import canonical CSV rows into that database as a user would.
 */
export function cliWorkspace(prefix: string, dbName = 'test') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, `${dbName}.sqlite`);
  const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
  /** Writes `file` (these rows under the canonical header) in the folder and imports it into `db`. */
  const importRows = async (file: string, rows: string[]): Promise<void> => {
    writeFileSync(join(dir, file), [CANONICAL_HEADER, ...rows].join('\n'));
    const r = await tidemark('import', join(dir, file), '--db', db);
    if (r.code !== 0) throw new Error(`tidemark import ${file} failed: ${r.stderr}`);
  };
  return { dir, db, tidemark, importRows };
}
