import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordsQuery, type Cursor, type RecordColumn } from '../../shared/domain';
import { HEADER, tempCore } from '../test-support/temp-core';
import { openDb, type Db } from './open';
import { seekFor } from './records-filter';
import { pageOptions, planPage, planPageBetween, type PagePlan } from './records-plan';
import { createRecordsRepo } from './records-repo';
import { createSortIndexes } from './records-sort-index';

let t: ReturnType<typeof tempCore>;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  t?.dispose();
});

type Filters = NonNullable<RecordsQuery['filters']>;
type Sort = { column: RecordColumn; dir: 'asc' | 'desc' };

/** Issue 15's filters, with what each matches among bench:grid's 5,000,000 rows (bench/lib/grid-pages.ts). */
const FILTERS: { name: string; filters: Filters; at5M: number; sql: string }[] = [
  {
    name: 'partner',
    filters: { partner: { op: 'equals', value: 'PRK' } },
    at5M: 200_299,
    sql: `r.partner = 'PRK'`,
  },
  {
    name: 'code prefix',
    filters: { code: { op: 'startsWith', value: '8471' } },
    at5M: 992,
    sql: `r.code LIKE '8471%'`,
  },
  {
    name: 'description word',
    filters: { description: { op: 'contains', value: 'FROZEN' } },
    at5M: 533_406,
    sql: `d.text LIKE '%frozen%'`,
  },
  {
    name: 'unit',
    filters: { unit: { op: 'equals', value: 'kg' } },
    at5M: 1_069_195,
    sql: `r.unit = 'kg'`,
  },
  {
    name: 'period',
    filters: { period: { op: 'equals', value: '2020-11' } },
    at5M: 41_647,
    sql: `r.period = '2020-11'`,
  },
  {
    name: 'quantity',
    filters: { quantity: { op: 'equals', value: '5,000.5' } },
    at5M: 1,
    sql: `r.quantity = 5000.5`,
  },
];
const SORTS: Sort[] = [
  { column: 'id', dir: 'asc' },
  { column: 'value', dir: 'desc' },
  { column: 'period', dir: 'asc' },
  { column: 'code', dir: 'asc' },
  { column: 'unit', dir: 'asc' },
  { column: 'description', dir: 'asc' },
];

/**
 * The path each filter and sort takes at 5M rows, with the indexes bench:grid has built by then (all
 * but partner's, which a partner filter never needs: summary_total counts it, and it is dense enough
 * to walk any sort's index): `strategy@index` (records-plan.ts).
 */
const AT_5M: Record<string, string[]> = {
  partner: ['table', 'walk@value', 'walk@period', 'walk@code', 'merge@unit', 'merge@description'],
  'code prefix': [
    'seek-sort@code',
    'seek-sort@code',
    'seek-sort@code',
    'seek@code',
    'seek-sort@code',
    'seek-sort@code',
  ],
  'description word': ['table', 'walk@value', 'walk@period', 'walk@code', 'merge@unit', 'merge-seek@description'],
  unit: ['table', 'probe@value+unit', 'probe@period+unit', 'probe@code+unit', 'merge-seek@unit', 'merge@description'],
  period: [
    'seek@period',
    'probe@value+period',
    'seek@period',
    'probe@code+period',
    'merge@unit+period',
    'merge@description+period',
  ],
  quantity: [
    'seek@quantity',
    'seek-sort@quantity',
    'seek-sort@quantity',
    'seek-sort@quantity',
    'seek-sort@quantity',
    'seek-sort@quantity',
  ],
};
const BUILT: RecordColumn[] = ['value', 'period', 'code', 'description', 'unit', 'quantity'];

/**
 * A plan as `strategy@index`, the index named in its table clause (and the filter's, for an id set).
 * A merge (records-merged-sort.ts) as `merge@column`, `+index` for an id set, `merge-seek` where the
 * filter narrows the sort's own dictionary.
 */
function label(plan: PagePlan): string {
  if (plan.strategy === 'merge')
    return `${plan.text ? 'merge-seek' : 'merge'}@${plan.column}${plan.indexes[1] ? `+${plan.indexes[1]}` : ''}`;
  const sort = /INDEXED BY trade_record_sort_(\w+)/.exec(plan.table)?.[1];
  const set = /INDEXED BY trade_record_sort_(\w+) WHERE/.exec(plan.filter.sql)?.[1];
  return sort ? `${plan.strategy}@${sort}${set ? `+${set}` : ''}` : plan.strategy;
}

describe('the grid page plan at 5M rows', () => {
  it('takes the cheapest path for each of issue 15 filters and sorts', () => {
    for (const f of FILTERS) {
      const got = SORTS.map((sort) => {
        const q = RecordsQuery.parse({ filters: f.filters, sort });
        const found = seekFor(q)!;
        return label(
          planPage({
            q,
            plain: false,
            total: f.at5M,
            shown: 5_000_000,
            sought: { ...found, matches: f.at5M },
            index: (c) => (BUILT.includes(c) ? 'built' : 'buildable'),
            merges: true,
          }),
        );
      });
      expect({ [f.name]: got }).toEqual({ [f.name]: AT_5M[f.name] });
    }
  });

  it('takes the same path for a large match before it is counted, knowing only its bounds', () => {
    // Counted as far as a hundredth of the table (records-repo.ts), a large match is somewhere between that and every row.
    const input = (f: (typeof FILTERS)[number], sort: Sort, total: number) => {
      const q = RecordsQuery.parse({ filters: f.filters, sort });
      return {
        q,
        plain: false,
        total,
        shown: 5_000_000,
        sought: { ...seekFor(q)!, matches: total },
        index: (c: RecordColumn) => (BUILT.includes(c) ? ('built' as const) : ('buildable' as const)),
        merges: true,
      };
    };
    // In id order, kg's rows come through its own index rather than the table: 100 rows fetched either way.
    const before: Record<string, string[]> = { ...AT_5M, unit: ['seek@unit', ...AT_5M.unit!.slice(1)] };
    for (const f of FILTERS.filter((f) => f.at5M > 50_000 && f.name !== 'partner')) {
      const plans = SORTS.map((sort) => planPageBetween(input(f, sort, 50_000), input(f, sort, 5_000_000)));
      expect({ [f.name]: plans.map(label) }).toEqual({ [f.name]: before[f.name] });
      // At the match's true size, each costs at most twice the cheapest path.
      SORTS.forEach((sort, i) => {
        const options = pageOptions(input(f, sort, f.at5M));
        const cost = options.find((o) => label(o.plan) === label(plans[i]!))!.cost;
        expect(cost, `${f.name}, ${sort.column}`).toBeLessThanOrEqual(2 * Math.min(...options.map((o) => o.cost)));
      });
    }
  });

  it('reads the index it names, and pages by key to exactly the rows of a plain sorted scan', async () => {
    // 10,000 rows in bench:grid's proportions, planned as 5M rows (scale 500): each filter matches the
    // same share of the rows, so each takes the path it takes at 5M.
    t = tempCore();
    const partners = ['RUS', 'KOR', 'JPN', 'USA', 'DEU', 'IND', 'VNM'];
    const lines = Array.from({ length: 10_000 }, (_, i) => {
      const period = `${2015 + Math.floor(((i * 7919) % 120) / 12)}-${String(((i * 7919) % 12) + 1).padStart(2, '0')}`;
      const partner = i % 25 === 0 ? 'PRK' : partners[i % 7];
      const code = i % 5000 === 17 ? '84710000' : `0${100 + ((i * 53) % 499)}0000`;
      const description = i % 28 < 3 ? `"Frozen fish, kind ${i % 3}"` : `item ${i % 50}`;
      const unit = i % 19 < 4 ? 'kg' : ['u', 'l', 'm2', 'pair'][i % 4];
      return `${period},CHN,${partner},import,HS,${code},${description},${(i * 7919) % 100_003},USD,${i}.5,${unit}`;
    });
    await t.call('importFiles', { files: [{ path: t.file('a.csv', [HEADER, ...lines].join('\n')) }], options: {} });
    // A revision supersedes a row and a delete hides one: neither may show.
    await t.call('importFiles', {
      files: [{ path: t.file('r.csv', `${HEADER}\n${lines[1]!.replace(/,\d+,USD/, ',7,USD')}\n`) }],
      options: {},
    });
    await t.call('deleteRecords', { ids: [25] });
    db = openDb(join(t.dir, 'test.sqlite'));
    const indexes = createSortIndexes(db);
    for (const column of BUILT) indexes.ensure(column, 5_000_000);
    const prepared: string[] = [];
    const everyStatement = new Set<string>();
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => (prepared.push(sql), everyStatement.add(sql), prepare(sql))) as typeof db.prepare;
    const records = createRecordsRepo(db, { scale: 500 });

    for (const f of FILTERS) {
      SORTS.forEach((sort, i) => {
        const order =
          sort.column === 'id'
            ? 'r.id'
            : `${{ value: 'r.value_milli', description: 'd.text' }[sort.column as string] ?? `r.${sort.column}`} ${sort.dir}, r.id ${sort.dir}`;
        const expected = (
          prepare(
            `SELECT r.id FROM trade_record r NOT INDEXED LEFT JOIN description d ON d.id = r.description_id
             WHERE r.superseded_by IS NULL AND r.deleted_by IS NULL AND ${f.sql} ORDER BY ${order}`,
          ).all() as { id: number }[]
        ).map((r) => r.id);
        expect(expected.length).toBeGreaterThan(0);
        prepared.length = 0;
        const ids: number[] = [];
        let after: Cursor | null = null;
        let total = -1;
        for (;;) {
          const page = records.list(RecordsQuery.parse({ filters: f.filters, sort, after, limit: 100 }));
          if (total < 0) {
            // The first page's statement, and the plan SQLite made of it.
            const sql = prepared.find((s) => s.includes('LIMIT ?'))!;
            const plan = (
              prepare(`EXPLAIN QUERY PLAN ${sql}`).all(
                ...sql
                  .split('?')
                  .slice(1)
                  .map(() => null),
              ) as {
                detail: string;
              }[]
            )
              .map((p) => p.detail)
              .join('\n');
            expect({ case: `${f.name} by ${sort.column}`, plan }).toEqual({
              case: `${f.name} by ${sort.column}`,
              plan: expect.stringMatching(planPattern(AT_5M[f.name]![i]!)),
            });
            expect(/TEMP B-TREE/.test(plan)).toBe(AT_5M[f.name]![i]!.startsWith('seek-sort'));
          }
          total = page.total;
          ids.push(...page.rows.map((r) => r.id));
          if (!page.next) break;
          after = page.next;
        }
        expect({ case: `${f.name} by ${sort.column}`, ids, total }).toEqual({
          case: `${f.name} by ${sort.column}`,
          ids: expected,
          total: expected.length,
        });
        const jumped = records.list(RecordsQuery.parse({ filters: f.filters, sort, skip: 3, limit: 5 }));
        expect(jumped.rows.map((r) => r.id)).toEqual(expected.slice(3, 8));
      });
    }

    // Two filters: the one sought is counted alone to plan; a partner has no index, and none is built to plan.
    const codeHasZero = { filters: { code: { op: 'contains', value: '0' } } as Filters, sql: `r.code LIKE '%0%'` };
    for (const [a, b] of [
      [FILTERS[0]!, FILTERS[4]!],
      [FILTERS[3]!, FILTERS[2]!],
      [FILTERS[1]!, FILTERS[5]!],
      [FILTERS[0]!, codeHasZero],
    ] as const) {
      for (const sort of SORTS.slice(0, 2)) {
        const order = sort.column === 'id' ? 'r.id' : 'r.value_milli DESC, r.id DESC';
        const expected = (
          prepare(
            `SELECT r.id FROM trade_record r NOT INDEXED LEFT JOIN description d ON d.id = r.description_id
             WHERE r.superseded_by IS NULL AND r.deleted_by IS NULL AND ${a.sql} AND ${b.sql} ORDER BY ${order}`,
          ).all() as { id: number }[]
        ).map((r) => r.id);
        const page = records.list(RecordsQuery.parse({ filters: { ...a.filters, ...b.filters }, sort, limit: 1000 }));
        expect(page.rows.map((r) => r.id)).toEqual(expected);
        expect(page.total).toBe(expected.length);
      }
    }

    // No statement reads the rows through an index SQLite chose itself: without statistics it takes
    // trade_record_key for any query on current rows, and fetches every row through it.
    const plans = [...everyStatement]
      .filter((sql) => /(FROM|JOIN) trade_row r\b/.test(sql))
      .map((sql) =>
        (
          prepare(`EXPLAIN QUERY PLAN ${sql}`).all(
            ...sql
              .split('?')
              .slice(1)
              .map(() => null),
          ) as { detail: string }[]
        )
          .map((p) => p.detail)
          .join('\n'),
      );
    expect(plans.length).toBeGreaterThan(40);
    expect(plans.filter((p) => /trade_record_(key|breakdown|series)/.test(p))).toEqual([]);
  });
});

/** What EXPLAIN QUERY PLAN says for each path: the table alone, an index walked (SCAN) or sought (SEARCH). */
function planPattern(path: string): RegExp {
  const [strategy, on] = path.split('@') as [string, string | undefined];
  const [index, set] = (on ?? '').split('+');
  // A sort by a dimension's text walks its dictionary in text order (its unique index), and each
  // text's rows in id order from the sort index on the dimension's id (records-plan.ts, sortWalk).
  const inOrder = (how: 'SCAN' | 'SEARCH') =>
    `(${how} r USING INDEX trade_record_sort_${index}${how === 'SCAN' ? '\\n' : ' \\('}|${how} s USING COVERING INDEX sqlite_autoindex_dim_${index}_1( \\([^)]*\\))?\\nSEARCH r USING INDEX trade_record_sort_${index} \\()`;
  if (strategy === 'table') return /^SCAN r\n/;
  // A merge: the rows without a text and the dictionary's texts' rows, both from the sort's index.
  if (strategy.startsWith('merge')) {
    const dictionary = index === 'unit' ? 'dim_unit' : 'description';
    const sorted = `SEARCH r USING INDEX trade_record_sort_${index} \\(`;
    const ids = set ? `[^]*SEARCH s USING INDEX trade_record_sort_${set} \\(` : '';
    const texts = `(SCAN|SEARCH) s USING COVERING INDEX sqlite_autoindex_${dictionary}_1[^\\n]*\\n${sorted}${ids}`;
    // merge-seek: the matching texts alone (no row without a text matches).
    if (strategy === 'merge-seek') return new RegExp(`^${texts}`);
    return new RegExp(`^MERGE \\(UNION ALL\\)\\nLEFT\\n${sorted}[^]*\\nRIGHT\\n${texts}`);
  }
  if (strategy === 'walk') return new RegExp(`^${inOrder('SCAN')}`);
  if (strategy === 'id-set')
    return new RegExp(`^${inOrder('SCAN')}[^]*SEARCH s USING INDEX trade_record_sort_${set} \\(`);
  if (strategy === 'seek') return new RegExp(`^${inOrder('SEARCH')}`);
  // probe: each entry of the sort's index looked up in the filter's (u), the row read only for a match.
  if (strategy === 'probe')
    return new RegExp(`^${inOrder('SCAN')}[^]*SEARCH u USING INDEX trade_record_sort_${set} \\([a-z_]+=\\? AND id=\\?`);
  // seek-sort: all the matches, sorted (by a column, their keys first in a subquery, then the page's rows by id).
  return new RegExp(`(^|\\n)SEARCH r USING INDEX trade_record_sort_${index} \\(`);
}
