// The bundled sample (resources/sample), imported into a host's first database so the app opens on real
// data. One owner for both hosts: Electron main and the browser host name the resources folder and pass
// `seed` to the core; the core seeds a database it has just created, and nothing else.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../shared/errors';
import { SAMPLE_FILE_NAME } from '../shared/sample';

/** A canonical CSV to import into a database the core has just created. */
export type SampleSeed = { path: string; name: string };

/**
 * How the bundled sample is imported: it holds every good of each month it holds (headline totals, and
 * the four items VOA itemised for November 2020), which a CSV cannot say.
 */
export const SAMPLE_IMPORT_OPTIONS = { goods: 'all' } as const;

/** The bundled sample under a resources folder, or undefined where it is not there (a trimmed build). */
export function bundledSample(resourcesDir: string): SampleSeed | undefined {
  const path = join(resourcesDir, 'sample', SAMPLE_FILE_NAME);
  return existsSync(path) ? { path, name: SAMPLE_FILE_NAME } : undefined;
}

/** Imports the seed through the core's own dispatch; a failure is logged, never thrown: the app still opens. */
export async function seedSample(
  dispatch: (method: 'importFiles', input: unknown) => Promise<Result<unknown>>,
  seed: SampleSeed,
  log: (message: string) => void,
): Promise<void> {
  const r = await dispatch('importFiles', {
    files: [{ path: seed.path, name: seed.name }],
    options: SAMPLE_IMPORT_OPTIONS,
  });
  if (!r.ok) log(`could not load the sample dataset: ${r.error.message}`);
}
