import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Batch } from '../../../shared/domain';
import { openCore } from '../../core';
import { listBackups } from '../backups';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrate';
import { openDb } from '../open';
import { createSummaryMaintenance } from '../summary-repo';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE_SHA256 = '43b66d84e1ac87c637faf12e23600c99cc0d03cfcf319e7488ebd6899459bedd';

/**
 * A database as schema 6 left it: a Comtrade batch (World and two partners, C00 and its C01 split, a
 * mode-of-transport split that schema 6 kept only as an aggregate), a canonical batch with a TOTAL
 * row and items, and the bundled sample, whose items are all goods.
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
  batch.run('cement.csv', 'a', 'comtrade');
  batch.run('old.csv', 'b', 'tidemark-csv');
  batch.run('nk-china-published.csv', SAMPLE_SHA256, 'tidemark-csv');
  const insert =
    db.prepare(`INSERT INTO trade_record (reporter, partner, flow, period, freq, classification, code, value, value_exp, currency, batch_id, source_row, is_aggregate, regime)
    VALUES (?, ?, 'import', ?, ?, ?, ?, ?, 0, 'USD', ?, ?, ?, ?)`);
  let row = 2;
  const add = (
    batchId: number,
    partner: string,
    period: string,
    code: string,
    value: number,
    agg = 0,
    regime: string | null = null,
    classification = 'H4',
  ) =>
    insert.run(
      'EUR',
      partner,
      period,
      period.length === 4 ? 'year' : 'month',
      classification,
      code,
      value,
      batchId,
      row++,
      agg,
      regime,
    );
  add(1, 'WLD', '2016', '252310', 64_328_200, 1);
  add(1, 'WLD', '2016', '252310', 64_328_200, 1, 'C01');
  // Mode of transport 1, which schema 6 stored as another aggregate row of the same figure.
  add(1, 'WLD', '2016', '252310', 40_000_000, 1);
  add(1, 'CHN', '2016', '252310', 30_000_000);
  add(1, 'TUR', '2016', '252310', 34_328_199);
  add(2, 'PRK', '2020-11', 'TOTAL', 1_125_194, 1, null, 'HS');
  add(2, 'PRK', '2020-11', '27160000', 1_122_812, 0, null, 'HS');
  add(3, 'PRK', '2020-11', '33049900', 1_854, 0, null, 'HS');
  // What 0003's summary upkeep wrote for these rows.
  db.exec(`INSERT INTO summary_month SELECT reporter, partner, flow, freq, period, currency, period_months,
      SUM(CASE is_aggregate WHEN 0 THEN value_milli ELSE 0 END), SUM(is_aggregate = 0), SUM(CASE is_aggregate WHEN 1 THEN value_milli ELSE 0 END), SUM(is_aggregate = 1)
    FROM trade_record GROUP BY reporter, partner, flow, freq, period, currency, period_months`);
  db.close();
}

describe('0009-coverage-aggregates from a v6 database', () => {
  it('infers each old batch’s scope from its rows (stated as inferred), finds the old splits, and resolves the summaries', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-mig8-'));
    const path = join(dir, 'v6.sqlite');
    v6Fixture(path);

    const core = openCore({ dbPath: path, log: () => {} });
    try {
      expect(await core.dispatch('appInfo', {})).toMatchObject({
        ok: true,
        value: { schemaVersion: SCHEMA_VERSION, records: 8 },
      });
      // World is the all-partner total: C00, not + C01, not + the mode split, not + the partners. (0008 made Comtrade's EUR reporter C97.)
      const world = await core.dispatch('series', {
        reporter: 'C97',
        flow: 'import',
        frequency: 'year',
        hs: ['252310'],
      });
      expect(world).toMatchObject({ ok: true, value: { points: [{ period: '2016', value: 64_328_200 }] } });
      const batches = await core.dispatch('listBatches', {});
      expect(batches.ok).toBe(true);
      const scopes = Object.fromEntries(
        (batches.ok ? (batches.value as Batch[]) : []).map((b) => [b.fileName, b.scope]),
      );
      expect(scopes['cement.csv']).toMatchObject({
        partners: 'all',
        goods: 'listed',
        inferred: true,
        listedCodes: ['252310'],
      });
      expect(scopes['old.csv']).toMatchObject({
        partners: 'listed',
        goods: 'all',
        inferred: true,
        listedPartners: ['PRK'],
      });
      expect(scopes['nk-china-published.csv']).toMatchObject({ goods: 'all', inferred: true });
    } finally {
      core.close();
    }
    // One backup, of the file as schema 6 left it, taken before migrating to the current schema.
    expect(listBackups(path).map((b) => b.reason)).toEqual([`before-v${SCHEMA_VERSION}`]);
    const db = openDb(path);
    try {
      expect(
        db.prepare("SELECT value, regime, mot FROM trade_record WHERE partner = 'WLD' ORDER BY id").raw().all(),
      ).toEqual([
        [64_328_200, null, null],
        [64_328_200, 'C01', null],
        [40_000_000, null, '?'],
      ]);
      // The reported TOTAL wins over its item; the sample's item stands for its own (complete) month.
      expect(
        db.prepare("SELECT partner, total_milli, parts_milli FROM summary_total WHERE partner = 'PRK'").raw().all(),
      ).toEqual([['PRK', 1_125_194_000, 1_124_666_000]]);
      expect(createSummaryMaintenance(db).differences()).toEqual([]);
      expect(
        db.prepare("SELECT name FROM sqlite_master WHERE name IN ('summary_month', 'derived_rebuild')").pluck().all(),
      ).toEqual(['derived_rebuild']);
      expect(db.prepare('SELECT COUNT(*) FROM derived_rebuild').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
