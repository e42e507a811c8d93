import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import { openDb } from '../open';
import { up as m0001 } from './0001-init';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('0004-edit-history from a v1 database with an edit', () => {
  it('keeps the old edit in the audit, as history that undo does not reach', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-mig4-'));
    const path = join(dir, 'v1.sqlite');
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
    db.prepare(
      `INSERT INTO edit_log (record_id, field, old_value, new_value, at) VALUES (1, 'value', '1800', '1854', '2026-02-01T00:00:00Z')`,
    ).run();
    db.close();

    const core = openCore({ dbPath: path, log: () => {} });
    try {
      expect(await core.dispatch('recordHistory', { id: 1 })).toMatchObject({
        ok: true,
        value: [{ field: 'value', oldValue: '1800', newValue: '1854', kind: 'edit' }],
      });
      expect(await core.dispatch('undo', {})).toEqual({ ok: true, value: null });
      expect(await core.dispatch('recordSource', { id: 1 })).toMatchObject({
        ok: true,
        value: { fileName: 'old.csv', row: 2, edited: true, asImported: { value: '1800' } },
      });
      expect(await core.dispatch('listRecords', {})).toMatchObject({ ok: true, value: { total: 1 } });
    } finally {
      core.close();
    }
  });
});
