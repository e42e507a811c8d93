import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { familyOf, TOTAL_CODE } from '../../shared/classification';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { Dictionaries, type Dimension } from '../db/record-dims';
import type { SummaryRow } from '../db/summary-delta';
import { duckText, loadDuckDb } from '../export/duckdb';
import type { Dataset } from './dataset-manifest';
import type { DatasetProgress } from './dataset-progress';

/**
 * DuckDB's memory while it reads and sorts the rows; past it the sort spills to a temporary folder.
 * 5M rows, the open's peak RSS: 943 MB without a limit, 768 MB at 512 MB, 524 MB at 256 MB, for
 * 61-90 s whichever (load 4-6). Without one, 50M rows would want several GB.
 */
const DUCKDB_MEMORY = '256MB';

/** Rows per insert transaction step while the copy is built (the whole build is still one file, renamed when done). */
const PROGRESS_ROWS = 100_000;

/** The texts a row names, each read through its dictionary: the Parquet column and trade_row's id column. */
const TEXTS: [column: string, dimension: Dimension | 'description'][] = [
  ['reporter', 'reporter'],
  ['partner', 'partner'],
  ['flow', 'flow'],
  ['period', 'period'],
  ['freq', 'freq'],
  ['classification', 'classification'],
  ['code', 'code'],
  ['description', 'description'],
  ['currency', 'currency'],
  ['unit', 'unit'],
  ['unit2', 'unit2'],
  ['regime', 'regime'],
  ['province', 'province'],
  ['mode_of_transport', 'mot'],
  ['partner2', 'partner2'],
  ['partner_raw', 'partner_raw'],
  ['source_sheet', 'source_sheet'],
];

/**
 * Copies a dataset's rows into trade_row, in batch and source-row order (ids ascend by batch, as
 * imports leave them), and returns their sums for the summary tables, in the shape an import's
 * sums take (summary-delta.ts), grouped by DuckDB with exact (HUGEINT) sums.
 *
 * Each column's distinct texts are given their dictionary ids first, and DuckDB joins the ids onto
 * the rows, so the rows come across as numbers: 1M rows took 11.8 s with every text decoded and
 * looked up per row. value_milli goes back to the fewest decimals that hold it exactly, as a file
 * would have written it.
 */
export async function copyDatasetRows(
  db: Db,
  { dir, manifest }: Dataset,
  progress: DatasetProgress,
): Promise<SummaryRow[]> {
  if (manifest.files.length === 0) return [];
  const { DuckDBInstance } = loadDuckDb();
  // The sort by batch and row spills to disk past this, rather than hold every row in memory.
  const spill = mkdtempSync(join(tmpdir(), 'tidemark-dataset-spill-'));
  const duck = await DuckDBInstance.create(':memory:', { temp_directory: spill, memory_limit: DUCKDB_MEMORY });
  const con = await duck.connect();
  try {
    progress({ step: 'rows', done: 0, total: manifest.rows });
    const files = manifest.files.map((f) => `'${duckText(join(dir, f.path))}'`).join(', ');
    const source =
      manifest.layoutVersion >= 2
        ? "* REPLACE (coalesce(source_sheet, '') AS source_sheet, CAST(source_row AS INTEGER) AS source_row)"
        : "*, '' AS source_sheet, 0 AS source_row";
    // Partition values stay text (reporter=156 is a code, not a number).
    await con.run(
      `CREATE VIEW src AS SELECT ${source} FROM read_parquet([${files}], hive_partitioning = true, hive_types_autocast = false)`,
    );
    await numberTexts(db, con);
    const joins = TEXTS.map(([c], i) => `LEFT JOIN ids_${i} ON ids_${i}.t = src.${c}`).join(' ');
    const result = await con.stream(`SELECT ${TEXTS.map((_, i) => `ids_${i}.id`).join(', ')},
        CASE WHEN value_milli % 1000 = 0 THEN value_milli // 1000 WHEN value_milli % 100 = 0 THEN value_milli // 100
          WHEN value_milli % 10 = 0 THEN value_milli // 10 ELSE value_milli END AS value,
        CAST(CASE WHEN value_milli % 1000 = 0 THEN 0 WHEN value_milli % 100 = 0 THEN 1 WHEN value_milli % 10 = 0 THEN 2 ELSE 3 END AS INTEGER) AS value_exp,
        quantity, quantity2, CAST(is_aggregate AS INTEGER), CAST(period_months AS INTEGER), CAST(batch_id AS INTEGER), src.source_row
      FROM src ${joins} ORDER BY batch_id, src.source_row, src.period, src.partner, src.code`);
    const insert =
      db.prepare(`INSERT INTO trade_row (reporter_id, partner_id, flow_id, period_id, freq_id, classification_id,
      code_id, description_id, currency_id, unit_id, unit2_id, regime_id, province_id, mot_id, partner2_id, partner_raw_id,
      source_sheet_id, value, value_exp, quantity, quantity2, is_aggregate, period_months, batch_id, source_row)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    let rows = 0;
    db.exec('BEGIN');
    try {
      for await (const chunk of result.yieldRowsJs()) {
        for (const r of chunk) {
          insert.run(r);
          if (++rows % PROGRESS_ROWS === 0) {
            db.exec('COMMIT');
            progress({ step: 'rows', done: rows, total: manifest.rows });
            db.exec('BEGIN');
          }
        }
      }
      db.exec('COMMIT');
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK');
    }
    progress({ step: 'rows', done: rows, total: manifest.rows });
    if (rows !== manifest.rows)
      throw new AppError('dataset_invalid', {
        key: 'dataset.rowCount',
        params: { dir, rows: String(rows), expected: String(manifest.rows) },
      });
    progress({ step: 'sums', done: rows, total: manifest.rows });
    return await summed(con);
  } finally {
    con.closeSync();
    duck.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}

/**
 * Gives each column's distinct texts their ids in the SQLite dictionaries, and hands DuckDB the pairs
 * (table ids_N, for TEXTS[N]) to join.
 */
async function numberTexts(db: Db, con: DuckDBConnection): Promise<void> {
  const dims = new Dictionaries(db);
  const describe = db
    .prepare('INSERT INTO description (text) VALUES (?) ON CONFLICT (text) DO UPDATE SET text = text RETURNING id')
    .pluck();
  for (const [i, [column, dimension]] of TEXTS.entries()) {
    const distinct = (
      await (await con.run(`SELECT DISTINCT ${column} FROM src WHERE ${column} IS NOT NULL`)).getRowsJS()
    ).map((r) => String(r[0]));
    const ids = new Map<number, string>();
    db.transaction(() => {
      for (const text of distinct)
        ids.set(dimension === 'description' ? (describe.get(text) as number) : dims.id(dimension, text)!, text);
    })();
    await con.run(`CREATE TEMP TABLE ids_${i} (t VARCHAR, id INTEGER)`);
    const appender = await con.createAppender(`ids_${i}`);
    for (const [id, text] of ids) {
      appender.appendVarchar(text);
      appender.appendInteger(id);
      appender.endRow();
    }
    appender.closeSync();
  }
}

/**
 * The rows' sums per summary cell and shape (summary-delta.ts's SummaryRow: reporter, partner, flow,
 * freq, period, currency, months, family, classification, level, slice, milli, rows), in summary_total's
 * key order so the upserts walk its B-tree in order.
 */
async function summed(con: DuckDBConnection): Promise<SummaryRow[]> {
  const rows = await (
    await con.run(`SELECT reporter, partner, flow, CASE freq WHEN 'year' THEN 'year' ELSE 'month' END AS freq, period,
        currency, CAST(period_months AS INTEGER) AS months, classification,
        CASE WHEN code = '${TOTAL_CODE}' THEN 0 ELSE length(code) END AS level,
        (regime IS NOT NULL)::INTEGER | ((province IS NOT NULL)::INTEGER << 1) | ((mode_of_transport IS NOT NULL)::INTEGER << 2)
          | ((partner2 IS NOT NULL)::INTEGER << 3) AS slice,
        SUM(value_milli::HUGEINT) AS milli, COUNT(*) AS n
      FROM src GROUP BY ALL ORDER BY ALL`)
  ).getRowsJS();
  return rows.map(
    ([reporter, partner, flow, freq, period, currency, months, classification, level, slice, milli, n]) => [
      String(reporter),
      String(partner),
      String(flow),
      String(freq),
      String(period),
      String(currency),
      Number(months),
      familyOf(String(classification)),
      String(classification),
      Number(level),
      Number(slice),
      BigInt(milli as bigint),
      BigInt(n as bigint),
    ],
  );
}
