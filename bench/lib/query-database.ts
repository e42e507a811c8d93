import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from '../../src/core/db/migrate';
import { openDb } from '../../src/core/db/open';
import { importFile } from '../../src/core/import/pipeline/run-import';
import { generateCustomsCsv } from './generate-customs-csv';

/**
 * The generated CSV of `rows` rows and the database bench:query builds from it and keeps in `dataDir`
 * (the file holds every good and partner of its months), each made only if missing.
 */
export function queryDatabase(dataDir: string, rows: number): { csv: string; dbPath: string } {
  const csv = join(dataDir, `customs-${rows}.csv`);
  const dbPath = join(dataDir, `query-${rows}.sqlite`);
  generateCustomsCsv(csv, rows);
  if (!existsSync(dbPath)) {
    const db = openDb(dbPath);
    migrate(db, () => {});
    importFile(db, { path: csv }, { goods: 'all', partners: 'all' }, () => {});
    db.close();
  }
  return { csv, dbPath };
}
