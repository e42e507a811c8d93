// Parser worker entry for hosts that run from TypeScript source (CLI, browser host, tests): tsx
// compiles the real worker on the fly, like import-worker-source.mjs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
try {
  await import('./parse-worker.ts');
} catch (err) {
  // The writer's thread is blocked waiting for a message: without one it would wait until cancelled.
  workerData.port.postMessage({ type: 'error', code: null, message: String(err?.stack ?? err) });
  const control = new Int32Array(workerData.control);
  Atomics.add(control, 0, 1);
  Atomics.notify(control, 0);
}
