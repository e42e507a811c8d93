import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the local copies of opened Parquet datasets are kept: TIDEMARK_CACHE_DIR when set, else the
 * platform's cache folder (a copy can always be built again from its dataset, so it is cache, not data).
 * The desktop app passes its own user-data folder instead.
 */
export function datasetCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.TIDEMARK_CACHE_DIR) return join(env.TIDEMARK_CACHE_DIR, 'datasets');
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Tidemark', 'datasets');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Tidemark', 'datasets');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'tidemark', 'datasets');
}
