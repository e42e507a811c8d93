// Dashboard queries on a generated N-row database (default 5,000,000, BENCH_ROWS to change), timed
// in Tidemark (SQLite, through the same repos the core uses) and in DuckDB on the same CSV, in the
// same run. Series and breakdown go through the figure model as the dashboard calls them. Prints median latencies and the ratio Tidemark / DuckDB. Targets (issue 4): every
// dashboard query <= 0.1x DuckDB; a grid page <= 1 ms at any depth.
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildBreakdown } from '../src/core/analysis/breakdown';
import { buildSeries } from '../src/core/analysis/series';
import { createBreakdownRepo } from '../src/core/db/breakdown-repo';
import { createDefinitionsRepo } from '../src/core/db/definitions-repo';
import { migrate } from '../src/core/db/migrate';
import { openDb } from '../src/core/db/open';
import { createRecordsRepo } from '../src/core/db/records-repo';
import { createScopeRepo } from '../src/core/db/scope-repo';
import { createSeriesRepo } from '../src/core/db/series-repo';
import { AnalysisSeriesQuery, BreakdownQuery } from '../src/shared/analysis-types';
import { importFile } from '../src/core/import/pipeline/run-import';
import { benchCsvParts } from './lib/generate-customs-csv';

const ROWS = Number(process.env.BENCH_ROWS ?? 5_000_000);
const DATA = resolve(import.meta.dirname, '.data');
mkdirSync(DATA, { recursive: true });
const csvPath = join(DATA, `customs-${ROWS}.csv`);
const dbPath = join(DATA, `query-${ROWS}.sqlite`);

console.log(`Generating ${ROWS.toLocaleString()} rows (cached in bench/.data)…`);
const csv = benchCsvParts(csvPath, ROWS).map((p) => p.path);
if (!existsSync(dbPath)) {
  const db = openDb(dbPath);
  migrate(db, () => {});
  const t0 = performance.now();
  // The generated file holds every good and partner of its months (it has no TOTAL or World row to say so).
  let imported = 0;
  for (const path of csv)
    imported += importFile(db, { path }, { goods: 'all', partners: 'all' }, () => {}).rowsImported;
  console.log(
    `Imported ${imported.toLocaleString()} rows into SQLite in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  db.exec('ANALYZE');
  db.close();
} else {
  // A database cached by an older Tidemark is brought to this schema first, as the app would.
  const db = openDb(dbPath);
  const m = migrate(db, () => {});
  if (m.from !== m.to) console.log(`Migrated the cached database from schema ${m.from} to ${m.to}`);
  db.close();
}
const db = openDb(dbPath, { readonly: true });
// The dashboard's own path: the figure model over summary_total and the batches' scope.
const analysis = {
  series: createSeriesRepo(db),
  scopes: createScopeRepo(db),
  defs: createDefinitionsRepo(db),
  breakdown: createBreakdownRepo(db),
};
const records = createRecordsRepo(db);

const duck = await DuckDBInstance.create(':memory:');
const dc = await duck.connect();
{
  const t0 = performance.now();
  const read = `read_csv([${csv.map((p) => `'${p}'`).join(', ')}], header = true, filename = true,
    types = {'period': 'VARCHAR', 'code': 'VARCHAR', 'value': 'BIGINT', 'quantity': 'DOUBLE'})`;
  // A figure two files state is the later file's in Tidemark (a revision supersedes the earlier row).
  // Random rows repeat keys: at 50M rows in two parts, about 1.06M rows of the first part are restated
  // by the second. DuckDB keeps the same rows: those of the last part (the names sort in order) that
  // states their key, in the files' order (the window reorders them; the grid page reads by id).
  const key = 'reporter, partner, flow, period, classification, code';
  await dc.run(
    csv.length > 1
      ? `CREATE TABLE t AS SELECT * EXCLUDE (filename, last) FROM (SELECT row_number() OVER () AS id, *,
          max(filename) OVER (PARTITION BY ${key}) AS last FROM ${read}) WHERE filename = last ORDER BY id`
      : `CREATE TABLE t AS SELECT * EXCLUDE (filename) FROM (SELECT row_number() OVER () AS id, * FROM ${read})`,
  );
  console.log(`Loaded the same CSV into DuckDB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function median(fn: () => unknown | Promise<unknown>, runs = 15): Promise<number> {
  for (let i = 0; i < 2; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
const duckRows = async (sql: string) => (await dc.runAndReadAll(sql)).getRows();

const P = '2020-11';
const cases: {
  name: string;
  tidemark: () => unknown;
  duck: () => Promise<unknown>;
  check: (a: unknown, b: unknown) => boolean;
}[] = [
  {
    name: 'monthly series (CHN-PRK, imports+exports)',
    tidemark: () =>
      buildSeries(
        analysis,
        AnalysisSeriesQuery.parse({ reporter: 'CHN', partner: 'PRK', flow: 'total', frequency: 'month' }),
      ).points.length,
    duck: async () =>
      (await duckRows("SELECT period, SUM(value) FROM t WHERE reporter = 'CHN' AND partner = 'PRK' GROUP BY period"))
        .length,
    check: (a, b) => a === b,
  },
  {
    name: `top 20 commodities, CHN imports ${P}`,
    tidemark: () =>
      buildBreakdown(
        analysis,
        BreakdownQuery.parse({ reporter: 'CHN', flow: 'import', from: P, by: 'code', level: 8, top: 20 }),
      ).items[0]!.value,
    duck: async () =>
      Number(
        (
          await duckRows(
            `SELECT code, SUM(value) AS v FROM t WHERE reporter = 'CHN' AND flow = 'import' AND period = '${P}' GROUP BY code ORDER BY v DESC LIMIT 20`,
          )
        )[0]![1],
      ),
    check: (a, b) => a === b,
  },
  {
    name: 'YTD Jan-Nov 2020 vs 2019 by partner (CHN imports)',
    tidemark: () =>
      db
        .prepare(
          `SELECT partner, SUM(CASE WHEN period BETWEEN '2020-01' AND '2020-11' THEN total_milli END) AS now,
        SUM(CASE WHEN period BETWEEN '2019-01' AND '2019-11' THEN total_milli END) AS before FROM summary_total
        WHERE freq = 'month' AND reporter = 'CHN' AND flow = 'import' AND period BETWEEN '2019-01' AND '2020-11' AND substr(period, 6) <= '11' GROUP BY partner`,
        )
        .all().length,
    duck: async () =>
      (
        await duckRows(`SELECT partner, SUM(CASE WHEN period BETWEEN '2020-01' AND '2020-11' THEN value END), SUM(CASE WHEN period BETWEEN '2019-01' AND '2019-11' THEN value END)
        FROM t WHERE reporter = 'CHN' AND flow = 'import' AND period BETWEEN '2019-01' AND '2020-11' AND substr(period, 6) <= '11' GROUP BY partner`)
      ).length,
    check: (a, b) => a === b,
  },
  {
    name: 'all-time min and max month (CHN-PRK total)',
    tidemark: () =>
      db
        .prepare(
          `SELECT MIN(v), MAX(v) FROM (SELECT period, SUM(total_milli) / 1000 AS v
        FROM summary_total WHERE freq = 'month' AND reporter = 'CHN' AND partner = 'PRK' GROUP BY period)`,
        )
        .raw()
        .get(),
    duck: async () =>
      (
        await duckRows(
          "SELECT MIN(v), MAX(v) FROM (SELECT period, SUM(value) AS v FROM t WHERE reporter = 'CHN' AND partner = 'PRK' GROUP BY period)",
        )
      )[0],
    check: (a, b) => JSON.stringify((a as number[]).map(Number)) === JSON.stringify((b as bigint[]).map(Number)),
  },
  {
    name: 'grid page at row 4,000,000 by key (100 rows)',
    tidemark: () =>
      records.list({
        sort: { column: 'id', dir: 'asc' },
        filters: {},
        excludeCodes: [],
        after: { v: Math.floor(ROWS * 0.8), id: Math.floor(ROWS * 0.8) },
        skip: 0,
        limit: 100,
        deleted: false,
      }).rows[0]!.id,
    duck: async () =>
      Number((await duckRows(`SELECT * FROM t WHERE id > ${Math.floor(ROWS * 0.8)} ORDER BY id LIMIT 100`))[0]![0]),
    check: (a, b) => a === b,
  },
];

console.log(
  `\n${'query'.padEnd(52)} ${'tidemark ms'.padStart(12)} ${'duckdb ms'.padStart(10)} ${'ratio'.padStart(7)}  same answer`,
);
for (const c of cases) {
  const same = c.check(c.tidemark(), await c.duck());
  const a = await median(c.tidemark);
  const b = await median(c.duck);
  console.log(
    `${c.name.padEnd(52)} ${a.toFixed(3).padStart(12)} ${b.toFixed(3).padStart(10)} ${(a / b).toFixed(3).padStart(7)}  ${same ? 'yes' : 'NO'}`,
  );
}
db.close();
dc.closeSync();
