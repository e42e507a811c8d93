import type { Statement } from 'better-sqlite3';
import type { Db } from './open';
import { VALUE_MILLI_SQL } from './series-repo';

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
  const dataDescription = db.prepare(`SELECT d.text FROM trade_record r JOIN description d ON d.id = r.description_id
    WHERE r.code = ? AND r.superseded_by IS NULL AND r.deleted_by IS NULL ORDER BY r.id DESC LIMIT 1`).pluck();
  const refDescription = db.prepare(`SELECT description FROM commodity_ref WHERE code = ? ORDER BY lang = 'en', lang LIMIT 1`).pluck();
  const refEnglish = db.prepare(`SELECT description FROM commodity_ref WHERE code = ? AND lang = 'en' LIMIT 1`).pluck();

  function sums(f: BreakdownFilter, by: keyof typeof KEY_SQL, level: number): GroupSum[] {
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
    const key = KEY_SQL[by](level);
    return prepared(`SELECT ${key} AS key, currency, SUM(${VALUE_MILLI_SQL}) AS milli FROM trade_record WHERE ${parts.join(' AND ')}
      GROUP BY 1, 2 ORDER BY 3 DESC`).all(...params) as GroupSum[];
  }

  /** The data's own description for an exact code, else the imported nomenclature's; '' if neither. */
  function describe(code: string): { text: string; en: string } {
    const text = (dataDescription.get(code) as string | undefined) ?? (refDescription.get(code) as string | undefined) ?? '';
    return { text, en: (refEnglish.get(code) as string | undefined) ?? '' };
  }

  return { sums, describe };
}
export type BreakdownRepo = ReturnType<typeof createBreakdownRepo>;
