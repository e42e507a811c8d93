import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrate';
import { openDb } from '../open';
import { HEADER } from '../../test-support/temp-core';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database as schema 5 left it: one batch, no copy of its file. */
function v5Fixture(path: string): void {
  const db = openDb(path);
  db.transaction(() => {
    for (const m of MIGRATIONS.slice(0, 5)) m(db);
    db.pragma('user_version = 5');
  })();
  db.prepare(
    `INSERT INTO import_batch (file_name, sha256, size, format, encoding, started_at, status) VALUES ('old.csv', 'abc', 10, 'tidemark-csv', 'utf-8', '2026-01-01', 'imported')`,
  ).run();
  db.prepare(
    `INSERT INTO trade_record (reporter, partner, flow, period, freq, classification, code, value, value_exp, currency, batch_id, source_row)
    VALUES ('CHN', 'PRK', 'import', '2020-11', 'month', 'HS', '27160000', 1122812, 0, 'USD', 1, 2)`,
  ).run();
  // What 0003's summary upkeep wrote for it.
  db.exec(`INSERT INTO summary_month SELECT reporter, partner, flow, freq, period, currency, period_months, SUM(value_milli), COUNT(*), 0, 0 FROM trade_record
    GROUP BY reporter, partner, flow, freq, period, currency, period_months`);
  db.close();
}

describe('0006-batch-source from a v5 database', () => {
  it('keeps old batches as they were (no raw row, the note says why) and keeps a copy of files imported afterwards', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-mig6-'));
    const path = join(dir, 'v5.sqlite');
    v5Fixture(path);

    const core = openCore({ dbPath: path, log: () => {} });
    try {
      expect(await core.dispatch('appInfo', {})).toMatchObject({
        ok: true,
        value: { schemaVersion: SCHEMA_VERSION, records: 1 },
      });
      const old = await core.dispatch('recordSource', { id: 1 });
      expect(old).toMatchObject({
        ok: true,
        value: {
          fileName: 'old.csv',
          row: 2,
          rawCells: null,
          asImported: { value: '1122812' },
          note: expect.stringContaining('not a copy of the file'),
        },
      });

      const file = join(dir, 'new.csv');
      writeFileSync(file, `${HEADER}\n2020-12,CHN,PRK,import,HS,27160000,power,999,USD,,\n`);
      const imported = await core.dispatch('importFiles', { files: [{ path: file }], options: {} });
      expect(imported).toMatchObject({ ok: true, value: { files: [{ status: 'imported', rowsImported: 1 }] } });
      expect(await core.dispatch('recordSource', { id: 2 })).toMatchObject({
        ok: true,
        value: {
          fileName: 'new.csv',
          rawCells: ['2020-12', 'CHN', 'PRK', 'import', 'HS', '27160000', 'power', '999', 'USD', '', ''],
        },
      });
    } finally {
      core.close();
    }
  });
});
