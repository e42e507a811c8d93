import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPORA, corporaAbsent, corporaSkipped } from '../test-support/corpus-database';
import { HEADER, tempCore } from '../test-support/temp-core';

const cores: ReturnType<typeof tempCore>[] = [];
afterEach(() => cores.splice(0).forEach((t) => t.dispose()));
const core = () => {
  const t = tempCore();
  cores.push(t);
  return t;
};

/** Imports `path` into a new database, exports it as canonical CSV, imports that into another: both, and both CSVs. */
async function roundTrip(path: string, options: Record<string, unknown> = {}) {
  const a = core();
  const [f] = (await a.call('importFiles', { files: [{ path }], options })).files;
  expect(f).toMatchObject({ status: 'imported', rowsRejected: 0 });
  const first = join(a.dir, 'first.csv');
  await a.call('exportCsv', { path: first });
  const b = core();
  const [g] = (await b.call('importFiles', { files: [{ path: first }], options: {} })).files;
  expect(g).toMatchObject({ status: 'imported', format: 'tidemark-csv', rowsRejected: 0 });
  const second = join(b.dir, 'second.csv');
  await b.call('exportCsv', { path: second });
  return { a, b, first: readFileSync(first, 'utf8'), second: readFileSync(second, 'utf8') };
}

const values = (s: { points: { period: string; value: number | null }[] }) => s.points.map((p) => [p.period, p.value]);

describe("Tidemark's CSV export imports back the same figures", () => {
  it.skipIf(corporaAbsent)(
    `keeps a Comtrade file's customs-procedure rows splits of their total, not added to it${corporaSkipped}`,
    async () => {
      const { a, b, first, second } = await roundTrip(
        join(CORPORA, 'comtrade/legacy-csv/Ntacyica_cement_H0_XM_codes.csv'),
      );
      expect(first.split('\n')[0]).toBe(`${HEADER},quantity2,unit2,regime,aggregate`);
      expect(second).toBe(first);
      const q = {
        reporter: 'C97',
        flow: 'import' as const,
        hs: ['252310'],
        from: '2019',
        to: '2019',
        frequency: 'year' as const,
      };
      const before = await a.call('series', q);
      expect(values(before)).toEqual([['2019', 123_839_799]]);
      // Read back as plain rows, the 205 C01 rows were added to their totals: 247,679,598.
      expect(values(await b.call('series', q))).toEqual(values(before));
    },
  );

  it('keeps a split by trade mode a split, a two-month release two months, and a flag Tidemark could not tell', async () => {
    const t = core();
    const path = t.file(
      'splits.csv',
      [
        `${HEADER},months,regime,aggregate`,
        // The total for all trade modes, and two of them: read as 100, never 100 + 60 + 40.
        '2020-11,CHN,PRK,import,HS,27160000,Electrical energy,100,USD,,,,,',
        '2020-11,CHN,PRK,import,HS,27160000,Electrical energy,60,USD,,,,10,',
        '2020-11,CHN,PRK,import,HS,27160000,Electrical energy,40,USD,,,,14,',
        // January and February together, as China's customs publish them.
        '2020-02,CHN,PRK,import,HS,27160000,Electrical energy,500,USD,,,2,,',
        // A chapter stated as the sum of its lines, which no code or partner says.
        '2020-11,CHN,PRK,import,HS,03,Fish,9,USD,,,,,1',
      ].join('\n'),
    );
    const { a, b, first, second } = await roundTrip(path);
    expect(second).toBe(first);
    expect(first.split('\n')[0]).toBe(`${HEADER},months,regime,aggregate`);
    const q = {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import' as const,
      hs: ['27160000'],
      from: '2020-01',
      to: '2020-11',
    };
    const before = await a.call('series', q);
    expect(before.points.find((p) => p.period === '2020-11')?.value).toBe(100);
    expect(values(await b.call('series', q))).toEqual(values(before));
    const db = new Database(join(b.dir, 'test.sqlite'), { readonly: true });
    const stored = db
      .prepare(
        'SELECT period, value, regime, period_months AS months, is_aggregate AS agg FROM trade_record ORDER BY id',
      )
      .all();
    db.close();
    expect(stored).toEqual([
      { period: '2020-11', value: 100, regime: null, months: 1, agg: 0 },
      { period: '2020-11', value: 60, regime: '10', months: 1, agg: 0 },
      { period: '2020-11', value: 40, regime: '14', months: 1, agg: 0 },
      { period: '2020-02', value: 500, regime: null, months: 2, agg: 0 },
      { period: '2020-11', value: 9, regime: null, months: 1, agg: 1 },
    ]);
  });

  it('refuses, with the reason, months past the period and an aggregate flag that is not 1 or 0', async () => {
    const t = core();
    const path = t.file(
      'bad.csv',
      [
        `${HEADER},months,aggregate`,
        '2020-02,CHN,PRK,import,HS,01,x,1,USD,,,3,',
        '2020-11,CHN,PRK,import,HS,01,x,1,USD,,,,yes',
        '2020-11,CHN,PRK,import,HS,02,x,1,USD,,,,',
      ].join('\n'),
    );
    const [f] = (await t.call('importFiles', { files: [{ path }], options: {} })).files;
    expect(f).toMatchObject({ status: 'imported', rowsImported: 1, rowsRejected: 2 });
    const rejects = await t.call('listRejects', { batchId: f!.batchId!, limit: 10 });
    expect(rejects.map((r) => r.message)).toEqual([
      'months "3" is not a whole number of months from 1 to the month of its period, 2020-02 (left empty: 1).',
      'aggregate "yes" is not 1 (a total of other rows), 0 or empty.',
    ]);
  });
});
