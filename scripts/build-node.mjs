// Compiles the Node hosts to JavaScript in dist/node: the `tidemark` command, the browser host and
// the core thread and the import, parser, export, history, sort index and compact workers they start. They run as plain `node` modules, so no
// TypeScript compiler loads at run time (tsx is only a dev tool). `npm install` runs this as its
// `prepare` step; bin/tidemark.mjs and scripts/web.mjs run it again when a source is newer.
//
//   node scripts/build-node.mjs           build (always)
//   node scripts/build-node.mjs --if-stale build only when a source is newer than the build
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'dist', 'node');
const STAMP = join(OUT, 'built.json');

/** Output name → source. The workers are started by file name, so each is an entry of its own. */
const ENTRIES = {
  tidemark: 'src/cli/bin.ts',
  web: 'src/web/main.ts',
  'import-worker': 'src/core/import/pipeline/import-worker.ts',
  'parse-worker': 'src/core/import/pipeline/parse-worker.ts',
  'export-worker': 'src/core/export/export-worker.ts',
  'parquet-lines-worker': 'src/core/export/parquet-lines-worker.ts',
  'history-worker': 'src/core/db/history-worker.ts',
  'sort-index-worker': 'src/core/db/sort-index-worker.ts',
  'compact-worker': 'src/core/db/compact-worker.ts',
  'core-worker': 'src/core/process/core-worker.ts',
};
/** What the build is made of: a change in any of these means a rebuild. */
const SOURCES = ['src/cli', 'src/core', 'src/shared', 'src/web', 'package-lock.json', 'scripts/build-node.mjs'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    // Tests are not part of the build.
    if (entry.isFile() && /\.test\.tsx?$/.test(entry.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** True when dist/node is missing or older than a source. (bin/tidemark.mjs checks the same, inline, from built.json's list.) */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
}

/**
 * better-sqlite3 and @duckdb/node-api (native addons) stay in node_modules and are loaded with require(): importing a
 * CommonJS package through the ES module loader cost about 30 ms more per run (resolution and the
 * CommonJS export scan), a tenth of the CLI's start.
 */
const requireNative = {
  name: 'require-native',
  setup(build) {
    build.onResolve({ filter: /^(better-sqlite3|@duckdb\/node-api)$/ }, (args) =>
      args.namespace === 'native' ? { path: args.path, external: true } : { path: args.path, namespace: 'native' },
    );
    build.onLoad({ filter: /.*/, namespace: 'native' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * Bundles every entry with esbuild into a fresh folder, then swaps it in, so a process starting
 * meanwhile sees the old build or the new one, never half of one. better-sqlite3 stays outside the
 * bundle (a native addon, loaded from node_modules); everything else is bundled, so a run reads a
 * few files instead of resolving hundreds.
 */
export async function buildNode({ quiet = false } = {}) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is missing: run `npm install` (it installs the dev dependencies that build Tidemark).');
  }
  const started = Date.now();
  const tmp = `${OUT}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    // Chunks sit beside the entries: src/core/host-workers.ts finds the workers next to its own chunk.
    chunkNames: 'chunk-[hash]',
    plugins: [requireNative],
    // Bundled CommonJS packages (iconv-lite) call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __tidemarkRequire } from 'node:module'; const require = __tidemarkRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    // Less text to decode and compile at every start; names stay, so a stack (TIDEMARK_DEBUG=1) still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  writeFileSync(
    join(tmp, 'built.json'),
    JSON.stringify({ builtAt: new Date().toISOString(), sources: SOURCES }) + '\n',
  );
  mkdirSync(dirname(OUT), { recursive: true });
  const old = `${OUT}.old-${process.pid}`;
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(tmp, OUT);
  rmSync(old, { recursive: true, force: true });
  if (!quiet) console.error(`tidemark: built dist/node in ${Date.now() - started} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || isStale()) await buildNode({ quiet: ifStale });
}
