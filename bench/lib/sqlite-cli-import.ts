import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

/**
 * The yardstick: the sqlite3 command line's own `.import --csv` into a table with no indexes. Given
 * parts of one file, each is imported into the same table (the first creates it from its header).
 */
export function sqliteCliImport(
  dbPath: string,
  csvPath: string | string[],
): { seconds: number; rows: number; bytes: number } {
  const which = spawnSync('sqlite3', ['-version']);
  if (which.error)
    throw new Error(
      'The sqlite3 command line is missing; install it (apt-get install -y sqlite3) and run the benchmark again.',
    );
  const started = performance.now();
  const parts = typeof csvPath === 'string' ? [csvPath] : csvPath;
  const commands = parts.map((p, i) => `.import --csv${i > 0 ? ' --skip 1' : ''} ${p} t`);
  const r = spawnSync('sqlite3', [dbPath, ...commands], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`sqlite3 .import failed: ${r.stderr}`);
  const rows = Number(spawnSync('sqlite3', [dbPath, 'SELECT count(*) FROM t'], { encoding: 'utf8' }).stdout.trim());
  return { seconds, rows, bytes: statSync(dbPath).size };
}
