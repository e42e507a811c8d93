import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** Runs the `tidemark` command line (bin/tidemark.mjs) and returns what it printed; throws where it fails. */
export const tidemark = (...args: string[]): string =>
  execFileSync(process.execPath, [join(root, 'bin/tidemark.mjs'), ...args], { encoding: 'utf8' });

/**
 * The host's `prepare` (test.use) that runs these `tidemark` commands, in order, each on the host's
 * database (`--db` added): `test.use({ prepare: preparedBy(['import', file, '--flow', 'export']) })`.
 */
export function preparedBy(...commands: string[][]) {
  // eslint-disable-next-line no-empty-pattern
  return async ({}, use: (prepare: (dbPath: string) => void) => Promise<void>) =>
    use((dbPath) => {
      for (const command of commands) tidemark(...command, '--db', dbPath);
    });
}
