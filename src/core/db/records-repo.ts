import type { Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { Cursor, RecordColumn, RecordsPage, RecordsQuery, TradeRecord } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Db } from './open';
import { createRecordsCounter } from './records-count';
import { descriptionOrder, type ArmColumns } from './records-description-sort';
import { createRecordsSeek } from './records-seek';
import { createSortIndexes, NO_QUANTITY } from './records-sort-index';

type Query = z.output<typeof RecordsQuery>;

/** Sort and filter columns come from this fixed map, never from the caller's text. */
const COLUMN_SQL: Record<RecordColumn, string> = {
  id: 'r.id',
  period: 'r.period',
  reporter: 'r.reporter',
  partner: 'r.partner',
  flow: 'r.flow',
  classification: 'r.classification',
  code: 'r.code',
  description: "COALESCE(d.text, '')",
  value: 'r.value_milli',
  currency: 'r.currency',
  quantity: `COALESCE(r.quantity, ${NO_QUANTITY})`,
  unit: "COALESCE(r.unit, '')",
};

/** The record's columns, with its description taken from `description` (SQL on aliases r and d). */
const columnsWith = (description: string) => `r.id AS id, r.version, r.period, r.reporter, r.partner, r.flow, r.classification, r.code,
  ${description} AS description, r.value_milli, r.currency, r.quantity, COALESCE(r.unit, '') AS unit,
  r.batch_id, r.source_sheet, r.source_row`;
const COLUMNS = columnsWith("COALESCE(d.text, '')");
const FROM = 'FROM trade_record r LEFT JOIN description d ON d.id = r.description_id';
/** COLUMNS for one arm of the description merge (records-description-sort.ts), and its key alone for a jump. */
const ARM_COLUMNS: ArmColumns = (description, sortValue) => `${columnsWith(description)}, ${sortValue} AS sort_v`;
const ARM_KEY: ArmColumns = (_description, sortValue) => `r.id AS id, ${sortValue} AS sort_v`;
const SELECT = `SELECT ${COLUMNS} ${FROM}`;

type Row = {
  id: number; version: number; period: string; reporter: string; partner: string; flow: string; classification: string;
  code: string; description: string; value_milli: number; currency: string; quantity: number | null; unit: string;
  batch_id: number; source_sheet: string; source_row: number;
};

function toRecord(r: Row): TradeRecord {
  return {
    id: r.id, version: r.version, period: r.period, reporter: r.reporter, partner: r.partner, flow: r.flow,
    classification: r.classification, code: r.code, description: r.description, value: r.value_milli / 1000,
    currency: r.currency, quantity: r.quantity, unit: r.unit, batchId: r.batch_id, sourceSheet: r.source_sheet, sourceRow: r.source_row,
  };
}

export function createRecordsRepo(db: Db) {
  const byId = db.prepare(`${SELECT} WHERE r.id = ?`);
  const counter = createRecordsCounter(db);
  const seek = createRecordsSeek(db);
  const sortIndexes = createSortIndexes(db);

  /**
   * Keyset paging: rows after the cursor `(sort value, id)` in sort order. Statements vary with the
   * sort and filters, so they are prepared per shape and cached.
   */
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };

  function list(q: Query): RecordsPage {
    const col = COLUMN_SQL[q.sort.column];
    const desc = q.sort.dir === 'desc';
    const { sql: filterSql, params } = filterFor(q);
    const plain = !q.deleted && params.length === 0;
    const total = counter.count(filterSql, params, { plain, joinDescription: q.filters.description !== undefined, summary: summaryFilter(q) });
    const indexed = plain && q.sort.column !== 'id' && sortIndexes.ensure(q.sort.column, total);
    if (indexed && q.sort.column === 'description') return byDescription(q, filterSql, total);
    const keyed = (after: Cursor | null) => ({
      where: after ? (q.sort.column === 'id' ? `r.id ${desc ? '<' : '>'} ?` : `(${col}, r.id) ${desc ? '<' : '>'} (?, ?)`) : '1',
      params: after ? (q.sort.column === 'id' ? [after.id] : [after.v, after.id]) : [],
    });
    const order = orderFor(q);
    let after = q.after;
    let skip = q.skip;
    if (skip > 0) {
      // A jump: find the key of the row before the target, then page from it. In the default order
      // that is arithmetic on ids; otherwise an OFFSET over the sort key and id alone, which an index
      // answers without reading the rows it passes.
      const sought = q.sort.column === 'id' && plain ? seek.seek(after?.id ?? null, skip, desc) : null;
      if (sought !== null) after = { v: sought, id: sought };
      else if (q.sort.column !== 'description' && q.filters.description === undefined) {
        const k = keyed(after);
        const at = prepared(`SELECT ${col} AS v, r.id AS id FROM trade_record r WHERE ${filterSql} AND ${k.where} ORDER BY ${order} LIMIT 1 OFFSET ?`).get(...params, ...k.params, skip - 1) as Cursor | undefined;
        if (!at) return { rows: [], next: null, total };
        after = { v: at.v, id: at.id };
      }
      if (after !== q.after) skip = 0;
    }
    const k = keyed(after);
    const sql = `SELECT ${COLUMNS}, ${col} AS sort_v ${FROM} WHERE ${filterSql} AND ${k.where} ORDER BY ${order} LIMIT ? OFFSET ?`;
    const rows = prepared(sql).all(...params, ...k.params, q.limit, skip) as (Row & { sort_v: string | number })[];
    const last = rows.at(-1);
    const next: Cursor | null = rows.length === q.limit && last ? { v: last.sort_v, id: last.id } : null;
    return { rows: rows.map(toRecord), next, total };
  }

  /** A page in description order on a large table, through its index (records-description-sort.ts). */
  function byDescription(q: Query, shown: string, total: number): RecordsPage {
    const desc = q.sort.dir === 'desc';
    let after = q.after;
    if (q.skip > 0) {
      // A jump: the key of the row before the target, read from the indexes alone, then a page from it.
      const s = descriptionOrder(ARM_KEY, shown, desc, after);
      const at = prepared(`${s.sql} LIMIT 1 OFFSET ?`).get(...s.params, q.skip - 1) as { id: number; sort_v: string | null } | undefined;
      if (!at) return { rows: [], next: null, total };
      after = { v: at.sort_v ?? '', id: at.id };
    }
    const s = descriptionOrder(ARM_COLUMNS, shown, desc, after);
    const rows = prepared(`${s.sql} LIMIT ?`).all(...s.params, q.limit) as (Row & { sort_v: string | null })[];
    const last = rows.at(-1);
    return { rows: rows.map(toRecord), next: rows.length === q.limit && last ? { v: last.sort_v ?? '', id: last.id } : null, total };
  }

  function get(id: number): TradeRecord {
    const row = byId.get(id) as Row | undefined;
    if (!row) throw new AppError('not_found', `Record ${id} no longer exists.`);
    return toRecord(row);
  }

  /** Every row the grid would show for this sort and filter, in its order, one at a time (exports). */
  function* iterate(q: Pick<Query, 'sort' | 'filters' | 'deleted' | 'excludeCodes'>): Generator<TradeRecord> {
    const { sql, params } = filterFor(q);
    // Not cached: an export is one statement run once, and iterating keeps it busy until done.
    for (const row of db.prepare(`${SELECT} WHERE ${sql} ORDER BY ${orderFor(q)}`).iterate(...params)) yield toRecord(row as Row);
  }

  return { list, get, iterate };
}

/** Current rows only (not superseded), visible or deleted as asked, with the grid's filters. */
function filterFor(q: Pick<Query, 'filters' | 'deleted' | 'excludeCodes'>): { sql: string; params: unknown[] } {
  const where: string[] = ['r.superseded_by IS NULL', q.deleted ? 'r.deleted_by IS NOT NULL' : 'r.deleted_by IS NULL'];
  const params: unknown[] = [];
  for (const [name, f] of Object.entries(q.filters)) {
    if (!f) continue;
    const c = COLUMN_SQL[name as RecordColumn];
    where.push(f.op === 'equals' ? `${c} = ?` : `${c} LIKE ? ESCAPE '\\'`);
    if (f.op === 'equals') params.push(name === 'value' ? Math.round(Number(f.value) * 1000) : f.value);
    else params.push(f.op === 'startsWith' ? `${escapeLike(f.value)}%` : `%${escapeLike(f.value)}%`);
  }
  for (const prefix of q.excludeCodes ?? []) {
    where.push(`r.code NOT LIKE ? ESCAPE '\\'`);
    params.push(`${escapeLike(prefix)}%`);
  }
  return { sql: where.join(' AND '), params };
}

/** Columns summary_month groups by, under the same names. */
const SUMMARY_DIMENSIONS = new Set<RecordColumn>(['reporter', 'partner', 'flow', 'period', 'currency']);

/**
 * The grid's filter on summary_month, when every filter is an equality on one of its dimensions and
 * only shown rows are asked for: then the matching groups' row counts add up to the grid's total.
 */
function summaryFilter(q: Pick<Query, 'filters' | 'deleted' | 'excludeCodes'>): { sql: string; params: unknown[] } | null {
  if (q.deleted || (q.excludeCodes ?? []).length > 0) return null;
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [name, f] of Object.entries(q.filters)) {
    if (!f) continue;
    if (f.op !== 'equals' || !SUMMARY_DIMENSIONS.has(name as RecordColumn)) return null;
    where.push(`${name} = ?`);
    params.push(f.value);
  }
  return where.length ? { sql: where.join(' AND '), params } : null;
}

function orderFor(q: Pick<Query, 'sort'>): string {
  const dir = q.sort.dir === 'desc' ? 'DESC' : 'ASC';
  return q.sort.column === 'id' ? `r.id ${dir}` : `${COLUMN_SQL[q.sort.column]} ${dir}, r.id ${dir}`;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type RecordsRepo = ReturnType<typeof createRecordsRepo>;
