// The grid's first page under each filter and sort a researcher uses (issue 15: partner, code prefix,
// description word, unit, period, quantity; each alone in the default order and sorted by value,
// period and code, and by unit and description, whose texts live in dictionaries), timed through the
// records repo the core's gridPage, countRecords and listRecords call. Each on a repo that has shown
// one unfiltered page (so, as in an open grid, it knows the table's total) and not this filter's:
// - cold: the first call of the run, which may build a sort index (only the first case to need an
//   index pays for it; later cases find it built);
// - rows: the first page as the grid asks for it now (gridPage): the rows, shown at once, with the
//   total only when a summary answers it or the match is small (a bounded count, records-count.ts);
// - count: the total the grid asks for next (countRecords), shown when it comes;
// - both: the page with its total counted first (listRecords), as the grid asked before;
// - page: the same query again, the total cached as for every later page.
// `unfilteredTotalMs` is the one count an open grid repeats after each change to the data.
// Each is the median of a few interleaved runs; the flag compares `rows` with the target.
import type { Db } from '../../src/core/db/open';
import { createRecordsRepo } from '../../src/core/db/records-repo';
import { RecordsQuery } from '../../src/shared/domain';

export const TARGET_MS = 50;

type Filters = NonNullable<RecordsQuery['filters']>;
type Sort = NonNullable<RecordsQuery['sort']>;

export type GridTiming = {
  name: string;
  coldMs: number;
  /** The page the grid shows first (gridPage): its rows, the total only if known without counting. */
  rowsMs: number;
  /** The total the grid asks for after (countRecords), counted afresh. */
  countMs: number;
  /** The page with its total counted first (listRecords), as the grid asked before. */
  firstMs: number;
  pageMs: number;
  rows: number;
  total: number;
  /** Whether the first page came with its total (the match was small, or a summary answered). */
  counted: boolean;
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

export function gridFirstPages(db: Db, runs = 5): GridTiming[] {
  return cases(db).map(({ name, query }) => {
    const q = RecordsQuery.parse({ ...query, limit: 100 });
    const timed = <T>(read: () => T) => {
      const t = performance.now();
      const out = read();
      return { ms: performance.now() - t, out };
    };
    const cold = timed(() => createRecordsRepo(db).list(q));
    // Each measure on a repo that has shown one unfiltered page (as an open grid has) and has not counted this filter.
    const primed = () => {
      const records = createRecordsRepo(db);
      records.list(PRIME);
      return records;
    };
    const rows: number[] = [];
    const counts: number[] = [];
    const firsts: number[] = [];
    const pages: number[] = [];
    let counted = true;
    // Interleaved, so a burst of load on the shared machine falls on every column alike.
    for (let i = 0; i < runs; i++) {
      const [forRows, forCount, records] = [primed(), primed(), primed()];
      const shown = timed(() => forRows.page(q, { count: false }));
      rows.push(shown.ms);
      counted = shown.out.total !== null;
      counts.push(timed(() => forCount.count(q)).ms);
      firsts.push(timed(() => records.list(q)).ms);
      pages.push(timed(() => records.list(q)).ms);
    }
    return {
      name,
      coldMs: cold.ms,
      rowsMs: median(rows),
      countMs: median(counts),
      firstMs: median(firsts),
      pageMs: median(pages),
      rows: cold.out.rows.length,
      total: cold.out.total,
      counted,
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
export function printGridPages(pages: GridTiming[], unfilteredMs: number): void {
  const ms = (n: number) => n.toFixed(1).padStart(9);
  const head = (t: string) => t.padStart(9);
  console.log(
    `${'filter, sort'.padEnd(40)} ${head('cold ms')} ${head('rows ms')} ${head('count ms')} ${head('both ms')} ${head('page ms')} ${'rows'.padStart(5)} ${'total'.padStart(10)}  [rows <= ${TARGET_MS} ms]`,
  );
  for (const r of pages)
    console.log(
      `${r.name.padEnd(40)} ${ms(r.coldMs)} ${ms(r.rowsMs)} ${ms(r.countMs)} ${ms(r.firstMs)} ${ms(r.pageMs)} ${String(r.rows).padStart(5)} ${r.total.toLocaleString('en-US').padStart(10)}${r.counted ? ' ' : '*'} ${r.rowsMs <= TARGET_MS ? 'PASS' : 'over'}`,
    );
  const over = pages.filter((r) => r.rowsMs > TARGET_MS).length;
  const bothOver = pages.filter((r) => r.firstMs > TARGET_MS).length;
  console.log(
    `${pages.length - over} of ${pages.length} first pages within ${TARGET_MS} ms (rows shown, * = total counted after); ` +
      `${pages.length - bothOver} of ${pages.length} with the total counted first`,
  );
  console.log(`the unfiltered total and one row, after a change to the data: ${unfilteredMs.toFixed(1)} ms`);
}
