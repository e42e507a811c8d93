// `npm run build:native-electron`: compile better-sqlite3 for the installed Electron's ABI into
// resources/native/better_sqlite3-abi<modules>.node, which src/main/native-binding.ts picks up.
// It works on a temporary copy, so node_modules/better-sqlite3/build (the plain-Node build that the
// tests, the CLI and the browser host load) is never touched. Needs network (prebuilt download or
// Electron headers) and, for the fallback, a C++ toolchain. Deliberately not run on install.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const STEP_TIMEOUT_MS = 10 * 60_000;

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

const electronDir = packageDir('electron');
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const abi = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim();
if (!/^\d+$/.test(abi)) throw new Error(`Unexpected ABI "${abi}" in ${join(electronDir, 'abi_version')}`);

const sqliteDir = packageDir('better-sqlite3');
const work = mkdtempSync(join(tmpdir(), 'tidemark-native-'));
const copy = join(work, 'better-sqlite3');
cpSync(sqliteDir, copy, { recursive: true, filter: (src) => src !== join(sqliteDir, 'build') });

function run(label, command, args) {
  console.log(`build-native-electron: ${label}`);
  const result = spawnSync(command, args, { cwd: copy, stdio: 'inherit', timeout: STEP_TIMEOUT_MS });
  return result.status === 0;
}

function nodeGyp() {
  // npm sets npm_config_node_gyp for scripts; otherwise use the copy bundled with npm.
  const candidates = [
    process.env.npm_config_node_gyp,
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

const target = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];
const prebuildInstall = join(packageDir('prebuild-install'), 'bin.js');
const gyp = nodeGyp();
const built =
  run(`downloading a prebuilt binary for Electron ${electronVersion} (ABI ${abi})`, process.execPath, [
    prebuildInstall,
    ...target,
    `--platform=${process.platform}`,
  ]) ||
  (gyp !== undefined &&
    run(`compiling against Electron ${electronVersion} headers`, process.execPath, [
      gyp,
      'rebuild',
      '--release',
      ...target,
      '--dist-url=https://electronjs.org/headers',
    ]));

const output = join(copy, 'build', 'Release', 'better_sqlite3.node');
if (!built || !existsSync(output)) {
  rmSync(work, { recursive: true, force: true });
  console.error(
    'build-native-electron: failed; this needs network access and, without a prebuilt binary, a C++ toolchain.',
  );
  process.exit(1);
}
const destination = join(root, 'resources', 'native', `better_sqlite3-abi${abi}.node`);
mkdirSync(dirname(destination), { recursive: true });
copyFileSync(output, destination);
rmSync(work, { recursive: true, force: true });
console.log(`build-native-electron: wrote ${destination}`);
