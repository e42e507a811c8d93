import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

async function load(n: number) {
  t = tempCore();
  const lines = Array.from(
    { length: n },
    (_, i) =>
      `2020-${String((i % 12) + 1).padStart(2, '0')},CHN,PRK,import,HS,${String(i % 7).padStart(4, '0')},item ${i},${(i * 37) % 101},USD,,`,
  );
  await t.call('importFiles', { files: [{ path: t.file('r.csv', [HEADER, ...lines].join('\n')) }], options: {} });
}

describe('records grid paging', () => {
  it('pages by key through every row exactly once, in any sort', async () => {
    await load(250);
    for (const sort of [
      { column: 'id', dir: 'asc' },
      { column: 'value', dir: 'desc' },
      { column: 'code', dir: 'asc' },
    ] as const) {
      const seen: number[] = [];
      let after = null;
      for (;;) {
        const page: Awaited<ReturnType<typeof t.call<'listRecords'>>> = await t.call('listRecords', {
          sort,
          after,
          limit: 40,
        });
        seen.push(...page.rows.map((r) => r.id));
        expect(page.total).toBe(250);
        if (!page.next) break;
        after = page.next;
      }
      expect(new Set(seen).size).toBe(250);
      expect(seen).toHaveLength(250);
    }
  });

  it('filters in the core', async () => {
    await load(70);
    const page = await t.call('listRecords', { filters: { code: { op: 'equals', value: '0003' } } });
    expect(page.total).toBe(10);
    expect(page.rows.every((r) => r.code === '0003')).toBe(true);
    const like = await t.call('listRecords', { filters: { description: { op: 'contains', value: '%' } } });
    expect(like.total).toBe(0); // % is a character to find, not a wildcard
  });
});

describe('editing a record', () => {
  it('saves a valid edit, bumps the version and writes the audit line', async () => {
    await load(3);
    const [first] = (await t.call('listRecords', { limit: 1 })).rows;
    const updated = await t.call('updateRecord', {
      id: first!.id,
      field: 'code',
      value: '0101',
      version: first!.version,
    });
    expect(updated.code).toBe('0101');
    expect(updated.version).toBe(first!.version + 1);
    const again = (await t.call('listRecords', { limit: 1 })).rows[0]!;
    expect(again.code).toBe('0101');
    const v = await t.call('updateRecord', { id: first!.id, field: 'value', value: '1,234.5', version: again.version });
    expect(v.value).toBe(1234.5);
  });

  it('refuses an edit made against an old version, and an invalid value, changing nothing', async () => {
    await load(3);
    const [first] = (await t.call('listRecords', { limit: 1 })).rows;
    await t.call('updateRecord', { id: first!.id, field: 'unit', value: 'kg', version: first!.version });
    await expect(
      t.call('updateRecord', { id: first!.id, field: 'unit', value: 't', version: first!.version }),
    ).rejects.toThrow(/conflict/);
    await expect(
      t.call('updateRecord', { id: first!.id, field: 'period', value: '2020-13', version: first!.version + 1 }),
    ).rejects.toThrow(/bad_input.*period/);
    const now = (await t.call('listRecords', { limit: 1 })).rows[0]!;
    expect([now.unit, now.period, now.version]).toEqual(['kg', first!.period, first!.version + 1]);
  });
});
