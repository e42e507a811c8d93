import type { Db } from '../../db/open';
import { SAME_FIGURE_SQL } from '../../db/figure-key';
import type { SummaryRow, SummaryRows } from '../../db/summary-delta';
import { dropIndexes } from './bulk-indexes';

/** How a batch's restatements were marked: none held, cell by cell, every row at once (its indexes kept up, or built again). */
export type SupersedePlan = 'none' | 'cells' | 'rows' | 'rebuilt';

/**
 * The batch's commodity codes against the dictionary as it stood before its import: ids from `newFrom`
 * on were added by the import (dictionary ids only grow, record-dims.ts), so no older row holds them;
 * `oldRows` of the batch's rows have a code from before.
 */
export type BatchCodes = { newFrom: number; oldRows: number };

/**
 * The partial indexes on current rows: superseding a row takes it out of each, one random seek per
 * row and index. Where a file restates a large share of the table (a revised release downloaded
 * again), they are dropped and built again after the update, with one sort each.
 */
const CURRENT_ROW_INDEXES = ['trade_record_key', 'trade_record_breakdown'];
/** At least this many rows, and this share of the older rows, are superseded before the indexes are built again. */
const REBUILD_MIN_ROWS = 50_000;
const REBUILD_SHARE = 0.1;

/**
 * A figure stated again by a later file (a revised release, an overlapping download) supersedes the
 * earlier one instead of being added to it; the earlier row stays, for the record. Runs after the
 * batch's rows are written and trade_row's indexes are back, before its summaries.
 *
 * Two rows state the same figure only within one cell (reporter, partner, flow, period). So the
 * batch's cells (its summary rows, when the import summed them) are first looked up in the key index
 * for an older current row. Where none has one (a file of new months), nothing is compared: comparing
 * every new row sought the key index once per row, 167 s of a 25M-row merge into 25M. Where a few
 * have one, only those cells are compared, each through the key index. Where most do, one statement
 * compares every row: at 1M rows into 3M, every cell shared, 0.54 s against 1.1 s cell by cell.
 *
 * A figure's key holds its code, so only rows whose code the dictionary held before the import can
 * restate one (`codes`). A file whose codes are all new to the table (another classification or
 * level, another country's national codes) compares nothing, whatever cells it shares: at 1M rows into
 * 3M, every cell shared and no code, that skipped 0.8 s (CPU) of seeks that found nothing.
 */
export function supersedeOlder(
  db: Db,
  batchId: number,
  cells: SummaryRows | null,
  codes: BatchCodes | null = null,
): SupersedePlan {
  if (codes && codes.oldRows === 0) return 'none';
  const others = db.prepare('SELECT 1 FROM trade_row WHERE batch_id <> ? LIMIT 1').get(batchId);
  if (!others) return 'none';
  // Rows take max(id) + 1, so every older row has a lower id than the batch's first. The key index's
  // entries hold the id: a row is told older or new there, without reading it.
  const first = db.prepare('SELECT MIN(id) FROM trade_row WHERE batch_id = ?').pluck().get(batchId) as number;
  const found = cells ? sharedCells(db, cells, first) : null;
  if (found && found.shared.length === 0) return 'none';
  // Past every code id, where the codes are not known: every row is compared. The test is on the new
  // row only (`+`), so the planner keeps driving the join from it, not from the older rows' codes.
  const older = codes?.newFrom ?? Number.MAX_SAFE_INTEGER;
  if (found === null || (found.shared.length / 4) * 2 > found.cells) return supersedeEvery(db, batchId, first, older);
  const inCell = db.prepare(
    `UPDATE trade_row SET superseded_by = :batch WHERE id IN (
      SELECT o.id FROM trade_row n JOIN trade_row o ON ${SAME_FIGURE_SQL} AND o.superseded_by IS NULL AND o.id < :first
      WHERE n.reporter_id = :r AND n.partner_id = :p AND n.flow_id = :f AND n.period_id = :t
        AND n.superseded_by IS NULL AND n.id >= :first AND +n.code_id < :older)`,
  );
  const ids = found.shared;
  for (let i = 0; i < ids.length; i += 4)
    inCell.run({ batch: batchId, first, older, r: ids[i]!, p: ids[i + 1]!, f: ids[i + 2]!, t: ids[i + 3]! });
  return 'cells';
}

/**
 * Of the batch's cells (reporter, partner, flow, period ids, from its summary rows), how many there
 * are and those that also hold an older current row, four ids each, one after another; null where a
 * summary's text has no dictionary id (the caller then compares every row). The rows are read as they
 * come and the shared cells kept in a typed array, with no key string per row or array per cell: at
 * 1M rows into 3M (117k groups), the step with an array of rows took the writer's heap from 36 to
 * 47 MB, and now leaves it at 13 MB.
 */
export function sharedCells(
  db: Db,
  cells: Iterable<SummaryRow>,
  first: number,
): { cells: number; shared: Float64Array } | null {
  const area = db.prepare('SELECT id FROM dim_area WHERE text = ?').pluck();
  const flow = db.prepare('SELECT id FROM dim_flow WHERE text = ?').pluck();
  const period = db.prepare('SELECT id FROM dim_period WHERE text = ?').pluck();
  // Ends at the cell's first older entry; a cell with none is walked through its new entries only.
  const older = db
    .prepare(
      `SELECT 1 FROM trade_row INDEXED BY trade_record_key
        WHERE reporter_id = ? AND partner_id = ? AND flow_id = ? AND period_id = ? AND superseded_by IS NULL AND id < ?
        LIMIT 1`,
    )
    .pluck();
  // Ids by text: a table has few reporters, partners, flows and months, and many summary rows each.
  const ids = (cache: Map<unknown, number | undefined>, find: typeof area, text: unknown) => {
    if (!cache.has(text)) cache.set(text, find.get(text) as number | undefined);
    return cache.get(text);
  };
  const [areas, flows, periods] = [new Map(), new Map(), new Map()] as Map<unknown, number | undefined>[];
  let out = new Float64Array(1024);
  let n = 0;
  let count = 0;
  let last: unknown[] = [];
  for (const row of cells) {
    const [reporter, partner, flowText, , periodText] = row;
    // The summary's rows come in cell order, a cell's shapes and currencies together.
    if (reporter === last[0] && partner === last[1] && flowText === last[2] && periodText === last[4]) continue;
    last = row;
    count++;
    const r = ids(areas!, area, reporter);
    const p = ids(areas!, area, partner);
    const f = ids(flows!, flow, flowText);
    const t = ids(periods!, period, periodText);
    if (r === undefined || p === undefined || f === undefined || t === undefined) return null;
    if (!older.get(r, p, f, t, first)) continue;
    if (n + 4 > out.length) {
      const grown = new Float64Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[n++] = r;
    out[n++] = p;
    out[n++] = f;
    out[n++] = t;
  }
  return { cells: count, shared: out.subarray(0, n) };
}

/**
 * Every row of the batch compared with the older current rows, through the key index. The rows to
 * supersede are found first (into a temp table of ids), then marked in id order. 1M rows restating
 * 1M of a 3M table (every row of a release downloaded again), this step alone with an 8 MB cache on a
 * loaded machine: marked with the indexes kept up, 57-86 s wall and 25-27 s CPU, each row a random
 * seek into both partial indexes; with the indexes built again after, 32-46 s wall and 14-17 s CPU
 * (of which the indexes 21 s). The whole import: 42-44 s CPU against 33-37 s.
 */
function supersedeEvery(db: Db, batchId: number, first: number, older: number): SupersedePlan {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS superseded_ids (id INTEGER PRIMARY KEY)');
  try {
    const found = db
      .prepare(
        `INSERT OR IGNORE INTO temp.superseded_ids SELECT o.id FROM trade_row n JOIN trade_row o ON ${SAME_FIGURE_SQL}
          AND o.superseded_by IS NULL WHERE n.batch_id = :batch AND +n.code_id < :older AND o.id < :first`,
      )
      .run({ batch: batchId, first, older }).changes;
    if (found === 0) return 'rows';
    // Rows take max(id) + 1, so the older rows number about first - 1.
    const rebuild = found >= REBUILD_MIN_ROWS && found >= REBUILD_SHARE * (first - 1);
    const indexes = rebuild ? dropIndexes(db, CURRENT_ROW_INDEXES) : null;
    db.prepare('UPDATE trade_row SET superseded_by = ? WHERE id IN (SELECT id FROM temp.superseded_ids)').run(batchId);
    indexes?.restore();
    return rebuild ? 'rebuilt' : 'rows';
  } finally {
    db.exec('DROP TABLE temp.superseded_ids');
  }
}
