import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, HEADER } from '../test-support/temp-core';
import { BACKUP_CACHE_KIB, backupDatabase, backupDir, KEEP, listBackups } from './backups';
import { openTidemarkDb } from './open-tidemark';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tidemark-backups-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const at = (day: number, hour: number) => new Date(2026, 4, day, hour, 0, 0);
const stamps = (path: string) => listBackups(path).map((b) => `${b.takenAt.getDate()}@${b.takenAt.getHours()}`);

describe('backup rotation', () => {
  it('keeps 3 from today, the newest of each earlier day, and 10 at most', () => {
    const p = join(dir, 'trade.sqlite');
    const { db } = openTidemarkDb(p);
    // Twelve earlier days with two backups each, then five today (the 20th).
    for (let day = 1; day <= 12; day++) for (const hour of [9, 17]) backupDatabase(db, p, 'test', at(day, hour));
    for (const hour of [8, 9, 10, 11, 12]) backupDatabase(db, p, 'test', at(20, hour));
    db.close();
    expect(stamps(p)).toEqual(['20@12', '20@11', '20@10', '12@17', '11@17', '10@17', '9@17', '8@17', '7@17', '6@17']);
    expect(listBackups(p)).toHaveLength(KEEP.total);
  });

  it("keeps only this database's backups in the shared folder, and leaves no half-written copy", () => {
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    const dbA = openTidemarkDb(a).db;
    const dbB = openTidemarkDb(b).db;
    for (let h = 0; h < 5; h++) backupDatabase(dbA, a, 'test', at(3, h));
    backupDatabase(dbB, b, 'test', at(3, 1));
    writeFileSync(join(backupDir(a), 'a.2026-05-03_120000-000.test.sqlite.partial'), 'killed mid-copy');
    backupDatabase(dbA, a, 'test', at(3, 6));
    dbA.close();
    dbB.close();
    expect(listBackups(a)).toHaveLength(3);
    expect(listBackups(b)).toHaveLength(1);
    expect(readdirSync(backupDir(a)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    const copy = new Database(listBackups(a)[0]!.path, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    copy.close();
  });
});

describe('a batch revert', () => {
  it('is preceded by a backup holding the batch as it was', async () => {
    const t = tempCore();
    try {
      const csv = t.file(
        'a.csv',
        `${HEADER}\n2020-01,CHN,PRK,import,HS,01,x,5,USD,,\n2020-02,CHN,PRK,import,HS,01,x,7,USD,,\n`,
      );
      const report = await t.call('importFiles', { files: [{ path: csv }], options: {} });
      const dbPath = join(t.dir, 'test.sqlite');
      expect(listBackups(dbPath)).toEqual([]);
      await expect(t.call('revertBatch', { batchId: 999 })).rejects.toMatchObject({ code: 'not_found' });
      expect(existsSync(backupDir(dbPath))).toBe(false);
      await t.call('revertBatch', { batchId: report.files[0]!.batchId! });
      const [backup] = listBackups(dbPath);
      expect(backup?.reason).toBe('before-revert');
      const copy = new Database(backup!.path, { readonly: true });
      expect(copy.prepare('SELECT status FROM import_batch').pluck().all()).toEqual(['imported']);
      expect(copy.prepare('SELECT count(*) FROM trade_record WHERE deleted_by IS NULL').pluck().get()).toBe(2);
      copy.close();
    } finally {
      t.dispose();
    }
  });
});

describe("a backup's memory", () => {
  it('copies through a small page cache and gives the connection its own back', () => {
    const p = join(dir, 'trade.sqlite');
    const { db } = openTidemarkDb(p);
    try {
      // The browsing cache (64 MB): VACUUM INTO at that size held 184 MB of a 373 MB database resident.
      const browsing = db.pragma('cache_size', { simple: true }) as number;
      let during: number | null = null;
      const prepare = db.prepare.bind(db);
      db.prepare = ((sql: string) => {
        if (sql.startsWith('VACUUM INTO')) during = db.pragma('cache_size', { simple: true }) as number;
        return prepare(sql);
      }) as typeof db.prepare;
      backupDatabase(db, p, 'test');
      expect(during).toBe(-BACKUP_CACHE_KIB);
      expect(BACKUP_CACHE_KIB).toBeLessThan(-browsing / 8);
      expect(db.pragma('cache_size', { simple: true })).toBe(browsing);
      expect(listBackups(p)).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});
