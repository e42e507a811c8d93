import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const rows = (n: number, code: string) =>
  Array.from(
    { length: n },
    (_, i) => `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${code},item ${i},${i + 1},USD,,`,
  );

describe('the grid total, kept between pages', () => {
  it('follows deletes, undo, and another window importing into the same database', async () => {
    t = tempCore();
    await t.call('importFiles', {
      files: [{ path: t.file('a.csv', [HEADER, ...rows(30, '0101')].join('\n')) }],
      options: {},
    });
    const first = await t.call('listRecords', { limit: 10 });
    expect(first.total).toBe(30);
    expect((await t.call('listRecords', { after: first.next, limit: 10 })).total).toBe(30);
    expect((await t.call('listRecords', { filters: { description: { op: 'contains', value: 'item 1' } } })).total).toBe(
      11,
    );

    await t.call('deleteRecords', { ids: [first.rows[0]!.id, first.rows[1]!.id] });
    expect((await t.call('listRecords', {})).total).toBe(28);
    expect((await t.call('listRecords', { deleted: true })).total).toBe(2);
    expect((await t.call('listRecords', { filters: { description: { op: 'contains', value: 'item 1' } } })).total).toBe(
      10,
    );
    await t.call('undo', {});
    expect((await t.call('listRecords', {})).total).toBe(30);

    // A second core is another connection, as another window or the import worker would be.
    const other = openCore({ dbPath: join(t.dir, 'test.sqlite'), log: () => {} });
    try {
      const r = await other.dispatch('importFiles', {
        files: [{ path: t.file('b.csv', [HEADER, ...rows(5, '0202')].join('\n')) }],
        options: {},
      });
      expect(r.ok).toBe(true);
    } finally {
      other.close();
    }
    expect((await t.call('listRecords', {})).total).toBe(35);
    expect((await t.call('listRecords', { filters: { code: { op: 'equals', value: '0202' } } })).total).toBe(5);
  });
});

describe('filtered totals from the summary table', () => {
  it('counts equality filters on partner, reporter, flow, period and currency exactly as a scan would, around revisions, deletes and world rows', async () => {
    t = tempCore();
    const partners = ['PRK', 'RUS', 'WLD', 'KOR'];
    const lines = Array.from(
      { length: 200 },
      (_, i) =>
        `2020-${String((i % 12) + 1).padStart(2, '0')},${i % 5 ? 'CHN' : 'KOR'},${partners[i % 4]},${i % 3 ? 'import' : 'export'},HS,${String(i % 17).padStart(4, '0')},item ${i},${i + 1},${i % 7 ? 'USD' : 'CNY'},,`,
    );
    await t.call('importFiles', { files: [{ path: t.file('a.csv', [HEADER, ...lines].join('\n')) }], options: {} });
    // A revision supersedes a row; a delete hides two.
    await t.call('importFiles', {
      files: [{ path: t.file('r.csv', `${HEADER}\n2020-01,CHN,PRK,import,HS,0000,item 0,5,USD,,\n`) }],
      options: {},
    });
    const page = await t.call('listRecords', { filters: { partner: { op: 'equals', value: 'RUS' } }, limit: 2 });
    await t.call('deleteRecords', { ids: page.rows.map((r) => r.id) });

    const scan = async (filters: Record<string, string>) => {
      // The same filter with one more, always-true condition that summary_total cannot answer: a scan.
      const r = await t.call('listRecords', {
        filters: {
          ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { op: 'equals', value: v }])),
          code: { op: 'contains', value: '0' },
        },
        limit: 1,
      });
      return r.total;
    };
    const cases: Record<string, string>[] = [
      { partner: 'PRK' },
      { partner: 'RUS' },
      { partner: 'WLD' },
      { reporter: 'KOR', flow: 'export' },
      { period: '2020-01' },
      { currency: 'CNY', partner: 'KOR' },
      { partner: 'ZZZ' },
    ];
    for (const filters of cases) {
      const viaSummary = await t.call('listRecords', {
        filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { op: 'equals', value: v }])),
        limit: 1,
      });
      expect(viaSummary.total).toBe(await scan(filters));
    }
  });
});
