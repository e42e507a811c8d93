import type { Db } from '../open';

/**
 * Drops trade_record_series (0001). Every query it served is served at least as well by the
 * indexes added since (EXPLAIN QUERY PLAN, bench/query-bench.ts):
 * - dashboard series without a commodity filter read summary_month (0003);
 * - series with a commodity filter seek trade_record_key (reporter, partner, flow, period, code), current rows only;
 * - breakdowns seek trade_record_breakdown;
 * - the writer's supersede and nested-aggregate checks seek trade_record_key.
 * Each index on trade_record is paid on every imported row (a random B-tree insert); this one cost
 * about a fifth of the import time and a third of the database's size.
 */
export function up(db: Db): void {
  db.exec('DROP INDEX IF EXISTS trade_record_series');
}
