import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSummaryMaintenance } from '../../db/summary-repo';
import { HEADER, tempCore } from '../../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

/** The stored summary against a full recomputation from the records: empty when the writer's sums are right. */
function drift(): unknown[] {
  const db = new Database(t.core.dbPath);
  try {
    return createSummaryMaintenance(db).differences();
  } finally {
    db.close();
  }
}

const comtradeRow = (code: string, value: number, period = '2020') =>
  `C,A,${period},${period},CHN,156,import,1,PRK,408,HS,${code},${value}`;

describe('summaries kept by imports', () => {
  it('equal a recomputation after nested codes, decimals, huge values and a revision', async () => {
    t = tempCore();
    // Comtrade codes nest: 27 holds 2716 holds 271600, so 27 and 2716 become aggregates after the rows are written.
    const nested = t.file(
      'nested.csv',
      [
        'typeCode,freqCode,refPeriodId,period,reporterISO,reporterCode,flowDesc,flowCode,partnerISO,partnerCode,classificationCode,cmdCode,primaryValue',
        comtradeRow('27', 900),
        comtradeRow('2716', 700),
        comtradeRow('271600', 700),
        comtradeRow('2701', 200),
        comtradeRow('TOTAL', 5000),
      ].join('\n'),
    );
    const canonical = t.file(
      'big.csv',
      [
        HEADER,
        '2020-11,CHN,PRK,import,HS,33049900,,1854.25,USD,,',
        '2020-11,CHN,PRK,import,HS,34011100,,0.125,USD,,',
        // Past 2^53 milli-units in one group: the sum must stay exact.
        '2020-12,CHN,PRK,import,HS,01,,9007199254740,USD,,',
        '2020-12,CHN,PRK,import,HS,02,,9007199254740,USD,,',
        '2020-12,CHN,PRK,import,HS,TOTAL,,18014398509480,USD,,',
      ].join('\n'),
    );
    const revised = t.file('rev.csv', [HEADER, '2020-11,CHN,PRK,import,HS,33049900,,1900,USD,,'].join('\n'));
    const r = await t.call('importFiles', {
      files: [{ path: nested }, { path: canonical }, { path: revised }],
      options: {},
    });
    expect(r.files.map((f) => f.status)).toEqual(['imported', 'imported', 'imported']);
    expect(drift()).toEqual([]);

    const db = new Database(t.core.dbPath, { readonly: true });
    try {
      db.defaultSafeIntegers(true);
      const rows = db
        .prepare(
          `SELECT period, total_milli, parts_milli, row_count FROM summary_total WHERE reporter = 'CHN' ORDER BY period`,
        )
        .all();
      expect(rows).toEqual([
        // The reported TOTAL wins; its parts are the top-most codes held under it: 27 (which holds 2716 and 2701).
        { period: '2020', total_milli: 5_000_000n, parts_milli: 900_000n, row_count: 5n },
        // The revision replaced 1854.25: 1900 + 0.125.
        { period: '2020-11', total_milli: 1_900_125n, parts_milli: null, row_count: 2n },
        // Past 2^53 milli-units, exact: the TOTAL row, and its two parts summing to it.
        {
          period: '2020-12',
          total_milli: 18_014_398_509_480_000n,
          parts_milli: 18_014_398_509_480_000n,
          row_count: 3n,
        },
      ]);
    } finally {
      db.close();
    }
  });
});
