// A person's first sort of a large table, through the core as the app calls it: the first page is
// read from the table while a worker builds the sort index (sort-index-service.ts), and the next page
// waits for the index. Meanwhile another caller asks for the grid's default page every 100 ms, as
// another view of the app would; the slowest of those answers says how long the core was busy.
import { openCore } from '../../src/core';
import type { RecordColumn, RecordsPage } from '../../src/shared/domain';

export type ColdSort = {
  column: RecordColumn;
  firstPageMs: number;
  nextPageMs: number;
  answers: number;
  slowestMs: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function coldSorts(
  dbPath: string,
  columns: RecordColumn[] = ['value', 'period', 'code'],
): Promise<ColdSort[]> {
  const core = openCore({ dbPath, log: (m, e) => console.error(m, e ?? '') });
  const list = async (input: unknown): Promise<RecordsPage> => {
    const r = await core.dispatch('listRecords', input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as RecordsPage;
  };
  const out: ColdSort[] = [];
  try {
    for (const column of columns) {
      const sort = { column, dir: column === 'value' ? 'desc' : 'asc' };
      const t0 = performance.now();
      let firstPageMs = 0;
      const pages = list({ sort, limit: 100 }).then(async (first) => {
        firstPageMs = performance.now() - t0;
        await list({ sort, after: first.next, limit: 100 });
        return performance.now() - t0;
      });
      const waits: number[] = [];
      let done = false;
      void pages.finally(() => (done = true));
      while (!done) {
        await sleep(100);
        const t = performance.now();
        await list({ limit: 100 });
        waits.push(performance.now() - t);
      }
      out.push({
        column,
        firstPageMs,
        nextPageMs: await pages,
        answers: waits.length,
        slowestMs: Math.max(0, ...waits),
      });
    }
  } finally {
    core.close();
  }
  return out;
}

export function printColdSorts(sorts: ColdSort[]): void {
  console.log(
    `${'first sort of the table'.padEnd(24)} ${'first page ms'.padStart(14)} ${'next page ms'.padStart(13)}  other calls meanwhile`,
  );
  for (const s of sorts)
    console.log(
      `${`by ${s.column}`.padEnd(24)} ${s.firstPageMs.toFixed(0).padStart(14)} ${s.nextPageMs.toFixed(0).padStart(13)}  ${s.answers} answered, slowest ${s.slowestMs.toFixed(0)} ms`,
    );
  console.log('(next page: once the index is built; both counted from the sort)');
}
