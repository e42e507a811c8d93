// Second reader's entry for hosts that run from TypeScript source (CLI, browser host, tests,
// benchmarks): tsx compiles the real worker on the fly, like export-worker-source.mjs.
import { register } from 'tsx/esm/api';

register();
await import('./parquet-lines-worker.ts');
