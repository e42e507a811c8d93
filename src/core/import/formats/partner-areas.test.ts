import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../../test-support/temp-core';

const CEMENT = resolve(__dirname, '../../../../../shared/corpora/comtrade/legacy-csv/Ntacyica_cement_H0_XM_codes.csv');
const absent = !existsSync(CEMENT);
const why = absent ? ' (skipped: the corpora folder ../shared/corpora is absent)' : '';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const value = (s: { points: { period: string; value: number }[] }, period: string) =>
  s.points.find((p) => p.period === period)?.value;

describe.skipIf(absent)(`Comtrade's areas stay apart${why}`, () => {
  it('imports Other Asia nes (490), Areas nes (899), Other Europe nes (568) and Other Africa nes (577) as four partners, in records, summary and figures', async () => {
    t = tempCore();
    const [f] = (await t.call('importFiles', { files: [{ path: CEMENT }], options: {} })).files;
    expect(f).toMatchObject({ status: 'imported', rowsRejected: 0 });
    const db = new Database(join(t.dir, 'test.sqlite'), { readonly: true });
    try {
      const partners = db
        .prepare(
          "SELECT DISTINCT partner FROM trade_record WHERE partner GLOB '[CG][0-9]*' OR partner GLOB '[?]*' OR partner = 'ZZZ' ORDER BY 1",
        )
        .pluck()
        .all();
      expect(partners).toEqual(['C490', 'C568', 'C577', 'C899']);
      const summary = db
        .prepare(
          "SELECT partner, period, total_milli / 1000 AS v FROM summary_total WHERE partner IN ('C490', 'C899') ORDER BY partner, period",
        )
        .all();
      expect(summary).toEqual([
        { partner: 'C490', period: '2007', v: 6_112_742 },
        { partner: 'C490', period: '2013', v: 741_228 },
        { partner: 'C490', period: '2018', v: 81 },
        { partner: 'C899', period: '2005', v: 2_304_529 },
        { partner: 'C899', period: '2017', v: 3_948 },
        { partner: 'C899', period: '2019', v: 35_821 },
      ]);
    } finally {
      db.close();
    }
    // The EU-28's imports from "Areas, nes" in 2005 are that area's alone: no other area's 2003 figure beside them.
    // The file lists one code (cement), so the figures are cement's: all goods are not covered.
    const areasNes = await t.call('series', {
      reporter: 'C97',
      partner: 'C899',
      flow: 'import',
      frequency: 'year',
      hs: ['252310'],
    });
    expect(value(areasNes, '2005')).toBe(2_304_529);
    expect(areasNes.label).toBe("The European Union's imports from Areas, nes");
    const otherAsia = await t.call('series', {
      reporter: 'C97',
      partner: 'C490',
      flow: 'import',
      frequency: 'year',
      hs: ['252310'],
    });
    expect(value(otherAsia, '2007')).toBe(6_112_742);
    expect(value(otherAsia, '2005')).not.toBe(2_304_529);

    const dims = await t.call('dimensions', {});
    expect(dims.partners).toEqual(expect.arrayContaining(['C490', 'C899', 'CHN']));
    expect(dims.names.C490).toEqual({ en: 'Other Asia, nes', ko: '기타 아시아', zh: '其他亚洲地区' });
    expect(dims.names.C97).toMatchObject({ en: 'European Union' });
  });
});
