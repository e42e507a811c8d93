#!/usr/bin/env node
// Runs the compiled `tidemark` command (dist/node, built by `npm install`'s prepare step). In a git
// checkout it first rebuilds when a source is newer than the build (a few ms to check), so an edit
// is never run stale; an installed package runs what it shipped.
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const built = new URL('dist/node/tidemark.mjs', root);
if (existsSync(new URL('.git', root)) || !existsSync(built)) {
  try {
    const { buildNode, isStale } = await import('../scripts/build-node.mjs');
    if (isStale()) await buildNode({ quiet: true });
  } catch (err) {
    process.stderr.write(`tidemark: internal: could not build the command (${err instanceof Error ? err.message : String(err)})\n`);
    process.exit(1);
  }
}
await import(built.href);
