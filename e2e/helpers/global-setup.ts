import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** One build for the whole run (scripts/web.mjs skips it when out/renderer is up to date). */
export default function globalSetup(): void {
  const build = spawnSync(process.execPath, [join(root, 'scripts/web.mjs'), '--build-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('Building the renderer for the e2e tests failed; see the output above.');
}
