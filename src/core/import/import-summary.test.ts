import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSummaryMaintenance } from '../db/summary-repo';
import { HEADER, tempCore } from '../test-support/temp-core';

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
    const nested = t.file('nested.csv', ['typeCode,freqCode,refPeriodId,period,reporterISO,reporterCode,flowDesc,flowCode,partnerISO,partnerCode,classificationCode,cmdCode,primaryValue',
      comtradeRow('27', 900), comtradeRow('2716', 700), comtradeRow('271600', 700), comtradeRow('2701', 200), comtradeRow('TOTAL', 5000)].join('\n'));
    const canonical = t.file('big.csv', [HEADER,
      '2020-11,CHN,PRK,import,HS,33049900,,1854.25,USD,,',
      '2020-11,CHN,PRK,import,HS,34011100,,0.125,USD,,',
      // Past 2^53 milli-units in one group: the sum must stay exact.
      '2020-12,CHN,PRK,import,HS,01,,9007199254740,USD,,',
      '2020-12,CHN,PRK,import,HS,02,,9007199254740,USD,,',
      '2020-12,CHN,PRK,import,HS,TOTAL,,18014398509480,USD,,'].join('\n'));
    const revised = t.file('rev.csv', [HEADER, '2020-11,CHN,PRK,import,HS,33049900,,1900,USD,,'].join('\n'));
    const r = await t.call('importFiles', { files: [{ path: nested }, { path: canonical }, { path: revised }], options: {} });
    expect(r.files.map((f) => f.status)).toEqual(['imported', 'imported', 'imported']);
    expect(drift()).toEqual([]);

    const db = new Database(t.core.dbPath, { readonly: true });
    try {
      db.defaultSafeIntegers(true);
      const rows = db.prepare(`SELECT period, detail_milli, detail_rows, agg_milli, agg_rows FROM summary_month WHERE reporter = 'CHN' ORDER BY period`).all();
      expect(rows).toEqual([
        // Details 271600 + 2701; 27, 2716 and TOTAL are aggregates.
        { period: '2020', detail_milli: 900_000n, detail_rows: 2n, agg_milli: 6_600_000n, agg_rows: 3n },
        { period: '2020-11', detail_milli: 1_900_125n, detail_rows: 2n, agg_milli: 0n, agg_rows: 0n },
        { period: '2020-12', detail_milli: 18_014_398_509_480_000n, detail_rows: 2n, agg_milli: 18_014_398_509_480_000n, agg_rows: 1n },
      ]);
    } finally {
      db.close();
    }
  });
});
