import type { Cursor, RecordColumn, RecordsPage, RecordsQuery } from '../../shared/domain';
import type { tempCore } from './temp-core';

/** Every shown record id in the grid's order, paged by key only (skip 0, so no jump logic is involved). */
export async function pagedIds(
  t: ReturnType<typeof tempCore>,
  column: RecordColumn,
  dir: 'asc' | 'desc',
  limit: number,
  filters: RecordsQuery['filters'] = {},
): Promise<number[]> {
  const ids: number[] = [];
  let after: Cursor | null = null;
  for (;;) {
    const page: RecordsPage = await t.call('listRecords', { sort: { column, dir }, filters, after, limit });
    ids.push(...page.rows.map((r) => r.id));
    if (!page.next) return ids;
    after = page.next;
  }
}
