import type { Statement } from 'better-sqlite3';
import { commodityName, shortCommodityName, type CommodityNameOptions } from '../reference/commodity-names';
import type { NameLang } from '../reference/areas';
import { createCommodityRefRepo } from './commodity-ref-repo';
import type { Db } from './open';
import type { Cell } from './series-repo';
import { FAMILY_SQL, SLICE_SQL } from './summary-repo';
import { CURRENT_ROW, currentRow } from './current-row';

const NOT_ENGLISH = /[\p{Script=Han}\p{Script=Hangul}]/u;

export type BreakdownRange = {
  reporter?: string;
  partner?: string;
  flows: string[];
  freq: 'month' | 'year';
  from: string;
  to: string;
};
/** A summary cell with its shape: `level` and `slice` are set when every row of the cell shares them. */
export type ShapedCell = Cell & { level: number | null; slice: number | null };
/** A current, visible row as the breakdown index holds it. */
export type BreakdownRow = {
  reporter: string;
  partner: string;
  flow: string;
  period: string;
  currency: string;
  months: number;
  family: string;
  classification: string;
  code: string;
  milli: number;
};
/** The same with its splits, read from the table. */
export type SplitRow = BreakdownRow & { slice: number; regime: string | null; province: string | null };

/**
 * Reads for breakdowns of a period range: the resolved cells (summary_total), every current row of
 * the range from the covering breakdown index, and, for cells that mix splits or levels and for
 * breakdowns by regime or province, the rows with their splits.
 */
export function createBreakdownRepo(db: Db) {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const where = (r: BreakdownRange) => {
    // One period is an equality, so the index seeks on reporter and flow after it too (a range stops the seek there).
    const parts = r.from === r.to ? ['freq = ?', 'period = ?'] : ['freq = ?', 'period >= ?', 'period <= ?'];
    const params: unknown[] = r.from === r.to ? [r.freq, r.from] : [r.freq, r.from, r.to];
    const add = (sql: string, ...values: unknown[]) => {
      parts.push(sql);
      params.push(...values);
    };
    if (r.reporter) add('reporter = ?', r.reporter);
    if (r.partner) add('partner = ?', r.partner);
    add(`flow IN (${r.flows.map(() => '?').join(', ')})`, ...r.flows);
    return { sql: parts.join(' AND '), params };
  };
  const user = createCommodityRefRepo(db);
  // The edition a code group's rows hold in the range (a figure is of one family; names differ by edition).
  const held = (r: BreakdownRange, family: string, key: string): string | null => {
    const w = where(r);
    return (
      (prepared(
        `SELECT classification FROM trade_record WHERE ${CURRENT_ROW} AND ${w.sql} AND code >= ? AND code < ? AND ${FAMILY_SQL} = ? LIMIT 1`,
      )
        .pluck()
        .get(...w.params, key, `${key}~`, family) as string | undefined) ?? null
    );
  };
  // The file's own description, among the range's rows (an index seek; a lookup by code alone would scan the table).
  const dataDescription = (r: BreakdownRange, classification: string, code: string): string | null => {
    const w = where(r);
    return (
      (prepared(`SELECT d.text FROM trade_record r JOIN description d ON d.id = r.description_id
      WHERE ${currentRow('r')} AND ${w.sql} AND r.code = ? AND r.classification = ? ORDER BY r.id DESC LIMIT 1`)
        .pluck()
        .get(...w.params, code, classification) as string | undefined) ?? null
    );
  };

  return {
    cells(r: BreakdownRange): ShapedCell[] {
      const w = where(r);
      return prepared(`SELECT reporter, partner, flow, period, currency, period_months AS months, family, classification, editions, total_milli AS total, parts_milli AS parts, level, slice
        FROM summary_total WHERE ${w.sql}`).all(...w.params) as ShapedCell[];
    },
    /** Every current, visible row of the range: the covering index alone answers. */
    rows(r: BreakdownRange): BreakdownRow[] {
      const w = where(r);
      return prepared(`SELECT reporter, partner, flow, period, currency, period_months AS months, ${FAMILY_SQL} AS family, classification, code, value * CASE value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END AS milli
        FROM trade_record INDEXED BY trade_record_breakdown WHERE ${CURRENT_ROW} AND ${w.sql}`).all(
        ...w.params,
      ) as BreakdownRow[];
    },
    /** The range's rows with their splits (regime, province, mode of transport, second partner). */
    splitRows(r: BreakdownRange): SplitRow[] {
      const w = where(r);
      return prepared(`SELECT reporter, partner, flow, period, currency, period_months AS months, ${FAMILY_SQL} AS family, classification, code, value_milli AS milli,
          ${SLICE_SQL} AS slice, regime, province
        FROM trade_record WHERE ${CURRENT_ROW} AND ${w.sql}`).all(...w.params) as SplitRow[];
    },
    /**
     * A code group's name, from a nomenclature of its own classification (the one asked for, else the
     * edition its rows hold in the range): the user's, else the bundled one (core/reference), else the
     * file's own description of the code; '' if none. `en` is the English name where one is known.
     */
    describe(
      r: BreakdownRange,
      family: string,
      key: string,
      options: { classification?: string; lang?: NameLang } = {},
    ): { text: string; en: string } {
      const lang = options.lang ?? 'en';
      const classification = options.classification ?? held(r, family, key) ?? family;
      const named = { reporter: r.reporter };
      const name = commodityName(user, classification, key, lang, named);
      const en = lang === 'en' ? name : commodityName(user, classification, key, 'en', named);
      const data = name && en ? null : dataDescription(r, classification, key);
      return { text: name ?? data ?? '', en: en ?? (data && !NOT_ENGLISH.test(data) ? data : '') };
    },
    /** A code's name for running text: its short name ("electricity"), else its nomenclature's; null where none names it. */
    nameOf(classification: string, code: string, lang: NameLang, options: CommodityNameOptions = {}): string | null {
      return shortCommodityName(classification, code, lang) ?? commodityName(user, classification, code, lang, options);
    },
  };
}
export type BreakdownRepo = ReturnType<typeof createBreakdownRepo>;
