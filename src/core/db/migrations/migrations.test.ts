import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import { listBackups } from '../backups';
import { SCHEMA_VERSION } from '../migrate';
import { openDb } from '../open';
import { up as m0001 } from './0001-init';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database as Tidemark v1 (schema 1) left it, with one batch and one record. */
function v1Fixture(path: string): void {
  const db = openDb(path);
  db.transaction(() => {
    m0001(db);
    db.pragma('user_version = 1');
  })();
  db.prepare(
    `INSERT INTO import_batch (file_name, sha256, size, format, encoding, started_at, status) VALUES ('old.csv', 'abc', 10, 'tidemark-csv', 'utf-8', '2026-01-01', 'imported')`,
  ).run();
  db.prepare(
    `INSERT INTO trade_record (reporter, partner, flow, period, freq, classification, code, value, value_exp, currency, batch_id, source_row)
    VALUES ('CHN', 'PRK', 'import', '2020-11', 'month', 'HS', '0101', 1854, 0, 'USD', 1, 2)`,
  ).run();
  db.close();
}

describe('0002-import-provenance from a v1 database', () => {
  it('backs up, upgrades, and keeps every record with neutral defaults', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-mig-'));
    const path = join(dir, 'v1.sqlite');
    v1Fixture(path);
    const core = openCore({ dbPath: path, log: () => {} });
    const info = await core.dispatch('appInfo', {});
    expect(info).toMatchObject({ ok: true, value: { schemaVersion: SCHEMA_VERSION, records: 1 } });
    const page = await core.dispatch('listRecords', {});
    expect(page).toMatchObject({ ok: true, value: { rows: [{ code: '0101', value: 1854 }] } });
    core.close();
    const backups = listBackups(path);
    expect(backups).toHaveLength(1);
    const backup = openDb(backups[0]!.path, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT COUNT(*) FROM trade_record').pluck().get()).toBe(1);
    backup.close();
    const db = openDb(path);
    expect(
      db.prepare('SELECT is_aggregate, period_months, partner_raw, superseded_by FROM trade_record').get(),
    ).toEqual({ is_aggregate: 0, period_months: 1, partner_raw: null, superseded_by: null });
    db.close();
  });
});
