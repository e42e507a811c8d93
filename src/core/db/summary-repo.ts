import type { Statement } from 'better-sqlite3';
import { compareEditions, familySql, TOTAL_CODE } from '../../shared/classification';
import { CodeTree } from '../analysis/code-tree';
import type { Db } from './open';
import { SummaryDelta, type SummaryRow, type SummaryRows } from './summary-delta';
import { CURRENT_ROW } from './current-row';
import { DIMENSIONS, idOfParam, textOf } from './record-dims';

export type GroupKey = { reporter: string; partner: string; flow: string; freq: string; period: string };

/** A row's split mask: customs procedure or trade mode, province, mode of transport, second partner. 0 is the total slice. */
/** SLICE_SQL on trade_row's ids. */
export const SLICE_IDS_SQL =
  '((regime_id IS NOT NULL) | ((province_id IS NOT NULL) << 1) | ((mot_id IS NOT NULL) << 2) | ((partner2_id IS NOT NULL) << 3))';
export const SLICE_SQL =
  '((regime IS NOT NULL) | ((province IS NOT NULL) << 1) | ((mot IS NOT NULL) << 2) | ((partner2 IS NOT NULL) << 3))';
/** 0 for TOTAL (all goods), else the code's length. */
export const LEVEL_SQL = "(CASE code WHEN 'TOTAL' THEN 0 ELSE length(code) END)";
export const FAMILY_SQL = familySql('classification');

const CELL_COLUMNS = 'reporter, partner, flow, freq, period, currency, period_months, family';
/** summary_total's columns, in the order a computed row holds them. */
const COLUMNS = `${CELL_COLUMNS}, row_count, total_milli, parts_milli, classification, editions, level, slice`;
type Int = number | bigint;
/** A summary_total row. Integers come as BigInt (safeIntegers): sums are exact past 2^53. */
export type CellRow = [
  string,
  string,
  string,
  string,
  string,
  string,
  Int,
  string,
  Int,
  Int,
  Int | null,
  string,
  number,
  Int | null,
  Int | null,
];
type ShapeRow = [string, string, string, string, string, string, Int, string, string, Int, Int, Int, Int];
/** A resolved cell: its summary_total row and, where resolved from its rows, its top-most codes (summary_code). */
type Resolved = { cell: CellRow; codes: [code: string, milli: bigint][] };

const PERIOD_INDEX = 'summary_total_period';
/**
 * Below this many groups the random index inserts cost little, and dropping an index makes every
 * prepared statement on the connection compile again.
 */
export const REBUILD_MIN_GROUPS = 10_000;
/**
 * Sums for at least a quarter as many cells as the table holds are cheaper with the covering index
 * built again: each upsert of a cell that exists moves its entry in the index (total_milli is in it).
 */
const REBUILD_SHARE = 4;

/**
 * Keeps summary_total equal to a full recomputation from the current records: per cell (reporter,
 * partner, flow, period, currency, months, classification family) the figure the rules give, a
 * reported total winning over the sum of its parts. A cell whose rows all share one shape (edition,
 * code level, split) is a plain sum, kept by adding deltas; any other is resolved from its rows
 * (CodeTree) whenever a write touches it. Every write path (import, supersede, edit, delete, revert)
 * calls one of these inside its own transaction, so a reader never sees records and summary disagree.
 * summary_code follows the cells resolved from their rows: written where they are, deleted with their group.
 */
export function createSummaryMaintenance(db: Db) {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  // Sums per cell and shape of the current rows where `where` (SQL on trade_row) holds, or of visible
  // rows a batch superseded: grouped by the dimensions' ids (an edition's id stands for its family
  // too), then named, so each row's texts are not looked up (record-dims.ts).
  const shapesSql = (where: string, rows: 'current' | 'superseded' = 'current') => `SELECT
      ${textOf('g', 'reporter')}, ${textOf('g', 'partner')}, ${textOf('g', 'flow')}, ${textOf('g', 'freq')},
      ${textOf('g', 'period')}, ${textOf('g', 'currency')}, g.period_months,
      (SELECT ${familySql('text')} FROM dim_classification WHERE id = g.classification_id) AS family,
      ${textOf('g', 'classification')}, g.level, g.slice, g.milli, g.n
    FROM (SELECT reporter_id, partner_id, flow_id, freq_id, period_id, currency_id, period_months, classification_id,
        (SELECT CASE text WHEN '${TOTAL_CODE}' THEN 0 ELSE length(text) END FROM dim_code WHERE id = code_id) AS level,
        ${SLICE_IDS_SQL} AS slice, SUM(value_milli) AS milli, COUNT(*) AS n
      FROM trade_row WHERE ${rows === 'current' ? CURRENT_ROW : 'superseded_by = ? AND deleted_by IS NULL'} AND (${where})
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) g
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`;
  const cellRows = db
    .prepare(
      `SELECT classification, code, ${SLICE_SQL} AS slice, value_milli AS milli FROM trade_record
    WHERE reporter = ? AND partner = ? AND flow = ? AND period = ? AND ${CURRENT_ROW}
      AND freq = ? AND currency = ? AND period_months = ? AND ${FAMILY_SQL} = ?`,
    )
    .safeIntegers(true);
  const insertTotal = db.prepare(
    `INSERT INTO summary_total (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCode =
    db.prepare(`INSERT INTO summary_code (reporter, partner, flow, freq, period, currency, period_months, family, classification, code, milli)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insert = ({ cell, codes }: Resolved) => {
    insertTotal.run(...cell);
    for (const [code, milli] of codes) insertCode.run(...cell.slice(0, 8), cell[11], code, milli);
  };
  // A shape the cell already has (same edition, level and split) adds; any other makes the cell mixed
  // (level NULL), to be resolved from its rows before the transaction ends.
  const upsert = db
    .prepare(
      `INSERT INTO summary_total (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
    ON CONFLICT (reporter, partner, flow, freq, period, currency, period_months, family) DO UPDATE SET
      row_count = row_count + excluded.row_count,
      total_milli = total_milli + excluded.total_milli,
      level = CASE WHEN level = excluded.level AND slice = excluded.slice AND classification = excluded.classification THEN level END,
      slice = CASE WHEN level = excluded.level AND slice = excluded.slice AND classification = excluded.classification THEN slice END
    RETURNING level IS NULL`,
    )
    .pluck();
  const groupWhere = 'reporter = ? AND partner = ? AND flow = ? AND freq = ? AND period = ?';
  // The same group's rows in trade_row, by the ids of its texts.
  const groupRows = (['reporter', 'partner', 'flow', 'freq', 'period'] as const)
    .map((c) => `${c}_id = ${idOfParam(c)}`)
    .join(' AND ');
  const deleteGroupTotal = db.prepare(`DELETE FROM summary_total WHERE ${groupWhere}`);
  const deleteGroupCodes = db.prepare(`DELETE FROM summary_code WHERE ${groupWhere}`);
  const dropEmpty = db.prepare('DELETE FROM summary_total WHERE row_count = 0');
  // The groups a batch touched: its own rows, and the rows it superseded (same keys by construction).
  const batchGroups =
    '(reporter, partner, flow, freq, period) IN (SELECT DISTINCT reporter, partner, flow, freq, period FROM trade_record WHERE batch_id = ? OR superseded_by = ?)';
  const batchRows =
    '(reporter_id, partner_id, flow_id, freq_id, period_id) IN (SELECT DISTINCT reporter_id, partner_id, flow_id, freq_id, period_id FROM trade_row WHERE batch_id = ? OR superseded_by = ?)';
  const deleteForBatch = [
    db.prepare(`DELETE FROM summary_total WHERE ${batchGroups}`),
    db.prepare(`DELETE FROM summary_code WHERE ${batchGroups}`),
  ];
  // The rows a batch superseded, one by one with the ids of their texts, summed in JS (supersededSums).
  const supersededRows = db
    .prepare(
      `SELECT reporter_id, partner_id, flow_id, period_id, currency_id, period_months, classification_id, freq_id,
        (SELECT CASE text WHEN '${TOTAL_CODE}' THEN 0 ELSE length(text) END FROM dim_code WHERE id = code_id),
        ${SLICE_IDS_SQL}, value, value_exp, value NOT BETWEEN ${-Number.MAX_SAFE_INTEGER} AND ${Number.MAX_SAFE_INTEGER}
      FROM trade_row WHERE superseded_by = ? AND deleted_by IS NULL`,
    )
    .raw();
  const freqIds = db.prepare('SELECT id, text FROM dim_freq').raw();
  // SummaryDelta's fields (fieldId) and the dictionary each one's ids name.
  const fieldTexts = [
    DIMENSIONS.reporter,
    DIMENSIONS.partner,
    DIMENSIONS.flow,
    DIMENSIONS.period,
    DIMENSIONS.currency,
    null,
    DIMENSIONS.classification,
  ].map((table) => table && db.prepare(`SELECT text FROM ${table} WHERE id = ?`).pluck());
  const rowsUpTo = db.prepare('SELECT COUNT(*) FROM (SELECT 1 FROM summary_total LIMIT ?)').pluck();
  const periodIndexSql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").pluck();

  /**
   * The cell's figure from its shapes; its rows are read only when one edition holds several shapes
   * or the cell holds several editions (its top-most codes are kept in summary_code: a plain cell's
   * are its rows, which the covering index gives).
   */
  function resolve(key: ShapeRow, shapes: ShapeRow[]): Resolved {
    const cell = key.slice(0, 8) as [string, string, string, string, string, string, number, string];
    const rowCount = shapes.reduce((a, s) => a + BigInt(s[12]), 0n);
    const editions = [...new Set(shapes.map((s) => s[8]))].sort(compareEditions);
    const chosen = editions[0]!;
    const mine = shapes.filter((s) => s[8] === chosen);
    const [reporter, partner, flow, freq, period, currency, months, family] = cell;
    const chosenRows = () =>
      (
        cellRows.all(reporter, partner, flow, period, freq, currency, months, family) as {
          classification: string;
          code: string;
          slice: Int;
          milli: Int;
        }[]
      )
        .filter((r) => r.classification === chosen)
        .map((r) => ({ code: r.code, slice: Number(r.slice), milli: r.milli }));
    if (mine.length === 1) {
      const [, , , , , , , , , level, slice, milli] = mine[0]!;
      const plain = shapes.length === 1;
      const row: CellRow = [
        ...cell,
        rowCount,
        milli,
        Number(level) === 0 ? 0 : null,
        chosen,
        editions.length,
        plain ? level : null,
        plain ? slice : null,
      ];
      return { cell: row, codes: plain || Number(level) === 0 ? [] : new CodeTree(chosenRows()).topMost(TOTAL_CODE) };
    }
    const tree = new CodeTree(chosenRows());
    return {
      cell: [...cell, rowCount, tree.total(), tree.reported ? tree.parts() : null, chosen, editions.length, null, null],
      codes: tree.topMost(TOTAL_CODE),
    };
  }

  /** Every cell's figure where `where` holds, computed from the records. */
  function compute(where: string, params: unknown[]): Resolved[] {
    // All of them first: the rows of a mixed cell are read while no statement is being iterated.
    const shapes = prepared(shapesSql(where))
      .raw()
      .safeIntegers(true)
      .all(...params) as ShapeRow[];
    const out: Resolved[] = [];
    let start = 0;
    for (let i = 1; i <= shapes.length; i++) {
      if (i < shapes.length && sameCell(shapes[i]!, shapes[start]!)) continue;
      out.push(resolve(shapes[start]!, shapes.slice(start, i)));
      start = i;
    }
    return out;
  }

  function recomputeGroups(keys: GroupKey[]): void {
    for (const k of keys) {
      const args = [k.reporter, k.partner, k.flow, k.freq, k.period];
      deleteGroupTotal.run(...args);
      deleteGroupCodes.run(...args);
      for (const r of compute(groupRows, args)) insert(r);
    }
  }

  /**
   * The shape sums of the rows a batch superseded, summed as they are read and handed on one group at
   * a time. Grouping them in SQL held a sorter of up to cache_size (64 MB in an import) beside the page
   * cache, then a row of BigInts and fresh strings per group (117k groups: 45 MB of JS heap): 25M rows
   * into 25M, that step took peak RSS from 211 to 292 MB; 3M superseded rows alone, +160 MB against
   * +20 MB now, in the same CPU time. Null where the sums do not fit SummaryDelta (more distinct values
   * than its fields hold, a value past 2^53, a frequency other than month or year): the caller groups
   * them in SQL then.
   */
  function supersededSums(batchId: number): SummaryDelta | null {
    const freqs = new Map((freqIds.all() as [number, string][]).map(([id, text]) => [id, text]));
    const delta = new SummaryDelta();
    for (const [r, p, f, t, c, m, k, freq, level, slice, value, exp, unsafe] of supersededRows.iterate(
      batchId,
    ) as IterableIterator<number[]>) {
      const text = freqs.get(freq!);
      if (unsafe || (text !== 'month' && text !== 'year')) return null;
      delta.addIds(
        delta.fieldId(0, r!),
        delta.fieldId(1, p!),
        delta.fieldId(2, f!),
        delta.fieldId(3, t!),
        delta.fieldId(4, c!),
        delta.fieldId(5, m!),
        text === 'year' ? 1 : 0,
        delta.shapeId(delta.fieldId(6, k!), level!, slice!),
        value!,
        exp!,
      );
      if (!delta.usable()) return null;
    }
    delta.rename((field, id) => (fieldTexts[field] ? (fieldTexts[field].get(id) as string) : id));
    return delta;
  }

  /**
   * Adds a batch's shape sums (negative for rows it superseded). Returns the groups left mixed. When
   * the sums are for a quarter of the table's cells or more (a first import, a bulk load, a file of a
   * decade into a table of a few decades) the covering index is dropped and built again after them
   * with one sort, as bulk-indexes.ts does for trade_record: 120k groups into an empty table, 0.28 s
   * of upserts plus the build against 0.66 s; 118k groups into a table of 120k, 1.8-1.9 s against
   * 2.5-2.8 s (CPU, on a shared machine). Only inside a transaction, so a crash or cancel rolls the
   * DROP back with the rows.
   */
  function upsertAll(rows: Iterable<SummaryRow> & { length?: number }, sign: 1 | -1): Map<string, GroupKey> {
    const sql =
      sign > 0 &&
      rows.length !== undefined &&
      db.inTransaction &&
      rows.length >= REBUILD_MIN_GROUPS &&
      (rowsUpTo.get(rows.length * REBUILD_SHARE) as number) < rows.length * REBUILD_SHARE
        ? (periodIndexSql.get(PERIOD_INDEX) as string | undefined)
        : undefined;
    if (sql) db.exec(`DROP INDEX "${PERIOD_INDEX}"`);
    const mixed = new Map<string, GroupKey>();
    for (const [
      reporter,
      partner,
      flow,
      freq,
      period,
      currency,
      months,
      family,
      classification,
      level,
      slice,
      milli,
      n,
    ] of rows) {
      const m = sign > 0 ? milli : -BigInt(milli as number | bigint);
      const count = sign > 0 ? n : -BigInt(n as number | bigint);
      if (
        upsert.get(
          reporter,
          partner,
          flow,
          freq,
          period,
          currency,
          months,
          family,
          count,
          m,
          Number(level) === 0 ? 0 : null,
          classification,
          level,
          slice,
        )
      ) {
        const key = { reporter, partner, flow, freq, period } as GroupKey;
        mixed.set(`${reporter}\u0000${partner}\u0000${flow}\u0000${freq}\u0000${period}`, key);
      }
    }
    if (sql) db.exec(sql);
    return mixed;
  }

  return {
    /**
     * After an import wrote a batch and superseded what it restates. Call inside the batch's transaction.
     * `added` holds the batch's sums as its rows were written; without them they are grouped from the table.
     */
    addBatch(batchId: number, added?: SummaryRows): void {
      const own = added ?? (prepared(shapesSql('batch_id = ?')).raw().safeIntegers(true).all(batchId) as SummaryRow[]);
      const mixed = upsertAll(own, 1);
      const sums = supersededSums(batchId);
      const superseded =
        sums?.ordered() ??
        (prepared(shapesSql('1 = 1', 'superseded')).raw().safeIntegers(true).all(batchId) as SummaryRow[]);
      for (const [k, v] of upsertAll(superseded, -1)) mixed.set(k, v);
      recomputeGroups([...mixed.values()]);
      if (sums ? sums.size() : (superseded as SummaryRow[]).length) dropEmpty.run();
    },
    /**
     * Rows written with nothing superseded (a dataset's copy, whose rows are all current): their sums,
     * added as an import's are, then the cells they leave mixed resolved from their rows.
     */
    addRows(added: SummaryRow[]): void {
      recomputeGroups([...upsertAll(added, 1).values()]);
    },
    /** After a batch's rows changed visibility (revert, undo of a revert): recomputes every group it touches. */
    refreshBatch(batchId: number): void {
      for (const d of deleteForBatch) d.run(batchId, batchId);
      for (const r of compute(batchRows, [batchId, batchId])) insert(r);
    },
    /** After an edit: the group the record left and the group it joined. */
    refreshGroups: recomputeGroups,
    /**
     * Fills summary_code from summary_total as it stands (a database from before summary_code): only
     * the cells resolved from their rows are read, not every record as rebuild() does.
     */
    fillCodes(): void {
      db.transaction(() => {
        db.exec('DELETE FROM summary_code');
        const mixed = db
          .prepare(`SELECT ${CELL_COLUMNS}, classification FROM summary_total WHERE level IS NULL`)
          .raw()
          .safeIntegers(true)
          .all() as [string, string, string, string, string, string, Int, string, string][];
        for (const [reporter, partner, flow, freq, period, currency, months, family, chosen] of mixed) {
          const rows = (
            cellRows.all(reporter, partner, flow, period, freq, currency, months, family) as {
              classification: string;
              code: string;
              slice: Int;
              milli: Int;
            }[]
          )
            .filter((r) => r.classification === chosen)
            .map((r) => ({ code: r.code, slice: Number(r.slice), milli: r.milli }));
          for (const [code, milli] of new CodeTree(rows).topMost(TOTAL_CODE))
            insertCode.run(reporter, partner, flow, freq, period, currency, months, family, chosen, code, milli);
        }
      })();
    },
    rebuild(): void {
      db.transaction(() => {
        db.exec('DELETE FROM summary_total; DELETE FROM summary_code');
        for (const r of compute('1 = 1', [])) insert(r);
      })();
    },
    /** Rows where the stored summary differs from a fresh recomputation; empty when correct. */
    differences(): string[] {
      const key = (r: unknown[]) => r.map((v) => (v === null ? 'NULL' : String(v))).join(' | ');
      const codeColumns = `${CELL_COLUMNS}, classification, code, milli`;
      const stored = new Set([
        ...(db.prepare(`SELECT ${COLUMNS} FROM summary_total`).raw().safeIntegers(true).all() as unknown[][]).map(key),
        ...(db.prepare(`SELECT ${codeColumns} FROM summary_code`).raw().safeIntegers(true).all() as unknown[][]).map(
          (r) => `code: ${key(r)}`,
        ),
      ]);
      const resolved = compute('1 = 1', []);
      const fresh = new Set([
        ...resolved.map((r) => key(r.cell)),
        ...resolved.flatMap((r) =>
          r.codes.map(([code, milli]) => `code: ${key([...r.cell.slice(0, 8), r.cell[11], code, milli])}`),
        ),
      ]);
      return [
        ...[...stored].filter((r) => !fresh.has(r)).map((r) => `stale: ${r}`),
        ...[...fresh].filter((r) => !stored.has(r)).map((r) => `missing: ${r}`),
      ];
    },
  };
}
export type SummaryMaintenance = ReturnType<typeof createSummaryMaintenance>;

function sameCell(a: ShapeRow, b: ShapeRow): boolean {
  for (let i = 0; i < 8; i++) if (a[i] !== b[i]) return false;
  return true;
}
