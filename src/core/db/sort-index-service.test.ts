import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordsQuery } from '../../shared/domain';
import { HEADER, tempCore } from '../test-support/temp-core';
import { openDb, type Db } from './open';
import { createRecordsRepo } from './records-repo';
import { createSortIndexBuilder, sourceSortIndexWorker, type SortIndexWorkerFactory } from './sort-index-service';

let t: ReturnType<typeof tempCore>;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  t?.dispose();
});

describe('the grid indexes of a large table, built in the background', () => {
  it('are built once on their own connection while this one keeps answering, then used', async () => {
    t = tempCore();
    const lines = Array.from(
      { length: 300 },
      (_, i) =>
        `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${1000 + i},item ${i},${(i * 37) % 1009},USD,${i},${i % 5 ? 'u' : 'kg'}`,
    );
    await t.call('importFiles', { files: [{ path: t.file('a.csv', [HEADER, ...lines].join('\n')) }], options: {} });
    const dbPath = join(t.dir, 'test.sqlite');
    db = openDb(dbPath);
    // 300 rows planned as 6M: a sort by value needs its index, a unit filter needs one to count.
    const records = createRecordsRepo(db, { scale: 20_000 });
    const byValue = RecordsQuery.parse({ sort: { column: 'value', dir: 'desc' }, limit: 3 });
    const kgByValue = RecordsQuery.parse({ ...byValue, filters: { unit: { op: 'equals', value: 'kg' } } });
    expect(records.missingIndexes(byValue)).toEqual({ columns: ['value'], for: 'page' });
    expect(records.missingIndexes(kgByValue)).toEqual({ columns: ['unit'], for: 'total' });
    // The first page while the index is missing: the same rows, read from the table, and nothing built.
    const values = lines.map((_, i) => (i * 37) % 1009).sort((a, b) => b - a);
    expect(records.list(byValue, { build: false }).rows.map((r) => r.value)).toEqual(values.slice(0, 3));
    expect(records.missingIndexes(byValue)).toEqual({ columns: ['value'], for: 'page' });

    const started = vi.fn<SortIndexWorkerFactory>((request) => sourceSortIndexWorker(request));
    const log = vi.fn();
    const builder = createSortIndexBuilder(started, { dbPath }, log);
    const builds = [builder.build(['value']), builder.build(['value', 'unit'])];
    // Meanwhile this connection pages in the default order, which needs no index.
    expect(records.list(RecordsQuery.parse({ limit: 5 })).rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    await Promise.all(builds);

    expect(started.mock.calls.map(([request]) => request.columns)).toEqual([['value'], ['unit']]);
    expect(log).not.toHaveBeenCalled();
    expect(records.missingIndexes(byValue)).toBeNull();
    expect(records.missingIndexes(kgByValue)).toBeNull();
    expect(records.list(byValue).rows.map((r) => r.value)).toEqual(values.slice(0, 3));
    const kg = records.list(kgByValue);
    expect(kg.total).toBe(60);
    expect(kg.rows.map((r) => r.unit)).toEqual(['kg', 'kg', 'kg']);
  });
});
