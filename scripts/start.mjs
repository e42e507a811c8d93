// `npm start`: build with electron-vite, then run the app in Electron.
// Electron's npm package fetches its binary on first use. Where that cannot happen (offline, CI images),
// Tidemark still starts: the browser host (scripts/web.mjs, run as it is) serves the same app, and the
// default browser opens it, with one line saying why this is not the desktop window.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const DOWNLOAD_TIMEOUT_MS = Number(process.env.TIDEMARK_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 20_000);
const args = process.argv.slice(2);

/** The Electron executable if it is on disk, else null. Never `require('electron')`: that downloads with no timeout. */
function electronBinary(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  const binary = relative ? join(distDir, relative) : null;
  return binary && existsSync(binary) ? binary : null;
}

/** `{ binary }`, or `{ why }`: the reason there is no desktop window, said in a few words. */
function findElectron() {
  let electronDir;
  try {
    electronDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { why: 'the electron package is not installed (run `npm install`)' };
  }
  const found = electronBinary(electronDir);
  if (found) return { binary: found };
  // One bounded attempt at Electron's own installer; its output is swallowed to keep to one line.
  const attempt = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  const binary = electronBinary(electronDir);
  if (binary) return { binary };
  return {
    why:
      attempt.error?.code === 'ETIMEDOUT'
        ? `Electron's binary is not installed and downloading it timed out after ${DOWNLOAD_TIMEOUT_MS / 1000} s`
        : "Electron's binary is not installed and could not be downloaded (no network?)",
  };
}

/**
 * The command that opens a URL in the default browser: $BROWSER where set (as Python's webbrowser and
 * xdg-utils read it), else the platform's own opener.
 */
function openerFor(url) {
  if (process.env.BROWSER) return [process.env.BROWSER, [url]];
  if (process.platform === 'darwin') return ['open', [url]];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '', url]];
  return ['xdg-open', [url]];
}

/** Opens `url`; where no opener works, prints the URL for the person to open. */
function openInBrowser(url) {
  const [command, commandArgs] = openerFor(url);
  const done = (ok) => {
    if (!ok) console.error(`tidemark: could not open a browser (${command}); open ${url} yourself.`);
  };
  try {
    const opener = spawn(command, commandArgs, { stdio: 'ignore', detached: process.platform !== 'win32' });
    opener.on('error', () => done(false));
    opener.on('exit', (code) => done(code === 0));
    opener.unref();
  } catch {
    done(false);
  }
}

/** The browser host, started the way `npm run web` starts it; the page opens once the host says where it is. */
function startInBrowser(why) {
  console.error(`tidemark: ${why}, so Tidemark opens in your browser instead of a desktop window.`);
  const host = spawn(process.execPath, [join(root, 'scripts/web.mjs'), ...args], {
    cwd: process.cwd(),
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let seen = '';
  let opened = false;
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (opened) return;
    seen += chunk.toString('utf8');
    const url = /Open (http:\/\/\S+)/.exec(seen)?.[1];
    if (url) {
      opened = true;
      openInBrowser(url);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
  host.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startDesktop(electron) {
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const app = spawn(electron, [root, ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
  app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = findElectron();
if (electron.binary) startDesktop(electron.binary);
else startInBrowser(electron.why);
