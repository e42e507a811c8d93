import type { z } from 'zod';
import type { RecordColumn, RecordsQuery } from '../../shared/domain';
import { currentRow } from './current-row';
import { DIMENSIONS } from './record-dims';
import { COLUMN_SQL, filterFor, joinsDescription, REQUIRED, type FilterSql, type Seek } from './records-filter';
import { isMerged, type MergedColumn } from './records-merged-sort';
import { SORT_INDEX_KEYS, sortIndexName } from './runtime-schema';

type Query = z.output<typeof RecordsQuery>;

/**
 * How a page of the grid reads its rows. Every statement names its index (INDEXED BY) or the table
 * (NOT INDEXED): SQLite keeps no statistics here (the app never runs ANALYZE) and, left to itself,
 * reads every row through the narrowest partial index whose WHERE the query implies (a sort index,
 * or trade_record_key for any query on current rows), fetching each row from the table at random:
 * at 5M rows a full sort through trade_record_key took 35 s against 4 s through the table.
 * - `table`: the table in id order, each row tested, up to a page (the id order);
 * - `walk`: the sort column's index in order, each row fetched and tested, up to a page;
 * - `seek`: the filter's own index, whose rows come in the page's order (one key and the id order,
 *   or the filtered column's own order);
 * - `seek-sort`: every row the filter's index names, fetched, then sorted;
 * - `id-set`: the sort column's index in order, each entry's id tested against the ids the filter's
 *   index names (gathered once per page), the row fetched only for a match;
 * - `probe`: the sort column's index in order, each entry's id looked up in the filter's index (one
 *   key: unit = kg), the row fetched only for a match: an index entry is found in about half the time
 *   a row is, its pages being denser in the cache (5M rows, kg by code: 39 -> 20 ms for 16,000 entries);
 * - `scan`: the whole table (or for deleted rows, or one batch's, their own index), then a sort:
 *   filters no grid index answers, and small tables.
 */
export type PagePlan = RowPlan | MergePlan;

export type RowPlan = {
  strategy: 'table' | 'walk' | 'seek' | 'seek-sort' | 'id-set' | 'probe' | 'scan';
  /** FROM's first table, alias r, with its index named. */
  table: string;
  filter: FilterSql;
  /** Sort indexes the plan reads: built first if they are not there yet (records-sort-index.ts). */
  indexes: RecordColumn[];
  /** What the page is ordered by (with r.id after it): the sort column's SQL, or its dictionary's text where `table` walks it (alias s). */
  key: string;
};

/**
 * A sort by description or unit, read as two streams merged in order (records-merged-sort.ts): the
 * rows with no text, and the column's dictionary in text order with each text's rows. `filter` is
 * tested on every row of both (on alias r); `text`, when the sort's own column is the filter a seek
 * answers, narrows the dictionary to the matching texts (on alias s), so only their rows are walked.
 */
export type MergePlan = {
  strategy: 'merge';
  column: MergedColumn;
  filter: FilterSql;
  text: FilterSql | null;
  indexes: RecordColumn[];
};

/**
 * The dimensions every row has (REQUIRED, records-filter.ts) are the ones a sort walks in text
 * order: their dictionary (alias s) through its unique index on text, and for each text its rows
 * by (id of the text, row id) from the column's sort index, so the rows come in the sort's order
 * with no sort of their own (ids are not in text order). A unit is
 * not among them: a missing unit sorts as an empty one, which no one dictionary entry stands for; an
 * unfiltered sort by unit is a merge of the two (records-merged-sort.ts), as by description.
 */
const WALKED = REQUIRED;

/** The table clause and order key that read rows in the column's sort order through its index. */
export function sortWalk(column: RecordColumn): { table: string; key: string } {
  const dim = WALKED[column];
  if (!dim) return { table: indexedBy(column), key: COLUMN_SQL[column] };
  return {
    table: `${DIMENSIONS[dim]} s CROSS JOIN trade_row r INDEXED BY ${sortIndexName(column)} ON r.${dim}_id = s.id`,
    key: 's.text',
  };
}

/** Whether a sort by the column can come in order from its sort index (a merged one's ids are in no text order). */
const walksInOrder = (column: RecordColumn) => !isMerged(column);

/**
 * What each way of reading costs, in microseconds per row, with the core's 64 MB page cache
 * (open.ts), measured at 5M rows on a shared 2-core machine (bench:grid; only their ratios and
 * WORTH_AN_INDEX matter): a row fetched by id, a row of the table read in id order and tested, an id
 * read from an index into a set, an index entry stepped over and its id tested against that set, a
 * row sorted, an id looked up in another index.
 */
export const COST = { fetch: 4, scanRow: 0.5, gather: 0.8, step: 0.2, sortRow: 1, probe: 2 } as const;
/**
 * A page the indexes there now would read in more than this (estimated, µs) builds an index that
 * at least halves it, once: seconds at 5M rows, which every later page with that column gains.
 */
export const WORTH_AN_INDEX = 25_000;

/** A column's sort index: there, buildable now (a large table), or not to be had. */
export type IndexState = 'built' | 'buildable' | 'none';

export type PlanInput = {
  q: Pick<Query, 'sort' | 'filters' | 'deleted' | 'excludeCodes' | 'batchId' | 'limit' | 'skip'>;
  plain: boolean;
  /** Rows matching the whole filter, and shown rows in all. */
  total: number;
  shown: number;
  /** The filter a sort index can seek (records-filter.ts), with how many rows that filter alone matches. */
  sought: { seek: Seek; rest: FilterSql; matches: number } | null;
  index: (column: RecordColumn) => IndexState;
  /** False while a sort by the column must not be a merge: while its dictionary holds '' (records-repo.ts). */
  merges: boolean;
};

export type Option = { cost: number; plan: PagePlan };

/** Whether a sort's rows can come from a merge: a merged column whose dictionary order is the grid's order. */
function mergedSort(input: PlanInput): MergedColumn | null {
  const sort = input.q.sort.column;
  if (!isMerged(sort)) return null;
  // A filter that reads the joined description text (for the empty one) has no alias d in a merge.
  if (!input.merges || input.q.deleted || joinsDescription(input.q) || input.index(sort) === 'none') return null;
  return sort;
}

const indexedBy = (column: RecordColumn) => `trade_row r INDEXED BY ${sortIndexName(column)}`;
const NOT_INDEXED = 'trade_row r NOT INDEXED';

/**
 * The cheapest way to read the page by COST among the indexes there now; when that is dearer than
 * WORTH_AN_INDEX, the cheapest way with the indexes a large table can build too, if it costs half as much.
 */
export function planPage(input: PlanInput): PagePlan {
  const options = pageOptions(input);
  const cheapest = (os: Option[]) => os.reduce((best, o) => (o.cost < best.cost ? o : best));
  const now = cheapest(options.filter((o) => o.plan.indexes.every((c) => input.index(c) === 'built')));
  if (now.cost <= WORTH_AN_INDEX) return now.plan;
  const best = cheapest(options);
  return best.cost * 2 <= now.cost ? best.plan : now.plan;
}

/**
 * The plan for a match counted only as far as `low.total` rows (at least that many match, at most
 * `high.total`): the plan for either end, whichever costs the least more than the best plan at its
 * worse end. One plan for both ends is that plan. A walk that is cheap for a large match reads the
 * table at random for a small one, and a sort of a small match sorts millions of rows for a large
 * one: either can cost a hundred times the best, and this keeps the worst case near the best.
 */
export function planPageBetween(low: PlanInput, high: PlanInput): PagePlan {
  const ends = [low, high];
  const plans = ends.map(planPage);
  const same = (a: PagePlan, b: PagePlan) => JSON.stringify(a) === JSON.stringify(b);
  if (same(plans[0]!, plans[1]!)) return plans[0]!;
  const worst = (plan: PagePlan) =>
    Math.max(
      ...ends.map((input) => {
        const options = pageOptions(input);
        const best = Math.min(...options.map((o) => o.cost));
        const cost = options.find((o) => same(o.plan, plan))?.cost ?? Infinity;
        return cost / Math.max(best, 1);
      }),
    );
  return worst(plans[0]!) <= worst(plans[1]!) ? plans[0]! : plans[1]!;
}

export function pageOptions(input: PlanInput): Option[] {
  const { q, plain, total, shown, sought, index } = input;
  const sort = q.sort.column;
  const merged = mergedSort(input);
  const walkable = walksInOrder(sort) && SORT_INDEX_KEYS[sort] !== undefined && index(sort) !== 'none';
  const key = COLUMN_SQL[sort];
  // Reading the whole table and sorting it is always possible.
  const options: Option[] = [{ cost: shown * COST.scanRow + total * COST.sortRow, plan: scanPlan(q) }];
  if (q.deleted) return options;
  // Rows up to the page's end (a jump's skipped rows are read too, by key), and the rows read in the
  // sort's order to find them: shown / total per match.
  const limit = q.skip + q.limit;
  const toFill = Math.min(shown, (limit * shown) / Math.max(total, 1));
  if (sort === 'id')
    options.push({
      cost: toFill * COST.scanRow,
      plan: { strategy: 'table', table: NOT_INDEXED, filter: filterFor(q), indexes: [], key },
    });
  else if (walkable)
    options.push({
      cost: (plain ? limit : toFill) * COST.fetch,
      plan: { strategy: 'walk', ...sortWalk(sort), filter: filterFor(q), indexes: [sort] },
    });
  else if (merged)
    options.push({
      cost: (plain ? limit : toFill) * COST.fetch,
      plan: { strategy: 'merge', column: merged, filter: filterFor(q), text: null, indexes: [sort] },
    });
  if (plain || !sought || index(sought.seek.column) === 'none') return options;
  const { seek, rest, matches } = sought;
  const filter = { sql: `${rest.sql} AND ${seek.sql('r')}`, params: [...rest.params, ...seek.params] };
  const inOrder = (sort === 'id' && seek.oneKey) || (sort === seek.column && walksInOrder(sort));
  // Walking a dictionary in text order, the seek is a range of its texts (not a set of ids, which come in id order).
  const walked = sort !== 'id' && WALKED[sort] !== undefined && seek.text !== undefined;
  if (inOrder)
    options.push({
      cost: Math.min(matches, (limit * matches) / Math.max(total, 1)) * COST.fetch,
      plan: {
        strategy: 'seek',
        ...(sort === 'id' ? { table: indexedBy(seek.column), key } : sortWalk(sort)),
        filter: walked ? { sql: `${rest.sql} AND ${seek.text!('s.text')}`, params: filter.params } : filter,
        indexes: [seek.column],
      },
    });
  if (merged) options.push(mergeSought(merged, input, { seek, rest, matches }, filter, limit, toFill));
  options.push({
    cost: matches * COST.fetch + total * COST.sortRow,
    plan: { strategy: 'seek-sort', table: indexedBy(seek.column), filter, indexes: [seek.column], key },
  });
  if (walkable && seek.oneKey)
    options.push({
      cost: toFill * COST.probe + limit * COST.fetch,
      plan: {
        strategy: 'probe',
        ...sortWalk(sort),
        filter: { sql: `${rest.sql} AND EXISTS (${probeOf(seek)})`, params: [...rest.params, ...seek.params] },
        indexes: [sort, seek.column],
      },
    });
  if (sort === 'id' || walkable) {
    const ids = idsOf(seek);
    options.push({
      cost: matches * COST.gather + toFill * (sort === 'id' ? COST.scanRow : COST.step) + limit * COST.fetch,
      plan: {
        strategy: 'id-set',
        ...(sort === 'id' ? { table: NOT_INDEXED, key } : sortWalk(sort)),
        // Unary +: tested per index entry against the gathered set, never a probe of the sort index per id
        // (walking a dictionary, SQLite would probe (text's id, row id) for every id of the set, per text).
        filter: { sql: `${rest.sql} AND +r.id IN (${ids})`, params: [...rest.params, ...seek.params] },
        indexes: sort === 'id' ? [seek.column] : [sort, seek.column],
      },
    });
  }
  return options;
}

/**
 * A merge with a seekable filter: where the filter is on the sort's own column, only the matching
 * texts' rows are walked, in order; otherwise each entry of the sort's index is tested against the
 * ids the filter's index names (as `id-set`).
 */
function mergeSought(
  column: MergedColumn,
  { total }: PlanInput,
  { seek, rest, matches }: NonNullable<PlanInput['sought']>,
  filter: FilterSql,
  limit: number,
  toFill: number,
): Option {
  // The seek's test on the dictionary's text, not on the row's id: SQLite would carry an id test over
  // to the dictionary's key (s.id = r.…_id) and read the texts in id order, not text order.
  if (seek.column === column && seek.text)
    return {
      cost: Math.min(matches, (limit * matches) / Math.max(total, 1)) * COST.fetch,
      plan: {
        strategy: 'merge',
        column,
        filter: rest,
        text: { sql: seek.text('s.text'), params: seek.params },
        indexes: [column],
      },
    };
  const ids = idsOf(seek);
  return {
    cost: matches * COST.gather + toFill * COST.step + limit * COST.fetch,
    plan: {
      strategy: 'merge',
      column,
      filter: { sql: `${rest.sql} AND +r.id IN (${ids})`, params: [...rest.params, ...seek.params] },
      text: null,
      indexes: seek.column === column ? [column] : [column, seek.column],
    },
  };
}

/** Whether row r is among the current rows the seek matches, from its column's sort index alone (`probe`). */
const probeOf = (seek: Seek) =>
  `SELECT 1 FROM trade_row u INDEXED BY ${sortIndexName(seek.column)} WHERE ${currentRow('u')} AND ${seek.sql('u')} AND u.id = r.id`;

/** The ids of the current rows the seek matches, from its column's sort index (for `+r.id IN (…)`). */
const idsOf = (seek: Seek) =>
  `SELECT s.id FROM trade_row s INDEXED BY ${sortIndexName(seek.column)} WHERE ${currentRow('s')} AND ${seek.sql('s')}`;

/** The whole table, or the index of the deleted rows, or of one batch's, then a sort (see `scan` above). */
export function scanPlan(q: Pick<Query, 'sort' | 'filters' | 'deleted' | 'excludeCodes' | 'batchId'>): RowPlan {
  const table = q.deleted
    ? 'trade_row r INDEXED BY trade_record_deleted_by'
    : q.batchId !== undefined
      ? 'trade_row r INDEXED BY trade_record_batch'
      : NOT_INDEXED;
  return { strategy: 'scan', table, filter: filterFor(q), indexes: [], key: COLUMN_SQL[q.sort.column] };
}
