import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pagedIds } from '../test-support/paged-ids';
import { HEADER, tempCore } from '../test-support/temp-core';
import { importFile } from '../import/pipeline/run-import';
import { openDb } from './open';
import { createSortIndexes } from './records-sort-index';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/** 300 rows; every third has no quantity, values repeat so ties are broken by id. */
async function load() {
  t = tempCore();
  const lines = Array.from(
    { length: 300 },
    (_, i) =>
      `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${String(i % 9).padStart(4, '0')},item ${i},${(i * 37) % 50},USD,${i % 3 === 0 ? '' : (i * 7) % 40},${i % 5 ? 'kg' : ''}`,
  );
  await t.call('importFiles', { files: [{ path: t.file('q.csv', [HEADER, ...lines].join('\n')) }], options: {} });
}

describe('sorting the grid', () => {
  it('pages through every row once when the sort column has missing values (quantity, unit)', async () => {
    await load();
    for (const column of ['quantity', 'unit'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const ids = await pagedIds(t, column, dir, 37);
        expect(ids).toHaveLength(300);
        expect(new Set(ids).size).toBe(300);
      }
    }
  });

  it('jumps in a sorted view to the same rows that paging reaches', async () => {
    await load();
    for (const column of ['value', 'quantity', 'period', 'description'] as const) {
      const all = await pagedIds(t, column, 'desc', 37);
      for (const skip of [1, 36, 100, 250, 299, 300]) {
        const page = await t.call('listRecords', { sort: { column, dir: 'desc' }, after: null, skip, limit: 5 });
        expect(page.rows.map((r) => r.id)).toEqual(all.slice(skip, skip + 5));
      }
      const fromCursor = await t.call('listRecords', { sort: { column, dir: 'desc' }, after: null, limit: 10 });
      const jumped = await t.call('listRecords', {
        sort: { column, dir: 'desc' },
        after: fromCursor.next,
        skip: 50,
        limit: 5,
      });
      expect(jumped.rows.map((r) => r.id)).toEqual(all.slice(60, 65));
    }
  });

  it('builds a column index the first time a large table is sorted by it, and the sort query uses it', async () => {
    await load();
    const db = new Database(join(t.dir, 'test.sqlite'));
    const indexes = createSortIndexes(db);
    expect(indexes.ensure('value', 1_000)).toBe(false); // small: a scan is cheap
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'trade_record_sort_%'`).all()).toEqual([]);
    expect(indexes.ensure('value', 5_000_000)).toBe(true);
    expect(indexes.ensure('description', 5_000_000)).toBe(true); // rows grouped by description (records-merged-sort.ts)
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT r.id FROM trade_record r WHERE r.superseded_by IS NULL AND r.deleted_by IS NULL AND (r.value_milli, r.id) < (?, ?) ORDER BY r.value_milli DESC, r.id DESC LIMIT 100`,
      )
      .all(1, 1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('trade_record_sort_value');
    db.close();
  });
});

describe('a sort index and a large import', () => {
  it.each(['always', 'merge'] as const)(
    'is dropped by a bulk import (%s) and left for the host to build when the grid sorts by it again',
    async (mode) => {
      await load();
      const path = join(t.dir, 'test.sqlite');
      const db = openDb(path);
      const sortIndex = () =>
        db.prepare(`SELECT name FROM sqlite_master WHERE name = 'trade_record_sort_value'`).pluck().get();
      expect(createSortIndexes(db).ensure('value', 5_000_000)).toBe(true);
      const more = Array.from(
        { length: 50 },
        (_, i) => `2021-01,CHN,PRK,export,HS,9${String(i).padStart(3, '0')},more ${i},${1000 + i},USD,,`,
      );
      importFile(db, { path: t.file('more.csv', [HEADER, ...more].join('\n')) }, {}, () => {}, { bulkIndexes: mode });
      expect(sortIndex()).toBeUndefined();
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // The grid's page is right without it, and it is built again, holding the new rows.
      const top = await t.call('listRecords', { sort: { column: 'value', dir: 'desc' }, limit: 3 });
      expect(top.rows.map((r) => r.value)).toEqual([1049, 1048, 1047]);
      expect(createSortIndexes(db).ensure('value', 5_000_000)).toBe(true);
      expect(sortIndex()).toBe('trade_record_sort_value');
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      const again = await t.call('listRecords', { sort: { column: 'value', dir: 'desc' }, limit: 3 });
      expect(again.rows.map((r) => r.value)).toEqual([1049, 1048, 1047]);
    },
  );
});
