import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Cursor, RecordsPage, RecordsQuery } from '../../shared/domain';
import { pagedIds } from '../test-support/paged-ids';
import { buildSortIndexes, expectPagesAndJumps, expectReadFromIndex } from '../test-support/sort-checks';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/**
 * 240 rows over 13 descriptions (some shared, with commas and mixed case) plus every seventh row with
 * none, and 7 units plus every fifth row with none; one row deleted and one import revised, so hidden
 * rows are in the table too.
 */
async function load() {
  t = tempCore();
  const names = [
    'soap',
    'Soap',
    'cosmetics, other',
    'zinc',
    'apparatus "n.e.s."',
    'électricité',
    '北韩',
    'a',
    'b',
    'ab',
    'soap, toilet',
    'yarn',
    'Zinc',
  ];
  const units = ['kg', 'KG', 't', 'm²', '個', 'pairs', 'l'];
  const lines = Array.from(
    { length: 240 },
    (_, i) =>
      `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${String(i).padStart(4, '0')},${i % 7 === 0 ? '' : `"${names[(i * 5) % names.length]!.replace(/"/g, '""')}"`},${i + 1},USD,1,${i % 5 === 0 ? '' : units[(i * 3) % units.length]}`,
  );
  await t.call('importFiles', { files: [{ path: t.file('d.csv', [HEADER, ...lines].join('\n')) }], options: {} });
  await t.call('importFiles', {
    files: [{ path: t.file('rev.csv', `${HEADER}\n2020-02,CHN,PRK,import,HS,0001,soap,999,USD,1,kg\n`) }],
    options: {},
  });
  await t.call('deleteRecords', { ids: [5] });
}

/**
 * Filters with a sort by description or unit: a filter on the sorted column itself (only its texts
 * are walked), one another index answers (an id set), one tested row by row, and the empty
 * description (read from the joined text: never a merge).
 */
const FILTERED: RecordsQuery['filters'][] = [
  { description: { op: 'contains', value: 'SOAP' } },
  { unit: { op: 'equals', value: 'kg' } },
  { unit: { op: 'startsWith', value: 'p' } },
  { period: { op: 'equals', value: '2020-03' } },
  { code: { op: 'startsWith', value: '01' } },
  { value: { op: 'startsWith', value: '1' } },
  { description: { op: 'equals', value: '' } },
];

describe.each(['description', 'unit'] as const)('sorting by %s through its index', (column) => {
  it('pages and jumps to exactly the rows of the sort without the index', async () => {
    await load();
    const expected: Record<string, number[]> = {};
    for (const dir of ['asc', 'desc'] as const) expected[dir] = await pagedIds(t, column, dir, 240);
    expect(expected.asc).toHaveLength(239);
    buildSortIndexes(t, column);
    for (const dir of ['asc', 'desc'] as const) {
      const all = expected[dir]!;
      for (const limit of [1, 7, 37, 500]) expect(await pagedIds(t, column, dir, limit)).toEqual(all);
      for (const skip of [1, 6, 34, 35, 100, 237, 238, 239]) {
        const page = await t.call('listRecords', { sort: { column, dir }, after: null, skip, limit: 5 });
        expect(page.rows.map((r) => r.id)).toEqual(all.slice(skip, skip + 5));
        expect(page.total).toBe(239);
      }
      // A jump from a cursor inside the rows without a description, and from one inside a text.
      let after: Cursor | null = null;
      for (let seen = 0; seen < 200; seen += 10) {
        const page: RecordsPage = await t.call('listRecords', {
          sort: { column, dir },
          after,
          limit: 10,
        });
        after = page.next;
        const jumped = await t.call('listRecords', { sort: { column, dir }, after, skip: 13, limit: 4 });
        expect(jumped.rows.map((r) => r.id)).toEqual(all.slice(seen + 23, seen + 27));
      }
    }
  });

  it('pages and jumps a filtered sort to exactly the rows of the sort without the indexes', async () => {
    await load();
    const expected = new Map<string, number[]>();
    const cases = FILTERED.flatMap((filters) => (['asc', 'desc'] as const).map((dir) => ({ filters, dir })));
    for (const c of cases) expected.set(JSON.stringify(c), await pagedIds(t, column, c.dir, 240, c.filters));
    buildSortIndexes(t, column, 'period', 'code');
    for (const c of cases) await expectPagesAndJumps(t, column, c.dir, c.filters, expected.get(JSON.stringify(c))!);
  });

  it('reads the rows in order from the indexes, with no sort of the whole table', async () => {
    await load();
    buildSortIndexes(t, column);
    expectReadFromIndex(t, column, [null, { v: '', id: 50 }, { v: 'soap', id: 50 }]);
  });
});

describe('sorting by unit once a row holds the empty unit', () => {
  it('reads and sorts, so the empty unit and a missing one interleave by id as the sort says', async () => {
    await load();
    const raw = new Database(join(t.dir, 'test.sqlite'));
    const empty = raw.prepare(`INSERT INTO dim_unit (text) VALUES ('') RETURNING id`).pluck().get() as number;
    raw.prepare('UPDATE trade_row SET unit_id = ? WHERE id % 9 = 0').run(empty);
    raw.close();
    const expected: Record<string, number[]> = {};
    for (const dir of ['asc', 'desc'] as const) expected[dir] = await pagedIds(t, 'unit', dir, 240);
    buildSortIndexes(t, 'unit');
    for (const dir of ['asc', 'desc'] as const) {
      const all = expected[dir]!;
      const firsts = all.slice(0, 60);
      // Ascending, the rows with no unit and with '' come first, in one run of ids.
      if (dir === 'asc') expect(firsts.filter((id) => id % 9 === 0 || id % 5 === 1).length).toBeGreaterThan(50);
      for (const limit of [7, 500]) expect(await pagedIds(t, 'unit', dir, limit)).toEqual(all);
    }
  });
});
