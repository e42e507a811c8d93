import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const rows = (n: number, code: string) => Array.from({ length: n }, (_, i) => `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${code},item ${i},${i + 1},USD,,`);

describe('the grid total, kept between pages', () => {
  it('follows deletes, undo, and another window importing into the same database', async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: t.file('a.csv', [HEADER, ...rows(30, '0101')].join('\n')) }], options: {} });
    const first = await t.call('listRecords', { limit: 10 });
    expect(first.total).toBe(30);
    expect((await t.call('listRecords', { after: first.next, limit: 10 })).total).toBe(30);
    expect((await t.call('listRecords', { filters: { description: { op: 'contains', value: 'item 1' } } })).total).toBe(11);

    await t.call('deleteRecords', { ids: [first.rows[0]!.id, first.rows[1]!.id] });
    expect((await t.call('listRecords', {})).total).toBe(28);
    expect((await t.call('listRecords', { deleted: true })).total).toBe(2);
    expect((await t.call('listRecords', { filters: { description: { op: 'contains', value: 'item 1' } } })).total).toBe(10);
    await t.call('undo', {});
    expect((await t.call('listRecords', {})).total).toBe(30);

    // A second core is another connection, as another window or the import worker would be.
    const other = openCore({ dbPath: join(t.dir, 'test.sqlite'), log: () => {} });
    try {
      const r = await other.dispatch('importFiles', { files: [{ path: t.file('b.csv', [HEADER, ...rows(5, '0202')].join('\n')) }], options: {} });
      expect(r.ok).toBe(true);
    } finally {
      other.close();
    }
    expect((await t.call('listRecords', {})).total).toBe(35);
    expect((await t.call('listRecords', { filters: { code: { op: 'equals', value: '0202' } } })).total).toBe(5);
  });
});
