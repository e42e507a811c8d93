import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

/** The yardstick: the sqlite3 command line's own `.import --csv` into a table with no indexes. */
export function sqliteCliImport(dbPath: string, csvPath: string): { seconds: number; rows: number; bytes: number } {
  const which = spawnSync('sqlite3', ['-version']);
  if (which.error)
    throw new Error(
      'The sqlite3 command line is missing; install it (apt-get install -y sqlite3) and run the benchmark again.',
    );
  const started = performance.now();
  const r = spawnSync('sqlite3', [dbPath, `.import --csv ${csvPath} t`], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`sqlite3 .import failed: ${r.stderr}`);
  const rows = Number(spawnSync('sqlite3', [dbPath, 'SELECT count(*) FROM t'], { encoding: 'utf8' }).stdout.trim());
  return { seconds, rows, bytes: statSync(dbPath).size };
}
