// vitest's global setup: the CLI tests run the compiled command (bin/tidemark.mjs → dist/node), so it
// is built once here, before test files run side by side, rather than by the first few of them at once.
import { buildNode, isStale } from './build-node.mjs';

export default async function setup() {
  if (isStale()) await buildNode({ quiet: true });
}
