import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, SCHEMA_VERSION } from '../db/migrate';
import { openDb, type Db } from '../db/open';
import { createSummaryMaintenance } from '../db/summary-repo';
import { insertPartnerSpans, spanWholeFile } from '../db/scope-repo';
import { familySql } from '../../shared/classification';
import type { Dataset } from './dataset-manifest';
import { dropIndexesForBulk } from '../import/pipeline/bulk-indexes';
import { copyDatasetRows } from './dataset-rows';
import type { DatasetProgress } from './dataset-progress';

/**
 * Where a dataset's local copy lives: named by its manifest's hash (a re-export gets a fresh copy) and
 * this Tidemark's schema (a newer Tidemark builds its own rather than read an older one's).
 */
export const datasetCachePath = (cacheDir: string, dataset: Dataset) =>
  join(cacheDir, `dataset-v${SCHEMA_VERSION}-${dataset.sha256.slice(0, 24)}.sqlite`);

/**
 * The SQLite copy a dataset is read through: DuckDB reads the Parquet files, and their rows, batches
 * and scope go into a Tidemark database of the current schema, whose summaries are then built by the
 * same code an import uses. So the dashboard, series, breakdowns, brief and grid compute every figure
 * one way, whatever the source. Built into a temporary file and renamed into place when whole (a
 * failure leaves nothing); reused while the manifest is unchanged. Nothing changes its records: the
 * core refuses every change (CoreOptions.readOnly); only the grid's sort indexes are added on use.
 */
export async function ensureDatasetCache(
  dataset: Dataset,
  cacheDir: string,
  progress: DatasetProgress = () => {},
): Promise<string> {
  const path = datasetCachePath(cacheDir, dataset);
  if (existsSync(path)) return path;
  mkdirSync(cacheDir, { recursive: true });
  const building = `${path}.building-${process.pid}`;
  for (const p of [building, `${building}-journal`]) rmSync(p, { force: true });
  try {
    const db = openDb(building);
    try {
      migrate(db, () => {});
      // A file no one reads until it is renamed into place: a crash only means building it again.
      db.pragma('synchronous = OFF');
      db.transaction(() => writeBatches(db, dataset))();
      // The rows go into the table bare and the indexes are built after them, each in one sort, as an
      // import into an empty table does (bulk-indexes.ts): with the indexes in place, 1M rows took 15 s.
      // Unlike an import, the drop, the rows and the rebuild are separate transactions: nothing reads
      // this file before it is renamed into place, and a failure removes it whole.
      const bulk = db.transaction(() => dropIndexesForBulk(db, 'always', dataset.manifest.rows))();
      const sums = await copyDatasetRows(db, dataset, progress);
      // The steps after the rows took about 5 s at 1M: each is said, so the bar does not stand still.
      const rows = dataset.manifest.rows;
      db.transaction(() => {
        progress({ step: 'indexes', done: rows, total: rows });
        bulk.restore();
        bulk.end();
        progress({ step: 'summaries', done: rows, total: rows });
        deriveScopeLists(db, dataset.manifest);
        // Summed by DuckDB as an import sums its file: grouped from the table, 1M rows took 3.4 s.
        createSummaryMaintenance(db).addRows(sums);
      })();
      progress({ step: 'statistics', done: rows, total: rows });
      db.exec('ANALYZE');
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    renameSync(building, path);
    return path;
  } catch (err) {
    for (const p of [building, `${building}-wal`, `${building}-shm`]) rmSync(p, { force: true });
    throw err;
  }
}

function writeBatches(db: Db, { manifest }: Dataset): void {
  const batch = db.prepare(`INSERT INTO import_batch (id, file_name, sha256, size, format, encoding, options, rows_read,
    rows_imported, started_at, finished_at, status) VALUES (?, ?, ?, 0, ?, '', '{}', ?, ?, ?, ?, 'imported')`);
  const scope = db.prepare(`INSERT INTO batch_scope (batch_id, reporter, flow, freq, period, period_months, family,
    partners_all, goods_all, inferred) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const b of manifest.batches) {
    const at = b.importedAt ?? manifest.exportedAt;
    batch.run(b.id, b.fileName, b.sha256, b.format, b.rows, b.rows, at, at);
    for (const s of b.scope)
      for (const period of s.periods)
        scope.run(
          b.id,
          s.reporter,
          s.flow,
          s.freq,
          period,
          s.periodMonths,
          s.family,
          +s.allPartners,
          +s.allGoods,
          +s.inferred,
        );
  }
}

/**
 * The partners and codes each batch lists, and the currencies it holds, as an import records them: those its rows hold, each over
 * the periods it is named in (a GACC download's over the whole file). Distinct ids first, then their
 * texts: through the view, every row's texts were joined (1M rows: 1.0 s).
 */
function deriveScopeLists(db: Db, manifest: Dataset['manifest']): void {
  insertPartnerSpans(db, '1 = 1');
  db.exec(`INSERT INTO batch_scope_code (batch_id, family, code, freq, first_period, last_period)
      SELECT batch_id, family, code, freq, MIN(period), MAX(period) FROM (
        SELECT r.batch_id, ${familySql('k.text')} AS family, c.text AS code, f.text AS freq, p.text AS period
        FROM (SELECT DISTINCT batch_id, classification_id, code_id, freq_id, period_id FROM trade_row) r
          JOIN dim_classification k ON k.id = r.classification_id JOIN dim_code c ON c.id = r.code_id
          JOIN dim_freq f ON f.id = r.freq_id JOIN dim_period p ON p.id = r.period_id
        WHERE c.text <> 'TOTAL')
      GROUP BY batch_id, family, code, freq`);
  for (const b of manifest.batches) if (b.format === 'gacc') spanWholeFile(db, b.id);
  db.exec(`INSERT INTO batch_currency (batch_id, currency)
      SELECT r.batch_id, c.text FROM (SELECT DISTINCT batch_id, currency_id FROM trade_row) r
        JOIN dim_currency c ON c.id = r.currency_id`);
}
