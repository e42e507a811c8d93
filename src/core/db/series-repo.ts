import type { Statement } from 'better-sqlite3';
import type { Db } from './open';
import { SLICE_IDS_SQL } from './summary-repo';
import { currentRow } from './current-row';
import { familyOf, idsWhere, rangeOnIds, textOf } from './record-dims';

/** Milli-units from the stored integer and its decimals; matches the generated column, readable from an index. */
export const VALUE_MILLI_SQL = 'value * CASE value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END';

export type CellQuery = {
  reporter?: string;
  /** One partner's cells; without it, each period's world and leaf sums (`worldAndLeaves`). */
  partner?: string;
  /** Flows as stored, i.e. from the reporter's side. */
  flows: string[];
  from?: string;
  to?: string;
  freq: 'month' | 'year';
};

/** One resolved figure of summary_total. */
export type Cell = {
  reporter: string;
  partner: string;
  flow: string;
  period: string;
  currency: string;
  months: number;
  family: string;
  classification: string;
  editions: number;
  total: number;
  /** The sum of the top-most codes under a reported TOTAL; null where the total is the sum of its parts. */
  parts: number | null;
};

/** A period's all-partner figure parts: the World cell where held, and the sum of the leaf partners. */
export type WorldAndLeaves = {
  reporter: string;
  flow: string;
  period: string;
  currency: string;
  months: number;
  family: string;
  /** The World cell's figure and edition; null where no World row is held. */
  world: number | null;
  worldClassification: string | null;
  worldParts: number | null;
  leaves: number;
  leafCount: number;
  /** The editions read in the leaf cells (first and last, alphabetically) and the most any cell holds. */
  classifications: string;
  editions: number;
};

/** A current, visible row under a commodity selection, for the code tree. */
export type SelectionRow = {
  reporter: string;
  partner: string;
  flow: string;
  period: string;
  currency: string;
  months: number;
  family: string;
  classification: string;
  code: string;
  slice: number;
  milli: number;
};

/**
 * Reads for series. Figures without a commodity filter come from summary_total (one resolved figure
 * per cell); with one, from the current rows under the selection's top-level prefixes, resolved by
 * the caller with CodeTree. Partner kinds are the caller's: `worlds` and `groups` name the codes.
 */
export function createSeriesRepo(db: Db) {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };

  function where(f: CellQuery, withPartner: boolean): { sql: string; params: unknown[] } {
    const parts = ['freq = ?'];
    const params: unknown[] = [f.freq];
    const add = (sql: string, ...values: unknown[]) => {
      parts.push(sql);
      params.push(...values);
    };
    if (f.reporter) add('reporter = ?', f.reporter);
    if (withPartner && f.partner) add('partner = ?', f.partner);
    add(`flow IN (${f.flows.map(() => '?').join(',')})`, ...f.flows);
    if (f.from) add('period >= ?', f.from);
    if (f.to) add('period <= ?', f.to);
    return { sql: parts.join(' AND '), params };
  }
  const list = (xs: string[]) => (xs.length ? xs.map(() => '?').join(', ') : "''");

  return {
    /** One partner's cells, every family. */
    cells(f: CellQuery & { partner: string }): Cell[] {
      const w = where(f, true);
      return prepared(`SELECT reporter, partner, flow, period, currency, period_months AS months, family, classification, editions, total_milli AS total, parts_milli AS parts
        FROM summary_total WHERE ${w.sql} ORDER BY period`).all(...w.params) as Cell[];
    },

    /** Per reporter, flow and period: the World cell and the sum of the leaf partners (groups left out), from the covering index. */
    worldAndLeaves(f: CellQuery, worlds: string[], groups: string[]): WorldAndLeaves[] {
      const w = where(f, false);
      return prepared(`SELECT reporter, flow, period, currency, period_months AS months, family,
          SUM(CASE WHEN partner IN (${list(worlds)}) THEN total_milli END) AS world,
          MIN(CASE WHEN partner IN (${list(worlds)}) THEN classification END) AS worldClassification,
          SUM(CASE WHEN partner IN (${list(worlds)}) THEN parts_milli END) AS worldParts,
          COALESCE(SUM(CASE WHEN partner NOT IN (${list(worlds)}) AND partner NOT IN (${list(groups)}) THEN total_milli END), 0) AS leaves,
          SUM(partner NOT IN (${list(worlds)}) AND partner NOT IN (${list(groups)})) AS leafCount,
          MIN(classification) || ',' || MAX(classification) AS classifications, MAX(editions) AS editions
        FROM summary_total INDEXED BY summary_total_period WHERE ${w.sql}
        GROUP BY reporter, flow, period, currency, period_months, family ORDER BY period`).all(
        ...worlds,
        ...worlds,
        ...worlds,
        ...worlds,
        ...groups,
        ...worlds,
        ...groups,
        ...w.params,
      ) as WorldAndLeaves[];
    },

    /**
     * Current rows whose code starts with one of `tops` (the selection's top-level prefixes), or is
     * TOTAL or one of `shorter` (codes shorter than a top-level prefix that hold it), in one partner's
     * cells or every partner's.
     */
    selectionRows(f: CellQuery, tops: string[], shorter: string[]): SelectionRow[] {
      // On trade_row's ids: the range's texts and the selection's codes are each looked up once in their dictionaries.
      const w = rangeOnIds('t', f);
      const ranges = tops.map(() => "(text >= ? AND text < ? || '~')").join(' OR ');
      const codes = `${ranges}${ranges ? ' OR ' : ''}text IN ('TOTAL'${shorter.map(() => ', ?').join('')})`;
      return prepared(`SELECT ${textOf('t', 'reporter')} AS reporter, ${textOf('t', 'partner')} AS partner, ${textOf('t', 'flow')} AS flow,
          ${textOf('t', 'period')} AS period, ${textOf('t', 'currency')} AS currency, t.period_months AS months, ${familyOf('t')} AS family,
          ${textOf('t', 'classification')} AS classification, ${textOf('t', 'code')} AS code, ${SLICE_IDS_SQL} AS slice, t.value_milli AS milli
        FROM trade_row t WHERE ${currentRow('t')} AND ${w.sql} AND t.code_id IN ${idsWhere('code', codes)}`).all(
        ...w.params,
        ...tops.flatMap((t) => [t, t]),
        ...shorter,
      ) as SelectionRow[];
    },
  };
}

export type SeriesRepo = ReturnType<typeof createSeriesRepo>;
