import { createHash } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { migrate } from '../db/migrate';
import { openDb, type Db } from '../db/open';
import { importFile } from '../import/pipeline/run-import';
import { writeSyntheticCsv } from './synthetic-csv';

const TABLES = [
  'import_batch',
  'trade_record',
  'rejected_row',
  'description',
  'import_warning',
  'summary_total',
  'batch_scope',
];

/** What a corpus of malformed files did to an import: the figures `npm run reliability` prints. */
export type FuzzFigures = {
  files: number;
  imported: number;
  typedErrors: number;
  byCode: Record<string, number>;
  /** Each a sentence naming the file: anything here is a defect. */
  untypedErrors: string[];
  databaseChanges: string[];
  unsound: string[];
  slow: string[];
};

/** Every row of every table an import writes, hashed: a failed import must not move it. */
export function checksum(db: Db): string {
  const h = createHash('sha256');
  // Sorted in JS: some of these tables have no rowid to order by.
  for (const t of TABLES)
    h.update(
      JSON.stringify(
        db
          .prepare(`SELECT * FROM ${t}`)
          .raw()
          .all()
          .map((r) => JSON.stringify(r))
          .sort(),
      ),
    );
  return h.digest('hex');
}

/**
 * Imports each file into its own copy of a database that already holds a batch: each must import with
 * its rows accounted for, or fail with an AppError and leave the database exactly as it was, within
 * `timeLimitMs`, the database passing integrity_check either way.
 */
export function fuzzImport(files: string[], workDir: string, timeLimitMs = 2000): FuzzFigures {
  const template = join(workDir, 'fuzz-template.sqlite');
  const seed = openDb(template);
  migrate(seed, () => {});
  importFile(seed, { path: writeSyntheticCsv(join(workDir, 'fuzz-seed.csv'), 50) }, {}, () => {});
  seed.close();
  const out: FuzzFigures = {
    files: files.length,
    imported: 0,
    typedErrors: 0,
    byCode: {},
    untypedErrors: [],
    databaseChanges: [],
    unsound: [],
    slow: [],
  };
  for (const [n, file] of files.entries()) {
    const path = join(workDir, `fuzz-${n}.sqlite`);
    copyFileSync(template, path);
    const db = openDb(path);
    const before = checksum(db);
    const started = performance.now();
    try {
      const r = importFile(db, { path: file }, {}, () => {});
      out.imported++;
      const listed = db.prepare('SELECT count(*) FROM rejected_row WHERE batch_id = ?').pluck().get(r.batchId);
      if (r.rowsRead !== r.rowsImported + r.rowsRejected + r.rowsSkipped || listed !== r.rowsRejected)
        out.unsound.push(`${file}: its counts do not add up`);
    } catch (err) {
      if (err instanceof AppError) {
        out.typedErrors++;
        out.byCode[err.code] = (out.byCode[err.code] ?? 0) + 1;
      } else out.untypedErrors.push(`${file}: ${(err as Error).message}`);
      if (checksum(db) !== before) out.databaseChanges.push(`${file} failed but changed the database`);
    }
    const ms = performance.now() - started;
    if (ms > timeLimitMs) out.slow.push(`${file} took ${Math.round(ms)} ms`);
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') out.unsound.push(`${file}: integrity_check failed`);
    db.close();
    rmSync(path);
  }
  return out;
}
