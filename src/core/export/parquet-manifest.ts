import type { Db } from '../db/open';
import { ALL_COLUMNS, PARQUET_LAYOUT_VERSION, PARTITION_COLUMNS, SUMMING_RULES } from './parquet-schema';

export const MANIFEST_FILE = '_tidemark.json';
export type ParquetFile = { path: string; rows: number; bytes: number };

type ScopeGroup = {
  reporter: string;
  flow: string;
  freq: string;
  periodMonths: number;
  family: string;
  allPartners: boolean;
  allGoods: boolean;
  inferred: boolean;
  periods: string[];
};
type BatchEntry = {
  id: number;
  fileName: string;
  format: string;
  sha256: string;
  importedAt: string | null;
  rows: number;
  scope: ScopeGroup[];
  partnersListed?: string[];
};

/**
 * `_tidemark.json`: what a reader needs beside the Parquet files. The schema version (the database's
 * user_version) and the layout version; every batch whose rows are in the export, with its file,
 * row count and scope (per reporter, flow and family: which periods it covers, for all partners and
 * all goods or only those listed); each file with its rows; each column with its type and meaning.
 * `batchRows`: the rows exported of each batch (a batch with none is left out).
 */
export function buildManifest(
  db: Db,
  written: { schemaVersion: number; rows: number; files: ParquetFile[]; batchRows: Map<number, number> },
) {
  const counts = written.batchRows;
  const batches = db
    .prepare('SELECT id, file_name, format, sha256, finished_at FROM import_batch ORDER BY id')
    .raw()
    .all() as [number, string, string, string, string | null][];
  const scopeOf = db
    .prepare(
      `SELECT reporter, flow, freq, period_months, family, partners_all, goods_all, inferred, period FROM batch_scope
    WHERE batch_id = ? ORDER BY reporter, flow, freq, period_months, family, partners_all, goods_all, inferred, period`,
    )
    .raw();
  const partnersOf = db
    .prepare('SELECT DISTINCT partner FROM batch_scope_partner WHERE batch_id = ? ORDER BY partner')
    .pluck();
  const entries: BatchEntry[] = [];
  for (const [id, fileName, format, sha256, importedAt] of batches) {
    const rows = counts.get(id) ?? 0;
    if (rows === 0) continue;
    const scope: ScopeGroup[] = [];
    for (const [reporter, flow, freq, periodMonths, family, all, goods, inferred, period] of scopeOf.all(id) as [
      string,
      string,
      string,
      number,
      string,
      number,
      number,
      number,
      string,
    ][]) {
      const last = scope[scope.length - 1];
      const same =
        last &&
        last.reporter === reporter &&
        last.flow === flow &&
        last.freq === freq &&
        last.periodMonths === periodMonths &&
        last.family === family &&
        last.allPartners === (all === 1) &&
        last.allGoods === (goods === 1) &&
        last.inferred === (inferred === 1);
      if (same) last.periods.push(period);
      else
        scope.push({
          reporter,
          flow,
          freq,
          periodMonths,
          family,
          allPartners: all === 1,
          allGoods: goods === 1,
          inferred: inferred === 1,
          periods: [period],
        });
    }
    const entry: BatchEntry = { id, fileName, format, sha256, importedAt, rows, scope };
    if (scope.some((s) => !s.allPartners)) entry.partnersListed = partnersOf.all(id) as string[];
    entries.push(entry);
  }
  return {
    producer: 'Tidemark',
    schemaVersion: written.schemaVersion,
    layoutVersion: PARQUET_LAYOUT_VERSION,
    exportedAt: new Date().toISOString(),
    partitioning: {
      style: 'hive',
      keys: PARTITION_COLUMNS.map((c) => c.name),
      pattern: 'reporter=XXX/year=YYYY/part-N.parquet',
    },
    value: {
      column: 'value_milli',
      unit: 'thousandths of the currency unit (milli-units), exact INT64; the currency is in column currency',
    },
    rows: written.rows,
    columns: ALL_COLUMNS.map((c) => ({
      name: c.name,
      type: c.type === 'VARCHAR' ? 'STRING (UTF-8)' : c.type === 'BIGINT' ? 'INT64' : c.type,
      meaning: c.meaning,
    })),
    summing: SUMMING_RULES,
    batches: entries,
    files: written.files,
  };
}
