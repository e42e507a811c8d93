// One Tidemark import end to end, as a user runs it: the `tidemark import` command as it ships
// (scripts/build-node.mjs's dist/node, its workers bundled, no TypeScript compiler in any thread),
// in its own process, so its wall time, CPU and peak RSS are its own. Running the sources through tsx
// instead put the compiler in each of three threads: about 55 MB more peak RSS at 1M rows.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export type TidemarkImport = {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  report: { files: { status: string; rowsRead: number; rowsImported: number; error?: { message: string } | null }[] };
};

/**
 * Imports the files, in order, into the database (created if absent). `all`: the files hold every
 * good and partner of their months (--goods all --partners all), as the generated customs files do.
 * `threads`: parser threads (TIDEMARK_PARSE_THREADS), else the import's default.
 */
export function tidemarkCliImport(
  dbPath: string,
  files: string[],
  { all = true, threads }: { all?: boolean; threads?: number } = {},
): TidemarkImport {
  execFileSync(process.execPath, [join(root, 'scripts/build-node.mjs'), '--if-stale'], { stdio: 'inherit' });
  const args = [
    '--import',
    join(root, 'bench/lib/exit-usage.mjs'),
    join(root, 'dist/node/tidemark.mjs'),
    'import',
    ...files,
    '--db',
    dbPath,
    ...(all ? ['--goods', 'all', '--partners', 'all'] : []),
    '--json',
  ];
  const started = performance.now();
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    // A benchmark measures however long the import takes: no 30-minute stop.
    env: {
      ...process.env,
      TIDEMARK_IMPORT_MINUTES: String(7 * 24 * 60),
      ...(threads ? { TIDEMARK_PARSE_THREADS: String(threads) } : {}),
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const usage = /tidemark-usage (\{.*\})/.exec(r.stderr ?? '')?.[1];
  if (r.error || !usage || !r.stdout.trim())
    throw new Error(`tidemark import failed (exit ${r.status}): ${r.error?.message ?? r.stderr}`);
  const report = JSON.parse(r.stdout.trim().split('\n').pop()!) as TidemarkImport['report'];
  return { seconds, ...(JSON.parse(usage) as { cpuSeconds: number; peakRssMb: number }), report };
}
