import type { Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { Cursor, RecordColumn, RecordsPage, RecordsQuery, TradeRecord } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Db } from './open';
import { createRecordsCounter } from './records-count';
import { descriptionOrder, type ArmColumns } from './records-description-sort';
import { createRecordsSeek } from './records-seek';
import {
  COLUMN_SQL,
  filterFor,
  indexedFilter,
  isPlain,
  summaryFilter,
  type FilterSql,
  type IndexedFilter,
} from './records-filter';
import { createSortIndexes } from './records-sort-index';
import { sortIndexName } from './runtime-schema';

type Query = z.output<typeof RecordsQuery>;

/** The record's columns, with its description taken from `description` (SQL on aliases r and d). */
const columnsWith = (
  description: string,
) => `r.id AS id, r.version, r.period, r.reporter, r.partner, r.flow, r.classification, r.code,
  ${description} AS description, r.value_milli, r.currency, r.quantity, COALESCE(r.unit, '') AS unit,
  r.batch_id, r.source_sheet, r.source_row`;
const COLUMNS = columnsWith("COALESCE(d.text, '')");
const JOIN_DESCRIPTION = 'LEFT JOIN description d ON d.id = r.description_id';
const FROM = `FROM trade_record r ${JOIN_DESCRIPTION}`;
/** At most this many matches of a code or description filter are read from the grid's index rather than found by scanning. */
const NARROW_ROWS = 20_000;
/** A filtered page walks the sort column's index when at least one row in this many matches: about 10k rows read for a page of 100. */
const WALK_DENSITY = 100;
/** COLUMNS for one arm of the description merge (records-description-sort.ts), and its key alone for a jump. */
const ARM_COLUMNS: ArmColumns = (description, sortValue) => `${columnsWith(description)}, ${sortValue} AS sort_v`;
const ARM_KEY: ArmColumns = (_description, sortValue) => `r.id AS id, ${sortValue} AS sort_v`;
const SELECT = `SELECT ${COLUMNS} ${FROM}`;

type Row = {
  id: number;
  version: number;
  period: string;
  reporter: string;
  partner: string;
  flow: string;
  classification: string;
  code: string;
  description: string;
  value_milli: number;
  currency: string;
  quantity: number | null;
  unit: string;
  batch_id: number;
  source_sheet: string;
  source_row: number;
};

function toRecord(r: Row): TradeRecord {
  return {
    id: r.id,
    version: r.version,
    period: r.period,
    reporter: r.reporter,
    partner: r.partner,
    flow: r.flow,
    classification: r.classification,
    code: r.code,
    description: r.description,
    value: r.value_milli / 1000,
    currency: r.currency,
    quantity: r.quantity,
    unit: r.unit,
    batchId: r.batch_id,
    sourceSheet: r.source_sheet,
    sourceRow: r.source_row,
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

  /**
   * The grid's total for a filter: from summary_total where it can, else through the grid's indexes
   * for code and description filters (`via`, the filter in that form), else by reading the rows.
   */
  function countFor(q: Query, filter: FilterSql, plain: boolean): { total: number; via: IndexedFilter | null } {
    const via = indexedFilter(q);
    if (via && via.indexes.every((column) => sortIndexes.ensure(column, counter.shown())))
      return { total: counter.count(via.sql, via.params, { plain: false, joinDescription: false }), via };
    return {
      total: counter.count(filter.sql, filter.params, {
        plain,
        joinDescription: q.filters.description !== undefined,
        summary: summaryFilter(q),
      }),
      via: null,
    };
  }

  /** At least one shown row in WALK_DENSITY matches, and the sort column's index (or the table, for ids) is there to walk. */
  function denseEnough(total: number, column: RecordColumn): boolean {
    const shown = counter.shown();
    return total * WALK_DENSITY >= shown && (column === 'id' || sortIndexes.ensure(column, shown));
  }

  function list(q: Query): RecordsPage {
    const col = COLUMN_SQL[q.sort.column];
    const desc = q.sort.dir === 'desc';
    const plain = isPlain(q);
    const { total, via } = countFor(q, filterFor(q, 'scan'), plain);
    if (total === 0) return { rows: [], next: null, total };
    // A few matches among millions of rows: read them from the index and sort them, rather than scan
    // the table for them page after page (5M rows: about 0.6 s a page for a prefix that few codes have).
    const narrow = via && total <= NARROW_ROWS ? via : null;
    const indexed = plain && q.sort.column !== 'id' && sortIndexes.ensure(q.sort.column, total);
    // Many matches, sorted by a column with an index: walk that index in order, testing each row, and
    // stop at a page; with few matches the walk would read most of the table, so sort the matches.
    // In id order that walk is the table itself (NOT INDEXED: SQLite would rather sort a key index's matches).
    const walk =
      !plain && !narrow && !q.deleted && q.sort.column !== 'description' && denseEnough(total, q.sort.column);
    const filter =
      narrow ?? (indexed || walk ? filterFor(q, 'indexes') : (indexedFilter(q, 'scan') ?? filterFor(q, 'scan')));
    const { sql: filterSql, params } = filter;
    // Only a description filter in its plain form reads the joined text.
    const joinless = q.filters.description === undefined || 'indexes' in filter;
    const through = narrow ? narrow.indexes[0] : walk ? q.sort.column : null;
    const table =
      through === 'id'
        ? 'trade_record r NOT INDEXED'
        : through
          ? `trade_record r INDEXED BY ${sortIndexName(through)}`
          : 'trade_record r';
    if (indexed && q.sort.column === 'description') return byDescription(q, filterSql, total);
    const keyed = (after: Cursor | null) => ({
      where: after
        ? q.sort.column === 'id'
          ? `r.id ${desc ? '<' : '>'} ?`
          : `(${col}, r.id) ${desc ? '<' : '>'} (?, ?)`
        : '1',
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
      else if (q.sort.column !== 'description' && joinless) {
        const k = keyed(after);
        const at = prepared(
          `SELECT ${col} AS v, r.id AS id FROM ${table} WHERE ${filterSql} AND ${k.where} ORDER BY ${order} LIMIT 1 OFFSET ?`,
        ).get(...params, ...k.params, skip - 1) as Cursor | undefined;
        if (!at) return { rows: [], next: null, total };
        after = { v: at.v, id: at.id };
      }
      if (after !== q.after) skip = 0;
    }
    const k = keyed(after);
    const sql = `SELECT ${COLUMNS}, ${col} AS sort_v FROM ${table} ${JOIN_DESCRIPTION} WHERE ${filterSql} AND ${k.where} ORDER BY ${order} LIMIT ? OFFSET ?`;
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
      const at = prepared(`${s.sql} LIMIT 1 OFFSET ?`).get(...s.params, q.skip - 1) as
        { id: number; sort_v: string | null } | undefined;
      if (!at) return { rows: [], next: null, total };
      after = { v: at.sort_v ?? '', id: at.id };
    }
    const s = descriptionOrder(ARM_COLUMNS, shown, desc, after);
    const rows = prepared(`${s.sql} LIMIT ?`).all(...s.params, q.limit) as (Row & { sort_v: string | null })[];
    const last = rows.at(-1);
    return {
      rows: rows.map(toRecord),
      next: rows.length === q.limit && last ? { v: last.sort_v ?? '', id: last.id } : null,
      total,
    };
  }

  function get(id: number): TradeRecord {
    const row = byId.get(id) as Row | undefined;
    if (!row) throw new AppError('not_found', `Record ${id} no longer exists.`);
    return toRecord(row);
  }

  /** Every row the grid would show for this sort and filter, in its order, one at a time (exports). */
  function* iterate(
    q: Pick<Query, 'sort' | 'filters' | 'deleted' | 'excludeCodes' | 'batchId'>,
  ): Generator<TradeRecord> {
    const plain = isPlain(q);
    // Sorted by an indexed column, all rows come in order from the index; a filtered export reads the table.
    const { sql, params } = filterFor(q, plain ? 'indexes' : 'scan');
    // Not cached: an export is one statement run once, and iterating keeps it busy until done.
    for (const row of db.prepare(`${SELECT} WHERE ${sql} ORDER BY ${orderFor(q)}`).iterate(...params))
      yield toRecord(row as Row);
  }

  return { list, get, iterate };
}

function orderFor(q: Pick<Query, 'sort'>): string {
  const dir = q.sort.dir === 'desc' ? 'DESC' : 'ASC';
  return q.sort.column === 'id' ? `r.id ${dir}` : `${COLUMN_SQL[q.sort.column]} ${dir}, r.id ${dir}`;
}

export type RecordsRepo = ReturnType<typeof createRecordsRepo>;
