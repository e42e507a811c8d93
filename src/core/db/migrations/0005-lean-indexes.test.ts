import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrate';
import { openDb } from '../open';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database as schema 4 left it: every index of 0001–0004, China's imports from North Korea in Nov 2020. */
function v4Fixture(path: string): void {
  const db = openDb(path);
  db.transaction(() => {
    for (const m of MIGRATIONS.slice(0, 4)) m(db);
    db.pragma('user_version = 4');
  })();
  db.prepare(
    `INSERT INTO import_batch (file_name, sha256, size, format, encoding, started_at, status) VALUES ('old.csv', 'abc', 10, 'tidemark-csv', 'utf-8', '2026-01-01', 'imported')`,
  ).run();
  const insert =
    db.prepare(`INSERT INTO trade_record (reporter, partner, flow, period, freq, classification, code, value, value_exp, currency, batch_id, source_row)
    VALUES ('CHN', 'PRK', 'import', '2020-11', 'month', 'HS', ?, ?, 0, 'USD', 1, ?)`);
  insert.run('33049900', 1854, 2);
  insert.run('27160000', 1122812, 3);
  // As every write path of schema 4 did, keep the summary table in step with the records.
  db.exec(`INSERT INTO summary_month SELECT reporter, partner, flow, freq, period, currency, period_months, SUM(value_milli), COUNT(*), 0, 0 FROM trade_record
    GROUP BY reporter, partner, flow, freq, period, currency, period_months`);
  db.close();
}

const indexes = (path: string): string[] => {
  const db = openDb(path, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('trade_record', 'trade_row') ORDER BY name",
      )
      .pluck()
      .all() as string[];
  } finally {
    db.close();
  }
};

describe('0005-lean-indexes from a v4 database', () => {
  it('drops the redundant series index and keeps every record, figure and the indexes queries use', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-mig5-'));
    const path = join(dir, 'v4.sqlite');
    v4Fixture(path);
    expect(indexes(path)).toContain('trade_record_series');

    const core = openCore({ dbPath: path, log: () => {} });
    try {
      expect(await core.dispatch('appInfo', {})).toMatchObject({
        ok: true,
        value: { schemaVersion: SCHEMA_VERSION, records: 2 },
      });
      expect(await core.dispatch('listRecords', {})).toMatchObject({ ok: true, value: { total: 2 } });
      // A commodity-filtered series, served by trade_record_key.
      expect(
        await core.dispatch('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', hs: ['33049900'] }),
      ).toMatchObject({ ok: true, value: { points: [{ period: '2020-11', value: 1854 }] } });
    } finally {
      core.close();
    }
    expect(indexes(path)).toEqual([
      'trade_record_batch',
      'trade_record_breakdown',
      'trade_record_deleted_by',
      'trade_record_key',
      'trade_record_superseded_by',
      'trade_record_unsuperseded_by',
    ]);

    // "Imports from North Korea excluding electricity" reads its rows through trade_record_key.
    const db = openDb(path, { readonly: true });
    try {
      const plan = db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT SUM(value) FROM trade_record WHERE superseded_by IS NULL AND is_aggregate = 0 AND deleted_by IS NULL
        AND freq = 'month' AND reporter = 'CHN' AND partner = 'PRK' AND flow IN ('import') AND NOT (code LIKE '2716%')`,
        )
        .all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toContain('USING INDEX trade_record_key');
    } finally {
      db.close();
    }
  });
});
