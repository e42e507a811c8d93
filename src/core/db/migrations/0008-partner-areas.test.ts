import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Series } from '../../../shared/domain';
import { openCore } from '../../core';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrate';
import { openDb } from '../open';
import { createSummaryMaintenance } from '../summary-repo';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A database as schema 6 left it: Comtrade's Other Asia nes (490), Areas nes (899) and Serbia and
 * Montenegro (891) and a code no list knows (999), GACC's other-Asia code 199 and a mapped file's
 * "Atlantis", all stored as ZZZ with their raw code, plus the EU's own reporter rows as EUR.
 */
function v6Fixture(path: string): void {
  const db = openDb(path);
  db.transaction(() => {
    for (const m of MIGRATIONS.slice(0, 6)) m(db);
    db.pragma('user_version = 6');
  })();
  const batch = db.prepare(
    `INSERT INTO import_batch (file_name, sha256, size, format, encoding, started_at, status) VALUES (?, ?, 10, ?, 'utf-8', '2026-01-01', 'imported')`,
  );
  batch.run('comtrade.csv', 'a', 'comtrade');
  batch.run('gacc.csv', 'b', 'gacc');
  batch.run('mapped.csv', 'c', 'mapped');
  const insert =
    db.prepare(`INSERT INTO trade_record (reporter, partner, partner_raw, flow, period, freq, classification, code, value, value_exp, currency, batch_id, source_row)
    VALUES (?, ?, ?, 'import', ?, 'year', 'H0', '252310', ?, 0, 'USD', ?, ?)`);
  let row = 2;
  const add = (reporter: string, partner: string, raw: string | null, period: string, value: number, batchId: number) =>
    insert.run(reporter, partner, raw, period, value, batchId, row++);
  add('EUR', 'ZZZ', '490', '2005', 100, 1);
  add('EUR', 'ZZZ', '899', '2005', 2_304_529, 1);
  add('EUR', 'ZZZ', '891', '2005', 7, 1);
  add('EUR', 'ZZZ', '999', '2005', 3, 1);
  add('EUR', 'DEU', null, '2005', 50, 1);
  add('CHN', 'ZZZ', '199', '2005', 11, 2);
  add('CHN', 'ZZZ', 'Atlantis', '2005', 13, 3);
  add('CHN', 'ZZZ', null, '2005', 17, 3);
  // What schema 6's summary upkeep wrote for these rows (the current code keeps another table).
  db.exec(`INSERT INTO summary_month SELECT reporter, partner, flow, freq, period, currency, period_months,
      SUM(CASE is_aggregate WHEN 0 THEN value_milli ELSE 0 END), SUM(is_aggregate = 0), SUM(CASE is_aggregate WHEN 1 THEN value_milli ELSE 0 END), SUM(is_aggregate = 1)
    FROM trade_record GROUP BY reporter, partner, flow, freq, period, currency, period_months`);
  db.close();
}

describe('0008-partner-areas from a v6 database', () => {
  it('re-keys every ZZZ row by its raw code into an area of its own, and the summary with it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-mig7-'));
    const path = join(dir, 'v6.sqlite');
    v6Fixture(path);

    const core = openCore({ dbPath: path, log: () => {} });
    try {
      expect(await core.dispatch('appInfo', {})).toMatchObject({
        ok: true,
        value: { schemaVersion: SCHEMA_VERSION, records: 8 },
      });
      // 490 and 899 are apart: each its own series, not one ZZZ sum of 2,304,629.
      // The files list one code (cement): figures are read for it (0009 inferred their scope from their rows).
      const series = async (reporter: string, partner: string) => {
        const r = await core.dispatch('series', {
          reporter,
          partner,
          flow: 'import',
          frequency: 'year',
          hs: ['252310'],
        });
        if (!r.ok) throw new Error(r.error.message);
        return (r.value as Series).points.map((p) => p.value);
      };
      expect(await series('C97', 'C490')).toEqual([100]);
      expect(await series('C97', 'C899')).toEqual([2_304_529]);
      expect(await series('C97', 'SCG')).toEqual([7]);
      const dims = await core.dispatch('dimensions', {});
      expect(dims).toMatchObject({
        ok: true,
        value: {
          reporters: ['C97', 'CHN'],
          partners: ['?Atlantis', 'C490', 'C899', 'C999', 'DEU', 'G199', 'SCG', 'ZZZ'],
        },
      });
    } finally {
      core.close();
    }

    const db = openDb(path, { readonly: true });
    try {
      expect(db.prepare('SELECT reporter, partner, partner_raw AS raw FROM trade_record ORDER BY id').all()).toEqual([
        { reporter: 'C97', partner: 'C490', raw: null },
        { reporter: 'C97', partner: 'C899', raw: null },
        { reporter: 'C97', partner: 'SCG', raw: null },
        // In no list: kept apart under its own number, with the code as written.
        { reporter: 'C97', partner: 'C999', raw: '999' },
        { reporter: 'C97', partner: 'DEU', raw: null },
        { reporter: 'CHN', partner: 'G199', raw: null },
        { reporter: 'CHN', partner: '?Atlantis', raw: 'Atlantis' },
        // No raw code was kept: nothing to re-key it by.
        { reporter: 'CHN', partner: 'ZZZ', raw: null },
      ]);
      expect(createSummaryMaintenance(db).differences()).toEqual([]);
      expect(
        db
          .prepare("SELECT partner, total_milli / 1000 AS v FROM summary_total WHERE reporter = 'C97' ORDER BY partner")
          .all(),
      ).toEqual([
        { partner: 'C490', v: 100 },
        { partner: 'C899', v: 2_304_529 },
        { partner: 'C999', v: 3 },
        { partner: 'DEU', v: 50 },
        { partner: 'SCG', v: 7 },
      ]);
    } finally {
      db.close();
    }
  });
});
