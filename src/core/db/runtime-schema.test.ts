import { describe, expect, it } from 'vitest';
import { RecordColumn } from '../../shared/domain';
import { migrate } from './migrate';
import { openDb } from './open';
import { BULK_REBUILT_INDEXES, SORT_INDEX_KEYS, sortIndexName, sortIndexSql } from './runtime-schema';

/** The migrations plus runtime-schema.ts are the whole schema: no name here may point at nothing. */
describe('the runtime schema', () => {
  const db = openDb(':memory:');
  migrate(db, () => {});
  const indexes = () =>
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trade_row' AND sql IS NOT NULL")
      .pluck()
      .all() as string[];

  it('rebuilds in bulk only indexes the migrations made (trade_record_series went in 0005)', () => {
    expect(indexes()).toEqual(expect.arrayContaining([...BULK_REBUILT_INDEXES]));
    expect(BULK_REBUILT_INDEXES).not.toContain('trade_record_series');
  });

  it('builds a sort index for every sortable column, over the current rows, and none for the rest', () => {
    const sortable = RecordColumn.options.filter((c) => SORT_INDEX_KEYS[c]);
    expect(sortable.length).toBeGreaterThan(5);
    for (const c of sortable) db.exec(sortIndexSql(c)!);
    expect(indexes()).toEqual(expect.arrayContaining(sortable.map(sortIndexName)));
    const sql = db
      .prepare('SELECT sql FROM sqlite_master WHERE name = ?')
      .pluck()
      .get(sortIndexName('value')) as string;
    expect(sql).toMatch(/WHERE superseded_by IS NULL AND deleted_by IS NULL$/);
    for (const c of RecordColumn.options.filter((c) => !SORT_INDEX_KEYS[c])) expect(sortIndexSql(c)).toBeNull();
  });
});
