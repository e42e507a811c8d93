import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';
import { createBreakdownRepo } from './breakdown-repo';
import { createNamesRepo } from './names-repo';
import { openDb, type Db } from './open';
import { createSeriesRepo } from './series-repo';
import { createWatchlistRepo } from './watchlist-repo';

let t: ReturnType<typeof tempCore> | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  t?.dispose();
  t = undefined;
});

/** China's trade with North Korea and Russia: coal (HS 2701, on the UNSC watchlist) and other goods, 2017-2018. */
async function tradeDb(): Promise<Db> {
  t = tempCore();
  const lines: string[] = [];
  for (const period of ['2017-06', '2017-12', '2018-01'])
    for (const partner of ['PRK', 'RUS'])
      for (const code of ['27011200', '27090000', '84710000'])
        lines.push(`${period},CHN,${partner},import,HS,${code},item ${code},1000,USD,2.5,kg`);
  lines.push(
    '2018-01,CHN,PRK,export,HS,89011000,vessel,70,USD,1,u',
    '2018-01,CHN,RUS,import,HS,0000,mystery goods,5,USD,1,u',
  );
  await t.call('importFiles', { files: [{ path: t.file('a.csv', [HEADER, ...lines].join('\n')) }], options: {} });
  return openDb(join(t.dir, 'test.sqlite'));
}

/** Every statement run through `db` with its bound values, to explain its plan. */
function recordStatements(d: Db): { sql: string; params: unknown[] }[] {
  const seen: { sql: string; params: unknown[] }[] = [];
  const prepare = d.prepare.bind(d);
  d.prepare = ((sql: string) => {
    const s = prepare(sql);
    for (const m of ['all', 'get'] as const) {
      const run = s[m].bind(s) as (...p: unknown[]) => unknown;
      (s as unknown as Record<string, unknown>)[m] = (...params: unknown[]) => (
        seen.push({ sql, params }),
        run(...params)
      );
    }
    return s;
  }) as typeof d.prepare;
  return seen;
}

const planOf = (d: Db, s: { sql: string; params: unknown[] }) =>
  (d.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]).map((r) => r.detail);

/** How a plan reads the records: every line that names trade_row (alias t) or the view's row alias r. */
const recordReads = (plan: string[]) => plan.filter((l) => /^(SCAN|SEARCH) (t|r|trade_row)\b/.test(l));

describe('readers of records read trade_row by id', () => {
  it('a commodity-filtered series seeks the key index by the ids of its texts', async () => {
    db = await tradeDb();
    const statements = recordStatements(db);
    const rows = createSeriesRepo(db).selectionRows(
      { reporter: 'CHN', partner: 'PRK', flows: ['import'], freq: 'month' },
      ['27'],
      ['2'],
    );
    expect(rows.map((r) => `${r.period} ${r.code} ${r.family} ${r.milli}`).sort()).toEqual([
      '2017-06 27011200 HS 1000000',
      '2017-06 27090000 HS 1000000',
      '2017-12 27011200 HS 1000000',
      '2017-12 27090000 HS 1000000',
      '2018-01 27011200 HS 1000000',
      '2018-01 27090000 HS 1000000',
    ]);
    expect(recordReads(planOf(db, statements.at(-1)!))).toEqual([
      'SEARCH t USING INDEX trade_record_key (reporter_id=? AND partner_id=? AND flow_id=?)',
    ]);
    // A text no dictionary holds is no rows, not an error.
    expect(
      createSeriesRepo(db).selectionRows({ reporter: 'XXX', flows: ['import'], freq: 'month' }, ['27'], []),
    ).toEqual([]);
  });

  it("the watchlist reads only the rows that name North Korea, by index, with each row's entries in entry order", async () => {
    db = await tradeDb();
    const statements = recordStatements(db);
    const rows = createWatchlistRepo(db).rows(null, null, null);
    expect(rows.map((r) => `${r.period} ${r.flow} ${r.code} ${r.entries.split('\u0000').join(' ')}`)).toEqual([
      '2017-06 import 27011200 2701 2270 (2016) ¶29',
      '2017-12 import 27011200 2701 2270 (2016) ¶29,2701 2371 (2017) ¶8',
      '2017-12 import 84710000 84 2397 (2017) ¶6',
      '2018-01 export 89011000 89 2321 (2016) ¶30,89 2397 (2017) ¶7',
      '2018-01 import 27011200 2701 2270 (2016) ¶29,2701 2371 (2017) ¶8',
      '2018-01 import 84710000 84 2397 (2017) ¶6',
    ]);
    const whole = recordReads(planOf(db, statements.at(-1)!));
    expect(whole.filter((l) => l.startsWith('SCAN'))).toEqual([]);
    expect(whole).toContain('SEARCH trade_row USING INDEX trade_record_key (reporter_id=? AND partner_id=?)');
    // A range (the dashboard's 24 months) is sought down to the month: only its own rows are read, not
    // every month naming North Korea.
    const window = createWatchlistRepo(db).rows('CHN', '2017-12', '2018-01');
    expect(window.map((r) => `${r.period} ${r.flow} ${r.code}`)).toEqual([
      '2017-12 import 27011200',
      '2017-12 import 84710000',
      '2018-01 export 89011000',
      '2018-01 import 27011200',
      '2018-01 import 84710000',
    ]);
    const ranged = recordReads(planOf(db, statements.at(-1)!));
    expect(ranged.filter((l) => l.startsWith('SCAN'))).toEqual([]);
    expect(ranged).toContain(
      'SEARCH trade_row USING INDEX trade_record_key (reporter_id=? AND partner_id=? AND flow_id=? AND period_id=?)',
    );
    expect(createWatchlistRepo(db).rows('RUS', null, null)).toEqual([]);
  });

  it("a breakdown's edition and description lookups seek the breakdown index", async () => {
    db = await tradeDb();
    const statements = recordStatements(db);
    const breakdown = createBreakdownRepo(db);
    const range = { reporter: 'CHN', flows: ['import'], freq: 'month' as const, from: '2018-01', to: '2018-01' };
    // A code no nomenclature names: the file's own description, from the held edition's rows.
    // No code above it is named either (HS has no chapter 00): no wider code's name, and the file's is its own.
    const none = { partOf: null, partOfEn: null, source: null };
    expect(breakdown.describe(range, 'HS', '0000')).toEqual({ text: 'mystery goods', en: 'mystery goods', ...none });
    expect(breakdown.describe({ ...range, partner: 'PRK' }, 'HS', '0000')).toEqual({ text: '', en: '', ...none });
    const plans = statements.filter((s) => /trade_row/.test(s.sql)).map((s) => recordReads(planOf(db!, s)));
    expect(plans.length).toBeGreaterThan(0);
    for (const reads of plans) {
      expect(reads).toHaveLength(1);
      expect(reads[0]).toMatch(
        /^SEARCH t USING INDEX trade_record_breakdown \(freq_id=\? AND period_id=\? AND reporter_id=\? AND flow_id=\?/,
      );
    }
  });

  it('names held code prefixes in code order, and answers an unheld one without error', async () => {
    db = await tradeDb();
    const names = createNamesRepo(db);
    expect(names.codePrefixes(2, 'HS')).toEqual(['00', '27', '84', '89']);
    expect(names.codePrefixes(4, 'HS', 'CHN')).toEqual(['0000', '2701', '2709', '8471', '8901']);
    expect(names.holdsCode('2709', 'HS', 'CHN')).toBe(true);
    expect(names.holdsCode('2710', 'HS')).toBe(false);
    expect(names.holdsCode('27', 'SITC')).toBe(false);
    expect(names.holdsCode('27', 'HS', 'XXX')).toBe(false);
  });
});
