// The grid's first page under each filter and sort a researcher uses (issue 15: partner, code prefix,
// description word, unit, period, quantity; each alone in the default order and sorted by value,
// period and code, and by unit and description, whose texts live in dictionaries), timed through the records repo the core's listRecords calls.
// - cold: the first call of the run, which may build a sort index (only the first case to need an
//   index pays for it; later cases find it built);
// - first: a repo that has shown one unfiltered page (so, as in an open grid, it knows the table's
//   total) and now counts this filter's total, as when a person applies the filter;
// - page: the same query again, the total cached as for every later page; count ≈ first − page.
// `unfilteredTotalMs` is the one count an open grid repeats after each change to the data.
// Each is the median of a few runs; the flag compares `first` with the target.
import type { Db } from '../../src/core/db/open';
import { createRecordsRepo } from '../../src/core/db/records-repo';
import { RecordsQuery } from '../../src/shared/domain';

export const TARGET_MS = 50;

type Filters = NonNullable<RecordsQuery['filters']>;
type Sort = NonNullable<RecordsQuery['sort']>;

export type GridPage = {
  name: string;
  coldMs: number;
  firstMs: number;
  pageMs: number;
  countMs: number;
  rows: number;
  total: number;
};

/** A quantity that is in the data (the generator's are random to 3 decimals), as a person would type it. */
function someQuantity(db: Db): string {
  const max = db.prepare('SELECT COALESCE(MAX(id), 0) FROM trade_record').pluck().get() as number;
  const q = db
    .prepare('SELECT quantity FROM trade_record WHERE id >= ? AND quantity IS NOT NULL ORDER BY id LIMIT 1')
    .pluck()
    .get(Math.floor(max / 2)) as number | undefined;
  return String(q ?? 1000);
}

function cases(db: Db): { name: string; query: RecordsQuery }[] {
  const quantity = someQuantity(db);
  const filters: [string, Filters][] = [
    ['(none)', {}],
    ['partner = PRK', { partner: { op: 'equals', value: 'PRK' } }],
    ['code starts 8471', { code: { op: 'startsWith', value: '8471' } }],
    ['description has "frozen"', { description: { op: 'contains', value: 'frozen' } }],
    ['unit = kg', { unit: { op: 'equals', value: 'kg' } }],
    ['period = 2020-11', { period: { op: 'equals', value: '2020-11' } }],
    [`quantity = ${quantity}`, { quantity: { op: 'equals', value: quantity } }],
  ];
  const sorts: [string, Sort][] = [
    ['by id', { column: 'id', dir: 'asc' }],
    ['value desc', { column: 'value', dir: 'desc' }],
    ['period asc', { column: 'period', dir: 'asc' }],
    ['code asc', { column: 'code', dir: 'asc' }],
    ['unit asc', { column: 'unit', dir: 'asc' }],
    ['description asc', { column: 'description', dir: 'asc' }],
  ];
  return filters.flatMap(([f, fq]) =>
    sorts.map(([s, sq]) => ({ name: `${f}, ${s}`, query: { filters: fq, sort: sq } })),
  );
}

const PRIME = RecordsQuery.parse({ limit: 1 });

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function gridFirstPages(db: Db, runs = 5): GridPage[] {
  return cases(db).map(({ name, query }) => {
    const q = RecordsQuery.parse({ ...query, limit: 100 });
    const timed = (records: ReturnType<typeof createRecordsRepo>) => {
      const t = performance.now();
      const page = records.list(q);
      return { ms: performance.now() - t, page };
    };
    const cold = timed(createRecordsRepo(db));
    const firsts: number[] = [];
    const pages: number[] = [];
    for (let i = 0; i < runs; i++) {
      const records = createRecordsRepo(db);
      records.list(PRIME);
      firsts.push(timed(records).ms);
      pages.push(timed(records).ms);
    }
    const firstMs = median(firsts);
    const pageMs = median(pages);
    return {
      name,
      coldMs: cold.ms,
      firstMs,
      pageMs,
      countMs: Math.max(0, firstMs - pageMs),
      rows: cold.page.rows.length,
      total: cold.page.total,
    };
  });
}

/** The unfiltered total, counted afresh (an open grid does this once after each change to the data). */
export function unfilteredTotalMs(db: Db, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const records = createRecordsRepo(db);
    const t = performance.now();
    records.list(PRIME);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The table bench:scale and bench:grid print. */
export function printGridPages(pages: GridPage[], unfilteredMs: number): void {
  const ms = (n: number) => n.toFixed(1).padStart(9);
  console.log(
    `${'filter, sort'.padEnd(40)} ${'cold ms'.padStart(9)} ${'first ms'.padStart(9)} ${'page ms'.padStart(9)} ${'count ms'.padStart(9)} ${'rows'.padStart(5)} ${'total'.padStart(10)}  [first <= ${TARGET_MS} ms]`,
  );
  for (const r of pages)
    console.log(
      `${r.name.padEnd(40)} ${ms(r.coldMs)} ${ms(r.firstMs)} ${ms(r.pageMs)} ${ms(r.countMs)} ${String(r.rows).padStart(5)} ${r.total.toLocaleString('en-US').padStart(10)}  ${r.firstMs <= TARGET_MS ? 'PASS' : 'over'}`,
    );
  const over = pages.filter((r) => r.firstMs > TARGET_MS).length;
  console.log(`${pages.length - over} of ${pages.length} within ${TARGET_MS} ms (first page, total included)`);
  console.log(`the unfiltered total and one row, after a change to the data: ${unfilteredMs.toFixed(1)} ms`);
}
