import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/** `n` rows: every third in tonnes (a small match), the rest in kg (a large one), codes descending against ids. */
const rows = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${String(999_999 - (i % 5000)).padStart(6, '0')},item ${i},${i + 1},USD,${i},${i % 3 === 0 ? 't' : 'kg'}`,
  );

describe("the grid's page before its total", () => {
  it('shows a large match without counting it, then counts it; a small or summed match comes counted', async () => {
    t = tempCore();
    // More than the 10,000 rows a page counts before it stops.
    await t.call('importFiles', {
      files: [{ path: t.file('a.csv', [HEADER, ...rows(15_000)].join('\n')) }],
      options: {},
    });
    const kg = { unit: { op: 'equals', value: 'kg' } } as const;
    const tonnes = { unit: { op: 'equals', value: 't' } } as const;

    const sorts = [
      { column: 'id', dir: 'asc' },
      { column: 'code', dir: 'asc' },
      { column: 'value', dir: 'desc' },
    ] as const;
    const shown = [];
    for (const sort of sorts) shown.push(await t.call('gridPage', { filters: kg, sort, limit: 100 }));
    // Not counted yet: said so, never a 0 or a part count.
    expect(shown.map((p) => p.total)).toEqual([null, null, null]);
    for (const [i, sort] of sorts.entries()) {
      // The same rows, in the same order, as the page counted first.
      const counted = await t.call('listRecords', { filters: kg, sort, limit: 100 });
      expect(shown[i]!.rows.map((r) => r.id)).toEqual(counted.rows.map((r) => r.id));
      expect(shown[i]!.next).toEqual(counted.next);
      expect(shown[i]!.rows.every((r) => r.unit === 'kg')).toBe(true);
    }
    // listRecords counted it: a later page says it.
    expect((await t.call('gridPage', { filters: kg, limit: 1 })).total).toBe(10_000);

    const other = { ...kg, partner: { op: 'equals', value: 'PRK' } } as const;
    expect((await t.call('gridPage', { filters: other, limit: 1 })).total).toBeNull();
    expect(await t.call('countRecords', { filters: other })).toEqual({ total: 10_000 });
    // Counted once, the total comes with every later page until the data changes.
    const later = await t.call('gridPage', { filters: other, sort: { column: 'code', dir: 'asc' }, limit: 100 });
    expect(later.total).toBe(10_000);

    // A match under the bound is counted on the way (exactly), and the unfiltered total comes from the summary.
    expect((await t.call('gridPage', { filters: tonnes, limit: 10 })).total).toBe(5_000);
    expect((await t.call('gridPage', { limit: 10 })).total).toBe(15_000);

    // A delete moves the count: the kept total goes with it (now under the bound, it is counted on the way).
    const first = await t.call('gridPage', { filters: kg, limit: 2 });
    await t.call('deleteRecords', { ids: first.rows.map((r) => r.id) });
    expect((await t.call('gridPage', { filters: kg, limit: 2 })).total).toBe(9_998);
    expect(await t.call('countRecords', { filters: kg })).toEqual({ total: 9_998 });
    expect(await t.call('countRecords', { filters: kg, deleted: true })).toEqual({ total: 2 });
  });

  it('refuses a count asked with a page or a sort: it counts filters only', async () => {
    t = tempCore();
    await expect(t.call('countRecords', { filters: {}, limit: 5 } as never)).rejects.toMatchObject({
      code: 'bad_input',
    });
    expect(await t.call('countRecords', {})).toEqual({ total: 0 });
  });
});
