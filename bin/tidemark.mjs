#!/usr/bin/env node
// Runs the compiled `tidemark` command (dist/node, built by `npm install`'s prepare step). In a git
// checkout it first rebuilds when a source is newer than the build, so an edit never runs stale; an
// installed package runs what it shipped. The check is inline, synchronous stats: importing another
// module for it cost more than the check itself (bench:cli).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node 22+ keeps compiled code between runs (a no-op on Node 20, which has no such cache).
module.enableCompileCache?.();

const root = fileURLToPath(new URL('..', import.meta.url));
const stampPath = join(root, 'dist/node/built.json');

/** True when the build is missing or a source it lists (built.json) is newer; stops at the first newer file. */
function stale() {
  const stamp = statSync(stampPath, { throwIfNoEntry: false });
  if (!stamp) return true;
  let sources;
  try {
    sources = JSON.parse(readFileSync(stampPath, 'utf8')).sources;
  } catch {
    return true;
  }
  const newer = (path) => {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return false;
    if (!st.isDirectory()) return st.mtimeMs > stamp.mtimeMs;
    return readdirSync(path, { withFileTypes: true }).some(
      (e) => !(e.isFile() && /\.test\.tsx?$/.test(e.name)) && newer(join(path, e.name)),
    );
  };
  return !Array.isArray(sources) || sources.some((s) => newer(join(root, s)));
}

if (existsSync(join(root, '.git')) ? stale() : !existsSync(stampPath)) {
  try {
    const { buildNode } = await import('../scripts/build-node.mjs');
    await buildNode({ quiet: true });
  } catch (err) {
    process.stderr.write(
      `tidemark: internal: could not build the command (${err instanceof Error ? err.message : String(err)})\n`,
    );
    process.exit(1);
  }
}
await import('../dist/node/tidemark.mjs');
