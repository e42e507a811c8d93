import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, SCHEMA_VERSION } from '../db/migrate';
import { openDb, type Db } from '../db/open';
import { FAMILY_SQL, createSummaryMaintenance } from '../db/summary-repo';
import { AppError } from '../../shared/errors';
import { loadDuckDb } from '../export/duckdb';
import type { Dataset } from './dataset-manifest';
import { Dictionaries, type Dimension } from '../db/record-dims';

/** Rows per insert transaction step while the copy is built (the whole build is still one file, renamed when done). */
const PROGRESS_ROWS = 100_000;

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
  progress: (rows: number, total: number) => void = () => {},
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
      await copyRows(db, dataset, progress);
      db.transaction(() => {
        deriveScopeLists(db);
        createSummaryMaintenance(db).rebuild();
      })();
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
  const partner = db.prepare('INSERT OR IGNORE INTO batch_scope_partner (batch_id, partner) VALUES (?, ?)');
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
    for (const p of b.partnersListed ?? []) partner.run(b.id, p);
  }
}

/** The partners and codes each batch lists, as an import records them: those its rows hold. */
function deriveScopeLists(db: Db): void {
  db.exec(`INSERT OR IGNORE INTO batch_scope_partner (batch_id, partner) SELECT DISTINCT batch_id, partner FROM trade_record;
    INSERT OR IGNORE INTO batch_scope_code (batch_id, family, code)
      SELECT DISTINCT batch_id, ${FAMILY_SQL}, code FROM trade_record WHERE code <> 'TOTAL'`);
}

const sqlText = (s: string) => s.replace(/'/g, "''");

/**
 * The rows, in batch and source-row order (ids ascend by batch, as imports leave them). value_milli
 * goes back to the fewest decimals that hold it exactly, as a file would have written it.
 */
async function copyRows(db: Db, { dir, manifest }: Dataset, progress: (rows: number, total: number) => void) {
  const source =
    manifest.layoutVersion >= 2
      ? "coalesce(source_sheet, '') AS source_sheet, CAST(source_row AS INTEGER) AS source_row"
      : "'' AS source_sheet, 0 AS source_row";
  const { DuckDBInstance } = loadDuckDb();
  const duck = await DuckDBInstance.create(':memory:');
  const con = await duck.connect();
  const insert =
    db.prepare(`INSERT INTO trade_row (reporter_id, partner_id, flow_id, period_id, freq_id, classification_id,
    code_id, description_id, value, value_exp, currency_id, quantity, unit_id, quantity2, unit2_id, regime_id, province_id,
    mot_id, partner2_id, partner_raw_id, is_aggregate, period_months, batch_id, source_sheet_id, source_row)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const describe = db
    .prepare('INSERT INTO description (text) VALUES (?) ON CONFLICT (text) DO UPDATE SET text = text RETURNING id')
    .pluck();
  const descriptions = new Map<string, number>();
  // Each dimension's text -> id, by its place in the row read from the Parquet files.
  const dims = new Dictionaries(db);
  const DIMS: [number, Dimension][] = [
    [0, 'reporter'],
    [1, 'partner'],
    [2, 'flow'],
    [3, 'period'],
    [4, 'freq'],
    [5, 'classification'],
    [6, 'code'],
    [10, 'currency'],
    [12, 'unit'],
    [14, 'unit2'],
    [15, 'regime'],
    [16, 'province'],
    [17, 'mot'],
    [18, 'partner2'],
    [19, 'partner_raw'],
    [23, 'source_sheet'],
  ];
  try {
    if (manifest.files.length === 0) return;
    progress(0, manifest.rows);
    const files = manifest.files.map((f) => `'${sqlText(join(dir, f.path))}'`).join(', ');
    const result = await con.stream(`SELECT reporter, partner, flow, period, freq, classification, code, description,
        CASE WHEN value_milli % 1000 = 0 THEN value_milli // 1000 WHEN value_milli % 100 = 0 THEN value_milli // 100
          WHEN value_milli % 10 = 0 THEN value_milli // 10 ELSE value_milli END AS value,
        CAST(CASE WHEN value_milli % 1000 = 0 THEN 0 WHEN value_milli % 100 = 0 THEN 1 WHEN value_milli % 10 = 0 THEN 2 ELSE 3 END AS INTEGER) AS value_exp,
        currency, quantity, unit, quantity2, unit2, regime, province, mode_of_transport, partner2, partner_raw,
        CAST(is_aggregate AS INTEGER), CAST(period_months AS INTEGER), CAST(batch_id AS INTEGER), ${source}
      FROM read_parquet([${files}], hive_partitioning = true) ORDER BY batch_id, source_row, period, partner, code`);
    let rows = 0;
    let open = false;
    const begin = () => {
      db.exec('BEGIN');
      open = true;
    };
    const commit = () => {
      db.exec('COMMIT');
      open = false;
    };
    try {
      begin();
      for await (const chunk of result.yieldRowsJs()) {
        for (const r of chunk) {
          const text = r[7] as string | null;
          let id: number | null = null;
          if (text !== null) {
            id = descriptions.get(text) ?? null;
            if (id === null) descriptions.set(text, (id = describe.get(text) as number));
          }
          r[7] = id;
          for (const [i, column] of DIMS) r[i] = dims.id(column, r[i] as string | null);
          insert.run(r as unknown[]);
          if (++rows % PROGRESS_ROWS === 0) {
            commit();
            progress(rows, manifest.rows);
            begin();
          }
        }
      }
      commit();
    } finally {
      if (open) db.exec('ROLLBACK');
    }
    progress(rows, manifest.rows);
    if (rows !== manifest.rows)
      throw new AppError(
        'dataset_invalid',
        `${dir} holds ${rows} rows where its _tidemark.json says ${manifest.rows}. Export it again, or copy the whole folder.`,
      );
  } finally {
    con.closeSync();
    duck.closeSync();
  }
}
