import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { RecordColumn, RecordsQuery } from '../../shared/domain';
import { mergedOrder, type MergedColumn } from '../db/records-merged-sort';
import { createSortIndexes } from '../db/records-sort-index';
import { pagedIds } from './paged-ids';
import type { tempCore } from './temp-core';

type Core = ReturnType<typeof tempCore>;

/** The indexes a large table gets the first time it is sorted (or filtered) by each column. */
export function buildSortIndexes(t: Core, ...columns: RecordColumn[]): void {
  const db = new Database(join(t.dir, 'test.sqlite'));
  for (const column of columns) createSortIndexes(db).ensure(column, 5_000_000);
  db.close();
}

/**
 * Paged by key at several page sizes, and jumped to from the start, the sort gives exactly `all`
 * (its rows as read before the indexes were built), with the count of them.
 */
export async function expectPagesAndJumps(
  t: Core,
  column: RecordColumn,
  dir: 'asc' | 'desc',
  filters: RecordsQuery['filters'],
  all: number[],
): Promise<void> {
  expect(all.length, JSON.stringify(filters)).toBeGreaterThan(0);
  for (const limit of [1, 7, 37]) expect(await pagedIds(t, column, dir, limit, filters)).toEqual(all);
  for (const skip of [1, 6, all.length - 1]) {
    const page = await t.call('listRecords', { sort: { column, dir }, filters, skip, limit: 5 });
    expect(page.rows.map((r) => r.id)).toEqual(all.slice(skip, skip + 5));
    expect(page.total).toBe(all.length);
  }
}

/** The current rows sorted by `column` are read in order from its sort index, from each cursor: no sort of the whole table. */
export function expectReadFromIndex(t: Core, column: MergedColumn, afters: ({ v: string; id: number } | null)[]): void {
  const db = new Database(join(t.dir, 'test.sqlite'));
  try {
    for (const desc of [false, true])
      for (const after of afters) {
        const { sql, params } = mergedOrder(
          column,
          (v) => `r.id AS id, ${v} AS sort_v`,
          { sql: 'r.superseded_by IS NULL AND r.deleted_by IS NULL', params: [] },
          desc,
          after,
        );
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql} LIMIT 10`).all(...params) as { detail: string }[])
          .map((p) => p.detail)
          .join(' | ');
        expect(plan).toContain(`trade_record_sort_${column}`);
        expect(plan).not.toContain('TEMP B-TREE');
      }
  } finally {
    db.close();
  }
}
