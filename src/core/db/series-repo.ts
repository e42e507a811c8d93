import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/** Milli-units from the stored integer and its decimals; matches the generated column, readable from the covering index. */
export const VALUE_MILLI_SQL = 'value * CASE value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END';

export type SeriesFilter = {
  reporter?: string;
  partner?: string;
  flows: string[];
  hs: string[];
  excludeHs: string[];
  from?: string;
  to?: string;
  freq: 'month' | 'year';
};

export type PeriodSum = { period: string; flow: string; currency: string; milli: number };

/**
 * Sums by period, flow and currency, plus which periods each flow has any data for at all (so a
 * commodity filter that matches nothing in a covered month reads as zero, not as missing).
 */
export function createSeriesRepo(db: Db) {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };

  function where(f: SeriesFilter, withCodes: boolean): { sql: string; params: unknown[] } {
    const parts = ['freq = ?', 'superseded_by IS NULL', 'deleted_by IS NULL'];
    const params: unknown[] = [f.freq];
    const add = (sql: string, ...values: unknown[]) => {
      parts.push(sql);
      params.push(...values);
    };
    if (f.reporter) add('reporter = ?', f.reporter);
    if (f.partner) add('partner = ?', f.partner);
    add(`flow IN (${f.flows.map(() => '?').join(',')})`, ...f.flows);
    if (f.from) add('period >= ?', f.from);
    if (f.to) add('period <= ?', f.to);
    if (withCodes && f.hs.length) add(`(${f.hs.map(() => 'code LIKE ?').join(' OR ')})`, ...f.hs.map((c) => `${c}%`));
    if (withCodes && f.excludeHs.length) add(`NOT (${f.excludeHs.map(() => 'code LIKE ?').join(' OR ')})`, ...f.excludeHs.map((c) => `${c}%`));
    return { sql: parts.join(' AND '), params };
  }

  function sums(f: SeriesFilter): PeriodSum[] {
    const w = where(f, true);
    return prepared(`SELECT period, flow, currency, SUM(${VALUE_MILLI_SQL}) AS milli FROM trade_record WHERE ${w.sql} GROUP BY period, flow, currency ORDER BY period`).all(...w.params) as PeriodSum[];
  }

  function coverage(f: SeriesFilter): { period: string; flow: string }[] {
    const w = where(f, false);
    return prepared(`SELECT DISTINCT period, flow FROM trade_record WHERE ${w.sql}`).all(...w.params) as { period: string; flow: string }[];
  }

  return { sums, coverage };
}

export type SeriesRepo = ReturnType<typeof createSeriesRepo>;
