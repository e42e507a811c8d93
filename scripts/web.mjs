// `npm run web [-- --db PATH --port N --empty]`: Tidemark in your browser. Builds the renderer when
// out/renderer is missing or older than its sources, and the Node hosts (dist/node, scripts/build-node.mjs)
// when theirs are newer, then starts the compiled browser host (src/web/main.ts → dist/node/web.mjs).
// `--build-only` stops after the builds (the e2e global setup uses it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNode, isStale as nodeBuildIsStale, OUT as NODE_OUT } from './build-node.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const builtIndex = join(root, 'out/renderer/index.html');
// What the renderer bundle is made of; a change in any of these means a rebuild.
const sources = ['src/renderer', 'src/shared', 'electron.vite.config.ts', 'package-lock.json'].map((p) =>
  join(root, p),
);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

function isStale() {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  return sources.some((s) => newestMtime(s) > built);
}

const args = process.argv.slice(2);
const buildOnly = args.includes('--build-only');

if (isStale()) {
  console.error('tidemark-web: building the renderer…');
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (nodeBuildIsStale()) await buildNode({ quiet: true });
if (buildOnly) process.exit(0);

const host = spawn(process.execPath, [join(NODE_OUT, 'web.mjs'), ...args], { cwd: process.cwd(), stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
