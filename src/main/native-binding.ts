import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI, built by `npm run build:native-electron`. node_modules
 * holds the build for plain Node (tests, CLI, browser host), which Electron cannot load. Undefined
 * means "use the default build", which is right when node_modules was rebuilt for Electron instead.
 */
export function nativeBindingPath(
  resourcesDir: string,
  modules: string = process.versions.modules,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const candidate = join(resourcesDir, 'native', `better_sqlite3-abi${modules}.node`);
  return exists(candidate) ? candidate : undefined;
}
