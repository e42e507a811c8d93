import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseStatus } from '../shared/database-status';
import { localizedMessage } from '../shared/error-text';
import { openCore } from './core';
import { backupDatabase } from './db/backups';
import { openTidemarkDb } from './db/open-tidemark';
import { importFile } from './import/pipeline/run-import';
import { damageDatabase } from './test-support/damage-db';
import { HEADER } from './test-support/temp-core';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tidemark-recovery-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database with two records, a backup holding them, then one more record, then damage. */
function damagedWithBackup(): { path: string; backup: string } {
  const path = join(dir, 'trade.sqlite');
  const { db } = openTidemarkDb(path);
  writeFileSync(
    join(dir, 'a.csv'),
    `${HEADER}\n2020-01,CHN,PRK,import,HS,01,x,5,USD,,\n2020-02,CHN,PRK,import,HS,01,x,7,USD,,\n`,
  );
  importFile(db, { path: join(dir, 'a.csv') }, {}, () => {});
  const backup = backupDatabase(db, path, 'before-revert').path;
  writeFileSync(join(dir, 'b.csv'), `${HEADER}\n2020-03,CHN,PRK,import,HS,01,x,9,USD,,\n`);
  importFile(db, { path: join(dir, 'b.csv') }, {}, () => {});
  db.close();
  damageDatabase(path);
  return { path, backup };
}

describe('a damaged database opened by a host that offers its backup', () => {
  it("answers db_corrupt, names the backup, and opens it in the damaged file's place on request", async () => {
    const { path, backup } = damagedWithBackup();
    const core = openCore({ dbPath: path, log: () => {}, offerBackup: true });
    try {
      expect(await core.dispatch('databaseStatus', {})).toMatchObject({
        ok: true,
        value: {
          state: 'damaged',
          dbPath: path,
          movedTo: expect.stringContaining('.corrupt-'),
          backup: { path: backup },
        },
      });
      expect(await core.dispatch('appInfo', {})).toMatchObject({
        ok: false,
        error: { code: 'db_corrupt', message: expect.stringContaining(backup) },
      });
      expect(await core.dispatch('restoreBackup', {})).toEqual({ ok: true, value: { state: 'ok' } });
      expect(await core.dispatch('appInfo', {})).toMatchObject({ ok: true, value: { records: 2, batches: 1 } });
      expect(await core.dispatch('databaseStatus', {})).toEqual({ ok: true, value: { state: 'ok' } });
      expect(existsSync(backup)).toBe(true);
    } finally {
      core.close();
    }
  });

  it("says what happened in the UI's language: the details and every refused call, in Korean for the Korean UI", async () => {
    const { path, backup } = damagedWithBackup();
    const core = openCore({ dbPath: path, log: () => {}, offerBackup: true });
    try {
      const status = await core.dispatch('databaseStatus', {});
      if (!status.ok) throw new Error('expected a status');
      const damaged = status.value as Extract<DatabaseStatus, { state: 'damaged' }>;
      expect(damaged).toMatchObject({
        key: 'recovery.damaged',
        params: { moved: 'yes', backup: 'yes', backupPath: backup },
      });
      expect(damaged.message).toMatch(
        /^The database at .* is damaged \(SQLite's check says: .*\)\. It was moved aside to /,
      );
      expect(localizedMessage(damaged, 'en')).toBe(damaged.message);
      const ko = localizedMessage(damaged, 'ko');
      expect(ko).toContain(`${path}의 데이터베이스가 손상됐습니다(SQLite 검사 결과: `);
      expect(ko).toContain(`저널 파일과 함께 ${damaged.movedTo}(으)로 옮겨 두었고`);
      expect(ko).toContain(`가장 최근 백업은 `);
      expect(ko).toContain(`${backup}입니다. 이 백업을 열어 거기서부터 이어 가세요`);
      const refused = await core.dispatch('appInfo', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'db_corrupt', key: 'recovery.damaged' } });
      if (!refused.ok) expect(localizedMessage(refused.error, 'ko')).toBe(ko);
    } finally {
      core.close();
    }
  });

  it('without the offer (the CLI) throws the error that names the backup', () => {
    const { path, backup } = damagedWithBackup();
    expect(() => openCore({ dbPath: path, log: () => {} })).toThrow(
      expect.objectContaining({ code: 'db_corrupt', message: expect.stringContaining(backup) }),
    );
  });

  it('a sound database has nothing to restore', async () => {
    const core = openCore({ dbPath: join(dir, 'fine.sqlite'), log: () => {}, offerBackup: true });
    expect(await core.dispatch('databaseStatus', {})).toEqual({ ok: true, value: { state: 'ok' } });
    expect(await core.dispatch('restoreBackup', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    core.close();
  });
});
