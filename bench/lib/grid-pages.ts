// The grid's first page under each filter and sort a researcher uses, timed through the records repo
// the core's listRecords calls (count included). The first call may build a sort index (cold); the
// median of the next ones is what every later visit costs (warm).
import type { Db } from '../../src/core/db/open';
import { createRecordsRepo } from '../../src/core/db/records-repo';
import { RecordsQuery } from '../../src/shared/domain';

type Case = { name: string; query: RecordsQuery };

const CASES: Case[] = [
  { name: 'filter partner = PRK', query: { filters: { partner: { op: 'equals', value: 'PRK' } } } },
  { name: 'filter code starts 8471', query: { filters: { code: { op: 'startsWith', value: '8471' } } } },
  { name: 'filter description has "frozen"', query: { filters: { description: { op: 'contains', value: 'frozen' } } } },
  { name: 'filter unit = kg', query: { filters: { unit: { op: 'equals', value: 'kg' } } } },
  { name: 'filter period = 2020-11', query: { filters: { period: { op: 'equals', value: '2020-11' } } } },
  { name: 'filter quantity = 1000', query: { filters: { quantity: { op: 'equals', value: '1000' } } } },
  { name: 'sort value desc', query: { sort: { column: 'value', dir: 'desc' } } },
  { name: 'sort period asc', query: { sort: { column: 'period', dir: 'asc' } } },
  { name: 'sort code asc', query: { sort: { column: 'code', dir: 'asc' } } },
  {
    name: 'partner = PRK, sort value desc',
    query: { filters: { partner: { op: 'equals', value: 'PRK' } }, sort: { column: 'value', dir: 'desc' } },
  },
  {
    name: 'code 8471, sort period asc',
    query: { filters: { code: { op: 'startsWith', value: '8471' } }, sort: { column: 'period', dir: 'asc' } },
  },
];

export function gridFirstPages(db: Db, runs = 7): { name: string; coldMs: number; warmMs: number; rows: number }[] {
  const records = createRecordsRepo(db);
  return CASES.map(({ name, query }) => {
    const q = RecordsQuery.parse({ ...query, limit: 100 });
    const t0 = performance.now();
    const first = records.list(q);
    const coldMs = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      records.list(q);
      times.push(performance.now() - t);
    }
    return { name, coldMs, warmMs: times.sort((a, b) => a - b)[Math.floor(runs / 2)]!, rows: first.rows.length };
  });
}
