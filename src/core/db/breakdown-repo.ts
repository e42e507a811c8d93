import type { Statement } from 'better-sqlite3';
import { commodityName, shortCommodityName, type CommodityNameOptions } from '../reference/commodity-names';
import type { NameLang } from '../reference/areas';
import { createCommodityRefRepo } from './commodity-ref-repo';
import type { Db } from './open';
import { VALUE_MILLI_SQL } from './series-repo';

const NOT_ENGLISH = /[\p{Script=Han}\p{Script=Hangul}]/u;

export type BreakdownFilter = {
  reporter?: string;
  partner?: string;
  flows: string[];
  freq: 'month' | 'year';
  from: string;
  to: string;
  hs: string[];
  excludeHs: string[];
};
export type GroupSum = { key: string; currency: string; milli: number };

/** Fixed map from the breakdown dimension to SQL: never spliced from input. */
const KEY_SQL = {
  code: (level: number) => `substr(code, 1, ${Number(level)})`,
  partner: () => 'partner',
  regime: () => "COALESCE(regime, '')",
  province: () => "COALESCE(province, '')",
} as const;

/** Sums of current detail rows of a period range, grouped by a commodity level or a dimension. */
export function createBreakdownRepo(db: Db) {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const user = createCommodityRefRepo(db);

  /** The filter's WHERE: current detail rows of the period range, the reporter, partner, flows and commodity filter. */
  function where(f: BreakdownFilter): { sql: string; params: unknown[] } {
    const parts = ['superseded_by IS NULL', 'is_aggregate = 0', 'deleted_by IS NULL', 'freq = ?', 'period >= ?', 'period <= ?'];
    const params: unknown[] = [f.freq, f.from, f.to];
    const add = (sql: string, ...values: unknown[]) => {
      parts.push(sql);
      params.push(...values);
    };
    if (f.reporter) add('reporter = ?', f.reporter);
    if (f.partner) add('partner = ?', f.partner);
    add(`flow IN (${f.flows.map(() => '?').join(',')})`, ...f.flows);
    if (f.hs.length) add(`(${f.hs.map(() => 'code LIKE ?').join(' OR ')})`, ...f.hs.map((c) => `${c}%`));
    if (f.excludeHs.length) add(`NOT (${f.excludeHs.map(() => 'code LIKE ?').join(' OR ')})`, ...f.excludeHs.map((c) => `${c}%`));
    return { sql: parts.join(' AND '), params };
  }

  function sums(f: BreakdownFilter, by: keyof typeof KEY_SQL, level: number): GroupSum[] {
    const w = where(f);
    const key = KEY_SQL[by](level);
    return prepared(`SELECT ${key} AS key, currency, SUM(${VALUE_MILLI_SQL}) AS milli FROM trade_record WHERE ${w.sql}
      GROUP BY 1, 2 ORDER BY 3 DESC`).all(...w.params) as GroupSum[];
  }

  /** The classification of the rows a code group holds (the first found: a figure is of one classification). */
  function heldClassification(f: BreakdownFilter, key: string): string | null {
    const w = where(f);
    return (prepared(`SELECT classification FROM trade_record WHERE ${w.sql} AND code >= ? AND code < ? LIMIT 1`).pluck().get(...w.params, key, `${key}~`) as string | undefined) ?? null;
  }

  /** The file's own description of an exact code of that classification, among the filter's rows. */
  function dataDescription(f: BreakdownFilter, classification: string, code: string): string | null {
    const w = where(f);
    return (prepared(`SELECT d.text FROM trade_record r JOIN description d ON d.id = r.description_id WHERE ${w.sql} AND code = ? AND classification = ?
      ORDER BY r.id DESC LIMIT 1`).pluck().get(...w.params, code, classification) as string | undefined) ?? null;
  }

  /**
   * A code group's name, from a nomenclature of its own classification (the one asked for, else the one
   * its rows hold): the user's, else the bundled one, else the file's own description of the code; '' if none.
   * `en` is the English name where one is known.
   */
  function describe(f: BreakdownFilter, key: string, options: { classification?: string; lang?: NameLang } = {}): { text: string; en: string } {
    const lang = options.lang ?? 'en';
    const classification = options.classification ?? heldClassification(f, key) ?? 'HS';
    const named = { reporter: f.reporter };
    const name = commodityName(user, classification, key, lang, named);
    const en = lang === 'en' ? name : commodityName(user, classification, key, 'en', named);
    const data = name && en ? null : dataDescription(f, classification, key);
    return { text: name ?? data ?? '', en: en ?? (data && !NOT_ENGLISH.test(data) ? data : '') };
  }

  /** A code's name for running text: its short name ("electricity"), else its nomenclature's; null where none names it. */
  function nameOf(classification: string, code: string, lang: NameLang, options: CommodityNameOptions = {}): string | null {
    return shortCommodityName(classification, code, lang) ?? commodityName(user, classification, code, lang, options);
  }

  return { sums, describe, nameOf };
}
export type BreakdownRepo = ReturnType<typeof createBreakdownRepo>;
