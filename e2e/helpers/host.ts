import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export type Host = { url: string; dbPath: string };

/** Starts the browser host the way `npm run web` does, on a fresh temp database, and waits for its URL. */
async function startHost(
  sample: boolean,
  prepare?: (dbPath: string) => void | Promise<void>,
): Promise<{ host: Host; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-e2e-'));
  const dbPath = join(dir, 'e2e.sqlite');
  await prepare?.(dbPath);
  const args = [join(root, 'scripts/web.mjs'), '--db', dbPath, '--port', '0', ...(sample ? [] : ['--empty'])];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser host did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with code ${code}:\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { host: { url, dbPath }, stop };
}

/**
 * `host`: a running browser host; `sample: true` seeds its new database with the bundled sample data;
 * `prepare` puts a database at the host's path before it starts (to open an existing one).
 */
export const test = base.extend<{
  sample: boolean;
  prepare: ((dbPath: string) => void | Promise<void>) | undefined;
  host: Host;
}>({
  sample: [false, { option: true }],
  prepare: [undefined, { option: true }],
  host: async ({ sample, prepare }, use) => {
    const { host, stop } = await startHost(sample, prepare);
    await use(host);
    await stop();
  },
});

export { expect } from '@playwright/test';
