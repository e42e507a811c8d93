import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pagedIds } from '../test-support/paged-ids';
import { HEADER, tempCore } from '../test-support/temp-core';
import { createRecordsSeek } from './records-seek';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const line = (i: number, value: number) =>
  `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${String(i).padStart(6, '0')},item ${i},${value},USD,,`;

/** 400 records; a revised file restates 60 of them (superseding the old rows) and 25 others are deleted. */
async function mixed() {
  t = tempCore();
  await t.call('importFiles', {
    files: [{ path: t.file('a.csv', [HEADER, ...Array.from({ length: 400 }, (_, i) => line(i, i + 1))].join('\n')) }],
    options: {},
  });
  await t.call('importFiles', {
    files: [
      { path: t.file('b.csv', [HEADER, ...Array.from({ length: 60 }, (_, i) => line(100 + i * 3, 9999))].join('\n')) },
    ],
    options: {},
  });
  await t.call('deleteRecords', { ids: Array.from({ length: 25 }, (_, i) => 7 + i * 13) });
}

const allIds = (dir: 'asc' | 'desc') => pagedIds(t, 'id', dir, 1000);

describe('a scroll jump in the default order', () => {
  it('lands on the same row by key as skipping would, in both directions, around superseded and deleted rows', async () => {
    await mixed();
    for (const dir of ['asc', 'desc'] as const) {
      const all = await allIds(dir);
      // 400 + 60 new rows, less the 60 superseded and the 21 deleted that were not among them.
      expect(all.length).toBe(379);
      for (const skip of [1, 5, 13, 60, 99, 150, 200, 374, 375, 500]) {
        const fromStart = await t.call('listRecords', { sort: { column: 'id', dir }, after: null, skip, limit: 3 });
        expect(fromStart.rows.map((r) => r.id)).toEqual(all.slice(skip, skip + 3));
        const k = 40;
        const fromCursor = await t.call('listRecords', {
          sort: { column: 'id', dir },
          after: { v: all[k]!, id: all[k]! },
          skip,
          limit: 3,
        });
        expect(fromCursor.rows.map((r) => r.id)).toEqual(all.slice(k + 1 + skip, k + 4 + skip));
      }
    }
  });

  it('answers by key (no OFFSET) while ids are dense, and declines once they are not', async () => {
    await mixed();
    const all = await allIds('asc');
    const raw = new Database(join(t.dir, 'test.sqlite'));
    const seek = createRecordsSeek(raw);
    // "after id X" with X the row before the target: the page then starts exactly at all[300].
    expect(seek.seek(null, 300, false)).toBe(all[299]);
    expect(seek.seek(all[10]!, 50, false)).toBe(all[60]);
    raw.pragma('foreign_keys = OFF');
    // Id 101 is a superseded row (the revised file restated it): removing it leaves a gap the check must see.
    raw.prepare('DELETE FROM edit_log WHERE record_id = 101').run();
    raw.prepare('DELETE FROM trade_record WHERE id = 101').run();
    expect(seek.seek(null, 300, false)).toBeNull();
    raw.close();
  });

  it('still lands right when ids are not dense (a row removed outside the app), by skipping instead', async () => {
    await mixed();
    const raw = new Database(join(t.dir, 'test.sqlite'));
    raw.pragma('foreign_keys = OFF');
    raw.prepare('DELETE FROM edit_log WHERE record_id = 50').run();
    raw.prepare('DELETE FROM trade_record WHERE id = 50').run();
    raw.exec('DELETE FROM summary_total');
    raw.close();
    // The summary no longer matches the rows either way: the jump must not trust arithmetic on ids.
    const all = await allIds('asc');
    const page = await t.call('listRecords', { sort: { column: 'id', dir: 'asc' }, after: null, skip: 100, limit: 2 });
    expect(page.rows.map((r) => r.id)).toEqual(all.slice(100, 102));
  });
});
