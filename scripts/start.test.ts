import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const running: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * `npm start` on a machine without Electron's binary: ELECTRON_OVERRIDE_DIST_PATH points Electron at an empty
 * folder and the download gets a second; PATH holds only what the test puts there.
 */
function startWithoutElectron(bin: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-start-'));
  dirs.push(dir);
  const empty = join(dir, 'no-electron');
  mkdirSync(empty);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: bin,
    ELECTRON_OVERRIDE_DIST_PATH: empty,
    TIDEMARK_ELECTRON_DOWNLOAD_TIMEOUT_MS: '1000',
  };
  delete env.BROWSER;
  const child = spawn(
    process.execPath,
    [join(root, 'scripts/start.mjs'), '--db', join(dir, 'start.sqlite'), '--empty'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const until = async (what: () => boolean) => {
    while (!what()) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { dir, until, out: () => stdout, err: () => stderr };
}

/** A stand-in for xdg-open that writes down the URL it was given. */
function stubOpener(dir: string): { bin: string; opened: string } {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const opened = join(dir, 'opened.txt');
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
  return { bin, opened };
}

describe.skipIf(process.platform !== 'linux')('npm start without Electron', () => {
  it('starts the browser host, opens it in the default browser and says in one line why', async () => {
    const stubs = mkdtempSync(join(tmpdir(), 'tidemark-opener-'));
    dirs.push(stubs);
    const { bin, opened } = stubOpener(stubs);
    const run = startWithoutElectron(bin);
    await run.until(() => existsSync(opened) && readFileSync(opened, 'utf8').length > 0);
    const url = readFileSync(opened, 'utf8');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(run.out()).toContain(`Open ${url}`);
    const why = run
      .err()
      .split('\n')
      .filter((l) => l.startsWith('tidemark:'));
    expect(why).toHaveLength(1);
    expect(why[0]).toMatch(/Electron's binary is not installed.*opens in your browser instead of a desktop window\.$/);
    // The page the browser was sent to is the app.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Tidemark</title>');
  }, 240_000);

  it('prints the URL to open by hand where no browser opener works', async () => {
    const emptyBin = mkdtempSync(join(tmpdir(), 'tidemark-nobin-'));
    dirs.push(emptyBin);
    const run = startWithoutElectron(emptyBin);
    await run.until(() => /open http:\S+ yourself/.test(run.err()));
    const url = /Open (http:\S+)/.exec(run.out())?.[1];
    expect(run.err()).toContain(`could not open a browser (xdg-open); open ${url} yourself.`);
  }, 240_000);
});
