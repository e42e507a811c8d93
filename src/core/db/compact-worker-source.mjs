// Worker entry for hosts that run from TypeScript source (CLI, browser host, tests): tsx compiles
// the real worker on the fly. Electron builds bundle compact-worker.ts directly instead.
import { register } from 'tsx/esm/api';

register();
await import('./compact-worker.ts');
