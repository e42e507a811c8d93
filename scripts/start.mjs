// `npm start`: build with electron-vite, then run the app in Electron.
// Electron's npm package fetches its binary on first use; where that cannot happen (offline, CI
// images) this says so in one line and points at the browser build instead of hanging.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const DOWNLOAD_TIMEOUT_MS = Number(process.env.TIDEMARK_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 20_000);

function fail(reason) {
  console.error(`tidemark: ${reason}; run \`npm run web\` to use Tidemark in your browser instead.`);
  process.exit(1);
}

/** The Electron executable if it is on disk, else null. Never `require('electron')`: that downloads with no timeout. */
function electronBinary(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  const binary = relative ? join(distDir, relative) : null;
  return binary && existsSync(binary) ? binary : null;
}

function ensureElectron() {
  let electronDir;
  try {
    electronDir = dirname(require.resolve('electron/package.json'));
  } catch {
    fail('the electron package is not installed (run `npm install`)');
  }
  const found = electronBinary(electronDir);
  if (found) return found;
  // One bounded attempt at Electron's own installer; its output is swallowed to keep to one line.
  const attempt = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: DOWNLOAD_TIMEOUT_MS });
  return electronBinary(electronDir) ?? fail(
    attempt.error?.code === 'ETIMEDOUT'
      ? `the Electron binary is not installed and downloading it timed out after ${DOWNLOAD_TIMEOUT_MS / 1000} s`
      : 'the Electron binary is not installed and could not be downloaded (no network?)',
  );
}

const electron = ensureElectron();
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const app = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
