// Worker entry for hosts that run from TypeScript source (tests, `tsx src/web/main.ts`): tsx compiles
// the real worker on the fly. dist/node has core-worker.mjs instead (scripts/build-node.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./core-worker.ts');
