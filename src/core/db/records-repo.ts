import type { Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { Cursor, RecordColumn, RecordsPage, RecordsQuery, TradeRecord } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Db } from './open';
import { currentRow } from './current-row';
import { createRecordsCounter } from './records-count';
import { emptyTextIn, isMerged, mergedOrder, type ArmColumns } from './records-merged-sort';
import { filterFor, isPlain, joinsDescription, seekFor, summaryFilter } from './records-filter';
import {
  planPage,
  planPageBetween,
  scanPlan,
  sortWalk,
  type MergePlan,
  type PagePlan,
  type PlanInput,
} from './records-plan';
import { createRecordsSeek } from './records-seek';
import { DimensionTexts } from './dimension-texts';
import { createSortIndexes } from './records-sort-index';
import { sortIndexName } from './runtime-schema';

type Query = z.output<typeof RecordsQuery>;
type Filtered = Pick<Query, 'filters' | 'excludeCodes' | 'deleted' | 'batchId'>;
type Sought = ReturnType<typeof seekFor>;
/** The grid's page: its total null while not counted. */
export type GridPage = Omit<RecordsPage, 'total'> & { total: number | null };
/** The fewest rows a page not counted counts before it stops (or a hundredth of the table, if more). */
const MIN_COUNTED = 10_000;

/**
 * The record's columns. Its dimensions and description come as ids, named from the dictionaries by
 * DimensionTexts; rows are read as arrays (raw), in this order: with objects, building each row cost
 * more than reading it.
 */
const COLUMNS = `r.id AS id, r.version, r.period_id, r.reporter_id, r.partner_id, r.flow_id, r.classification_id,
  r.code_id, r.description_id, r.value_milli, r.currency_id, r.quantity, r.unit_id, r.batch_id, r.source_sheet_id, r.source_row,
  r.regime_id, r.province_id, r.mot_id, r.partner2_id`;
/** Joined for filters on the description's text; a page that names none of d's columns skips the join. */
const JOIN_DESCRIPTION = 'LEFT JOIN description d ON d.id = r.description_id';
const FROM = `FROM trade_row r ${JOIN_DESCRIPTION}`;
/** COLUMNS for one arm of a merged sort (records-merged-sort.ts), and the key alone for a jump. */
const ARM_COLUMNS: ArmColumns = (sortValue) => `${COLUMNS}, ${sortValue} AS sort_v`;
const ARM_KEY: ArmColumns = (sortValue) => `r.id AS id, ${sortValue} AS sort_v`;
const SELECT = `SELECT ${COLUMNS} ${FROM}`;

/** A row of COLUMNS (and, in a page, its sort value last). */
type Row = [
  id: number,
  version: number,
  periodId: number,
  reporterId: number,
  partnerId: number,
  flowId: number,
  classificationId: number,
  codeId: number,
  descriptionId: number | null,
  valueMilli: number,
  currencyId: number,
  quantity: number | null,
  unitId: number | null,
  batchId: number,
  sourceSheetId: number,
  sourceRow: number,
  regimeId: number | null,
  provinceId: number | null,
  motId: number | null,
  partner2Id: number | null,
  sortValue?: string | number | null,
];
const SORT_VALUE = 20;

/** No closure per row: a dimension's text is the dictionary's (never null for a required one). */
function toRecord(r: Row, t: DimensionTexts): TradeRecord {
  return {
    id: r[0],
    version: r[1],
    period: t.text('period', r[2])!,
    reporter: t.text('reporter', r[3])!,
    partner: t.text('partner', r[4])!,
    flow: t.text('flow', r[5])!,
    classification: t.text('classification', r[6])!,
    code: t.text('code', r[7])!,
    description: t.description(r[8]),
    value: r[9] / 1000,
    currency: t.text('currency', r[10])!,
    quantity: r[11],
    unit: t.text('unit', r[12]) ?? '',
    batchId: r[13],
    sourceSheet: t.text('source_sheet', r[14])!,
    sourceRow: r[15],
    regime: t.text('regime', r[16]),
    province: t.text('province', r[17]),
    mot: t.text('mot', r[18]),
    partner2: t.text('partner2', r[19]),
  };
}

/**
 * `scale` is for tests: plan pages as if the table held that many times its rows, in the same
 * proportions, so a small table takes the paths a large one does. Totals stay true.
 */
export function createRecordsRepo(db: Db, { scale = 1 }: { scale?: number } = {}) {
  const byId = db.prepare(`${SELECT} WHERE r.id = ?`).raw();
  const texts = new DimensionTexts(db);
  /** Rows as records, their dimensions named from the dictionaries as they are now. */
  const records = (rows: Row[]) => {
    texts.fresh();
    return rows.map((r) => toRecord(r, texts));
  };
  const counter = createRecordsCounter(db);
  const seek = createRecordsSeek(db);
  const sortIndexes = createSortIndexes(db);

  /**
   * Keyset paging: rows after the cursor `(sort value, id)` in sort order. Statements vary with the
   * sort and filters, so they are prepared per shape and cached.
   */
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string, raw = false) => {
    const key = raw ? `raw ${sql}` : sql;
    let s = cache.get(key);
    if (!s) {
      s = raw ? db.prepare(sql).raw() : db.prepare(sql);
      cache.set(key, s);
    }
    return s;
  };
  /** A page's statement, its rows as arrays (Row). */
  const rawRows = (sql: string) => prepared(sql, true);

  /** The index a filter's total is counted through (the seek's, where no summary answers), if any. */
  function countIndex(q: Query, plain: boolean, found: Sought): RecordColumn | null {
    if (plain || !found) return null;
    return !summaryFilter(q) || sortIndexes.exists(found.seek.column) ? found.seek.column : null;
  }

  /**
   * The grid's total for a filter: from summary_total where it can, else from the filtered column's
   * sort index (records-filter.ts's seek: the matching entries only), else by reading the rows.
   * A filter summary_total answers is counted there unless the filter's index is already built.
   */
  function countFor(
    q: Query,
    plain: boolean,
    found: Sought,
    use: (column: RecordColumn) => boolean,
    upTo?: number,
  ): { n: number; exact: boolean } {
    if (plain) return { n: counter.shown(), exact: true };
    const through = countIndex(q, plain, found);
    if (found && through && use(through))
      return counter.countUpTo(
        `${found.rest.sql} AND ${found.seek.sql('r')}`,
        [...found.rest.params, ...found.seek.params],
        {
          plain: false,
          joinDescription: joinsDescription(q),
          from: `trade_row r INDEXED BY ${sortIndexName(through)}`,
          upTo,
        },
      );
    const { table, filter } = scanPlan(q);
    return counter.countUpTo(filter.sql, filter.params, {
      plain,
      joinDescription: joinsDescription(q),
      summary: summaryFilter(q),
      from: table,
      upTo,
    });
  }

  /**
   * Rows the seek's filter alone matches: 'total' when it is the only filter, else counted from its
   * index; null when there are other filters and its index is not built (no index is built to plan).
   */
  function seekMatches(q: Query, sought: NonNullable<Sought>): number | 'total' | null {
    const others = Object.values(q.filters).filter(Boolean).length - 1 + (q.excludeCodes ?? []).length;
    if (others === 0 && q.batchId === undefined) return 'total';
    if (!sortIndexes.exists(sought.seek.column)) return null;
    return counter.count(`${currentRow('r')} AND ${sought.seek.sql('r')}`, sought.seek.params, {
      plain: false,
      joinDescription: false,
      from: `trade_row r INDEXED BY ${sortIndexName(sought.seek.column)}`,
    });
  }

  /** Whether list() would build the column's index before answering: it is not there and the table is large. */
  const toBuild = (column: RecordColumn, shown: number) =>
    !sortIndexes.exists(column) && sortIndexes.available(column, shown);

  /**
   * How list(q) reads: its total, then the description merge or a plan. `build`: building the
   * indexes it needs first; `ask`: building nothing, stopping at the first indexes it would build
   * (`missing`, for the total or for the page); `without`: building nothing, with the indexes there.
   */
  function decide(
    q: Query,
    mode: 'build' | 'ask' | 'without',
    counted = true,
  ):
    | { missing: RecordColumn[]; for: 'total' | 'page' }
    | { total: number | null; plain: boolean; plan: PagePlan | null } {
    const plain = isPlain(q);
    const shown = counter.shown() * scale;
    const found = seekFor(q);
    const through = countIndex(q, plain, found);
    const use = (column: RecordColumn) =>
      mode === 'build' ? sortIndexes.ensure(column, shown) : sortIndexes.exists(column);
    if (mode === 'ask' && through && toBuild(through, shown)) return { missing: [through], for: 'total' };
    const upTo = counted ? undefined : Math.max(MIN_COUNTED, Math.ceil(counter.shown() / 100));
    const { n, exact } = countFor(q, plain, found, use, upTo);
    if (n === 0) return { total: 0, plain, plan: null };
    const total = exact ? n : null;
    const matches = found && sortIndexes.available(found.seek.column, shown) ? seekMatches(q, found) : null;
    const sought = found && matches !== null ? { ...found, matches } : null;
    const input = (rows: number): PlanInput => ({
      q,
      plain,
      total: rows * scale,
      shown,
      sought: sought && { ...sought, matches: (sought.matches === 'total' ? rows : sought.matches) * scale },
      index: (column) =>
        sortIndexes.exists(column)
          ? 'built'
          : mode !== 'without' && sortIndexes.available(column, shown)
            ? 'buildable'
            : 'none',
      merges: !isMerged(q.sort.column) || q.sort.column === 'description' || !holdsEmpty(q.sort.column),
    });
    // Not counted: at least `n` rows match, at most as many as the seek's filter alone, or every row.
    const plan =
      total !== null
        ? planPage(input(total))
        : planPageBetween(input(n), input(typeof matches === 'number' ? matches : counter.shown()));
    if (mode === 'ask') {
      const missing = plan.indexes.filter((column) => !sortIndexes.exists(column));
      if (missing.length) return { missing, for: 'page' };
    }
    // An index that could not be built (an import holds the write lock): the table, read whole, this time.
    return { total, plain, plan: plan.indexes.every(use) ? plan : scanPlan(q) };
  }

  /** A page with its total: page() counted. */
  function list(q: Query, { build = true }: { build?: boolean } = {}): RecordsPage {
    const p = page(q, { build });
    if (p.total === null) throw new Error('a counted page has its total');
    return { ...p, total: p.total };
  }

  /**
   * A page of the grid. `build` false: with the indexes there now, building none (the host builds
   * them in the background meanwhile, sort-index-service.ts); the page is the same, only slower.
   * `count` false: the page without counting a large match (total null; count() says it after),
   * planned for anything from the rows counted so far to every row its filter could match.
   */
  function page(q: Query, { build = true, count = true }: { build?: boolean; count?: boolean } = {}): GridPage {
    const desc = q.sort.dir === 'desc';
    const decided = decide(q, build ? 'build' : 'without', count);
    if ('missing' in decided) throw new Error('decide() names missing indexes only when asked to');
    const { total, plain, plan } = decided;
    if (plan === null) return { rows: [], next: null, total };
    if (plan.strategy === 'merge') return byMerge(plan, q, total);
    const { table, filter, key: col } = plan;
    const { sql: filterSql, params } = filter;
    // Only a description filter for the empty text reads the joined text.
    const joinless = !joinsDescription(q);
    const keyed = (after: Cursor | null) => ({
      where: after
        ? q.sort.column === 'id'
          ? `r.id ${desc ? '<' : '>'} ?`
          : `(${col}, r.id) ${desc ? '<' : '>'} (?, ?)`
        : '1',
      params: after ? (q.sort.column === 'id' ? [after.id] : [after.v, after.id]) : [],
    });
    const order = orderFor(q, col);
    let after = q.after;
    let skip = q.skip;
    if (skip > 0) {
      // A jump: find the key of the row before the target, then page from it. In the default order
      // that is arithmetic on ids; otherwise an OFFSET over the sort key and id alone, which an index
      // answers without reading the rows it passes.
      const byKey = q.sort.column === 'id' && plain ? seek.seek(after?.id ?? null, skip, desc) : null;
      if (byKey !== null) after = { v: byKey, id: byKey };
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
    // A page sorted from many rows: sort their keys alone, then read the page's rows, rather than join
    // every row's description and carry every column into the sort (5M rows by value: 8 s -> 4 s).
    const keysFirst =
      (plan.strategy === 'scan' || plan.strategy === 'seek-sort') &&
      q.sort.column !== 'id' &&
      q.sort.column !== 'description' &&
      joinless;
    const sql = keysFirst
      ? `SELECT ${COLUMNS}, ${col} AS sort_v FROM trade_row r ${JOIN_DESCRIPTION} WHERE r.id IN (SELECT r.id FROM ${table} WHERE ${filterSql} AND ${k.where} ORDER BY ${order} LIMIT ? OFFSET ?) ORDER BY ${order}`
      : `SELECT ${COLUMNS}, ${col} AS sort_v FROM ${table} ${JOIN_DESCRIPTION} WHERE ${filterSql} AND ${k.where} ORDER BY ${order} LIMIT ? OFFSET ?`;
    const rows = rawRows(sql).all(...params, ...k.params, q.limit, skip) as Row[];
    const last = rows.at(-1);
    const next: Cursor | null =
      rows.length === q.limit && last ? { v: last[SORT_VALUE] as string | number, id: last[0] } : null;
    return { rows: records(rows), next, total };
  }

  /**
   * A sort by unit (or a split column) is a merge (records-merged-sort.ts) only while no row's is the
   * empty text (the mapped and Comtrade formats may store a unit ''; with it, the plan reads and sorts,
   * as '' and a missing one must interleave by id). One unique-index lookup a page, so an import's '' is
   * seen at once.
   */
  const holdsEmpty = emptyTextIn(db);

  /** A page in description or unit order on a large table, through its index (records-merged-sort.ts). */
  function byMerge({ column, filter, text }: MergePlan, q: Query, total: number | null): GridPage {
    const desc = q.sort.dir === 'desc';
    let after = q.after;
    if (q.skip > 0) {
      // A jump: the key of the row before the target, read from the indexes alone, then a page from it.
      const s = mergedOrder(column, ARM_KEY, filter, desc, after, text);
      const at = prepared(`${s.sql} LIMIT 1 OFFSET ?`).get(...s.params, q.skip - 1) as
        { id: number; sort_v: string | null } | undefined;
      if (!at) return { rows: [], next: null, total };
      after = { v: at.sort_v ?? '', id: at.id };
    }
    const s = mergedOrder(column, ARM_COLUMNS, filter, desc, after, text);
    const rows = rawRows(`${s.sql} LIMIT ?`).all(...s.params, q.limit) as Row[];
    const last = rows.at(-1);
    return {
      rows: records(rows),
      next: rows.length === q.limit && last ? { v: (last[SORT_VALUE] as string | null) ?? '', id: last[0] } : null,
      total,
    };
  }

  function get(id: number): TradeRecord {
    const row = byId.get(id) as Row | undefined;
    if (!row) throw new AppError('not_found', `Record ${id} no longer exists.`);
    return records([row])[0]!;
  }

  /** Every row the grid would show for this sort and filter, in its order, one at a time (exports). */
  function* iterate(
    q: Pick<Query, 'sort' | 'filters' | 'deleted' | 'excludeCodes' | 'batchId'>,
  ): Generator<TradeRecord> {
    // Sorted by a column with an index, all rows come in order from it; otherwise the table is read and sorted.
    const sort = q.sort.column;
    const plan =
      isPlain(q) && sort !== 'id' && sort !== 'description' && sortIndexes.exists(sort)
        ? { ...sortWalk(sort), filter: filterFor(q) }
        : scanPlan(q);
    // Not cached: an export is one statement run once, and iterating keeps it busy until done.
    const sql = `SELECT ${COLUMNS} FROM ${plan.table} ${JOIN_DESCRIPTION} WHERE ${plan.filter.sql} ORDER BY ${orderFor(q, plan.key)}`;
    // Named as they come: a long export sees no commit of its own connection meanwhile (one statement).
    texts.fresh();
    for (const row of db
      .prepare(sql)
      .raw()
      .iterate(...plan.filter.params))
      yield toRecord(row as Row, texts);
  }

  /**
   * The sort indexes list(q) would build before answering, the first it would need (for the total,
   * or for the page), or null: the host builds them on another connection (sort-index-service.ts) so
   * this one keeps answering meanwhile. Counts the total when its index is there (then cached for list).
   */
  function missingIndexes(q: Query, counted = true): { columns: RecordColumn[]; for: 'total' | 'page' } | null {
    const decided = decide(q, 'ask', counted);
    return 'missing' in decided ? { columns: decided.missing, for: decided.for } : null;
  }

  /** The rows the grid's filter matches, counted (kept until the data changes, records-count.ts). */
  function count(f: Filtered): number {
    const q: Query = { ...f, sort: { column: 'id', dir: 'asc' }, after: null, skip: 0, limit: 1 };
    const shown = counter.shown() * scale;
    return countFor(q, isPlain(q), seekFor(q), (column) => sortIndexes.ensure(column, shown)).n;
  }

  /** The sort index count(f) would build first (the host builds it on another connection), or null. */
  function missingCountIndex(f: Filtered): RecordColumn | null {
    const q: Query = { ...f, sort: { column: 'id', dir: 'asc' }, after: null, skip: 0, limit: 1 };
    const through = countIndex(q, isPlain(q), seekFor(q));
    return through && toBuild(through, counter.shown() * scale) ? through : null;
  }

  return { list, page, count, get, iterate, missingIndexes, missingCountIndex };
}

/** The page's ORDER BY: `key` (the plan's: the sort column, or its dictionary's text), then the id. */
function orderFor(q: Pick<Query, 'sort'>, key: string): string {
  const dir = q.sort.dir === 'desc' ? 'DESC' : 'ASC';
  return q.sort.column === 'id' ? `r.id ${dir}` : `${key} ${dir}, r.id ${dir}`;
}

export type RecordsRepo = ReturnType<typeof createRecordsRepo>;
