// The compiled `tidemark` command's entry (scripts/build-node.mjs → dist/node/tidemark.mjs).
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
