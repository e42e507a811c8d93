import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/** Milli-units from the stored integer and its decimals; matches the generated column, readable from an index. */
export const VALUE_MILLI_SQL = 'value * CASE value_exp WHEN 0 THEN 1000 WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END';

export type SeriesFilter = {
  reporter?: string;
  partner?: string;
  /** Flows as stored, i.e. from the reporter's side. */
  flows: string[];
  hs: string[];
  excludeHs: string[];
  from?: string;
  to?: string;
  freq: 'month' | 'year';
};

export type PeriodSum = { period: string; flow: string; currency: string; months: number; milli: number };
export type Covered = { period: string; flow: string; months: number };

/**
 * Sums for series. Without a commodity filter they come from summary_total (details where a group
 * has them, its aggregate only where it has none); with one, from the current detail rows, and any
 * group held only as an aggregate is reported so the series can call it missing, not zero.
 */
export function createSeriesRepo(db: Db) {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };

  function where(f: SeriesFilter, withCodes: boolean, withPartner = true): { sql: string; params: unknown[] } {
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
    if (withCodes && f.hs.length) add(`(${f.hs.map(() => 'code LIKE ?').join(' OR ')})`, ...f.hs.map((c) => `${c}%`));
    if (withCodes && f.excludeHs.length) add(`NOT (${f.excludeHs.map(() => 'code LIKE ?').join(' OR ')})`, ...f.excludeHs.map((c) => `${c}%`));
    return { sql: parts.join(' AND '), params };
  }

  const hasCodes = (f: SeriesFilter) => f.hs.length > 0 || f.excludeHs.length > 0;

  function sums(f: SeriesFilter): PeriodSum[] {
    if (!hasCodes(f)) {
      const w = where(f, false);
      return prepared(`SELECT period, flow, currency, period_months AS months, SUM(total_milli) AS milli
        FROM summary_total WHERE ${w.sql} GROUP BY period, flow, currency, period_months ORDER BY period`).all(...w.params) as PeriodSum[];
    }
    const w = where(f, true);
    return prepared(`SELECT period, flow, currency, period_months AS months, SUM(${VALUE_MILLI_SQL}) AS milli FROM trade_record
      WHERE superseded_by IS NULL AND is_aggregate = 0 AND deleted_by IS NULL AND ${w.sql} GROUP BY period, flow, currency, period_months ORDER BY period`).all(...w.params) as PeriodSum[];
  }

  /** Periods (with flows) where some group is held only as an aggregate, so a commodity filter cannot apply. */
  function aggregateOnly(f: SeriesFilter): { period: string; flow: string }[] {
    if (!hasCodes(f)) return [];
    const w = where(f, false);
    return prepared(`SELECT DISTINCT period, flow FROM summary_total WHERE ${w.sql} AND 0`).all(...w.params) as { period: string; flow: string }[];
  }

  /** Which periods the reporter published at all (any partner): inside them, no matching rows means zero. */
  function coverage(f: SeriesFilter): Covered[] {
    const w = where(f, false, false);
    return prepared(`SELECT period, flow, MAX(period_months) AS months FROM summary_total WHERE ${w.sql} GROUP BY period, flow`).all(...w.params) as Covered[];
  }

  return { sums, aggregateOnly, coverage };
}

export type SeriesRepo = ReturnType<typeof createSeriesRepo>;
