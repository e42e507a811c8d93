import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openCore } from '../core';
import { callerOf } from '../test-support/temp-core';
import { addOldRecords, fixture } from '../test-support/schema-fixture';
import { checkRoom, compactDb, databaseSpace } from './compact';
import { openDb, type Db } from './open';
import { openTidemarkDb } from './open-tidemark';

vi.setConfig({ testTimeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'tidemark-compact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A schema 10 database with `rows` records, upgraded by opening it: 0011 leaves the wide table's pages free. */
function migrated(name: string, rows: number): string {
  const path = join(dir, name);
  const db = fixture(10, path);
  addOldRecords(db, rows);
  db.close();
  const opened = openTidemarkDb(path);
  expect(opened.from).toBe(10);
  opened.db.close();
  return path;
}

/** Every record through the trade_record view, byte for byte, and every other table, as one digest each. */
function dump(path: string): { records: unknown[]; tables: Record<string, string> } {
  const db = openDb(path, { readonly: true });
  try {
    const records = db.prepare('SELECT * FROM trade_record ORDER BY id').raw().all();
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const tables: Record<string, string> = {};
    for (const t of names) {
      const rows = db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[];
      tables[t] = createHash('sha256')
        .update(
          rows
            .map((r) => JSON.stringify(r))
            .sort()
            .join('\n'),
        )
        .digest('hex');
    }
    return { records, tables };
  } finally {
    db.close();
  }
}

const pages = (db: Db) => ({
  count: db.pragma('page_count', { simple: true }) as number,
  free: db.pragma('freelist_count', { simple: true }) as number,
  size: db.pragma('page_size', { simple: true }) as number,
});

describe('compact', () => {
  it('gives back the free pages a migration left, and every row reads back identical', async () => {
    const path = migrated('upgraded.sqlite', 30_000);
    const before = dump(path);
    const core = openCore({ dbPath: path, log: (m, e) => console.error(m, e) });
    try {
      const call = callerOf(core);
      const { space } = await call('appInfo', {});
      const db = openDb(path, { readonly: true });
      const p = pages(db);
      db.close();
      // The figure is the free pages, read without reading the file's pages.
      expect(space).toMatchObject({ reclaimableBytes: p.free * p.size, fileBytes: statSync(path).size });
      expect(space!.reclaimableBytes).toBeGreaterThan(2 * 1024 * 1024);

      const running = call('compactDatabase', {});
      // Meanwhile a change is refused at once, saying why; a read is answered.
      expect(await core.dispatch('saveView', { name: 'v', state: '{}' })).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/being compacted/) },
      });
      expect(await core.dispatch('compactDatabase', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(await core.dispatch('listBatches', {})).toMatchObject({ ok: true });
      const report = await running;
      expect(report.beforeBytes).toBe(space!.fileBytes);
      expect(report.afterBytes).toBe(statSync(path).size);
      expect(report.beforeBytes - report.afterBytes).toBeGreaterThanOrEqual(space!.reclaimableBytes);
      const after = await call('appInfo', {});
      expect(after.space).toMatchObject({ reclaimableBytes: 0, fileBytes: report.afterBytes, worthIt: false });
      // The core's own connection reads the compacted file as it read the old one.
      expect(after.records).toBe(30_004);
      expect(dump(path)).toEqual(before);
      // Changes are taken again once it has finished.
      expect(await core.dispatch('saveView', { name: 'v', state: '{}' })).toMatchObject({ ok: true });
    } finally {
      core.close();
    }
  });

  it('says a database just upgraded is worth compacting, and no longer once compacted', () => {
    const path = migrated('worth.sqlite', 5_000);
    const db = openDb(path);
    try {
      const free = pages(db).free * pages(db).size;
      const small = { share: 0.1, bytes: free - 1 };
      expect(databaseSpace(db, path, 10, small)).toMatchObject({ worthIt: true, upgradedFrom: 10 });
      expect(databaseSpace(db, path, 10, { ...small, bytes: free })).toMatchObject({ worthIt: false });
      expect(databaseSpace(db, path, 10)).toMatchObject({ worthIt: false });
      compactDb(db, path);
      expect(databaseSpace(db, path, null, small)).toMatchObject({ reclaimableBytes: 0, worthIt: false });
    } finally {
      db.close();
    }
  });

  it('refuses with disk_full, naming the room it needs, and leaves the file untouched when the disk is short', () => {
    const path = migrated('short.sqlite', 5_000);
    const before = dump(path);
    const size = statSync(path).size;
    const db = openDb(path);
    try {
      const asked: string[] = [];
      const tiny = (d: string) => (asked.push(d), 1024 * 1024);
      expect(() => compactDb(db, path, tiny)).toThrow(
        expect.objectContaining({
          code: 'disk_full',
          message: expect.stringMatching(/^Compacting needs \d+ MB free on the disk that holds .* only 1 MB is free/),
        }),
      );
      expect(asked.length).toBeGreaterThan(0);
      expect(pages(db).free).toBeGreaterThan(0);
      // Enough room: no refusal.
      expect(() => checkRoom(path, size, () => 10 * size + 64 * 1024 * 1024)).not.toThrow();
    } finally {
      db.close();
    }
    expect(statSync(path).size).toBe(size);
    expect(dump(path)).toEqual(before);
  });

  it('is refused by a read-only dataset, as every other change is', async () => {
    const path = migrated('dataset-copy.sqlite', 10);
    const core = openCore({
      dbPath: path,
      log: () => {},
      readOnly: { dataset: '/data/trade-parquet', reason: 'This is a Parquet dataset, opened read-only.' },
    });
    try {
      expect(await core.dispatch('compactDatabase', {})).toMatchObject({ ok: false, error: { code: 'read_only' } });
      expect(await core.dispatch('appInfo', {})).toMatchObject({ ok: true, value: { space: null } });
    } finally {
      core.close();
    }
  });

  it('killed midway, leaves the database as it was, and compacts on the next try', async () => {
    const path = migrated('killed.sqlite', 60_000);
    const before = dump(path);
    const size = statSync(path).size;
    // Killed while VACUUM writes the rebuilt pages through the journal: the step that overwrites the file.
    const { lines, killed } = await killWhenJournalGrows(path, 256 * 1024);
    expect(killed).toBe(true);
    expect(lines).toEqual(['ready']);

    const { db } = openTidemarkDb(path);
    try {
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      expect(pages(db).free).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    expect(dump(path)).toEqual(before);
    const again = openDb(path);
    try {
      expect(compactDb(again, path).afterBytes).toBeLessThan(size);
    } finally {
      again.close();
    }
    expect(dump(path)).toEqual(before);
  });
});

/** Runs compact-crash-child.ts and SIGKILLs it once the database's -wal passes `bytes`. */
function killWhenJournalGrows(dbPath: string, bytes: number): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'compact-crash-child.ts'), dbPath], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const wal = `${dbPath}-wal`;
    const poll = setInterval(() => {
      if (out.startsWith('ready\n') && existsSync(wal) && statSync(wal).size > bytes) child.kill('SIGKILL');
    }, 1);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearInterval(poll);
      resolve({ lines: out.split('\n').filter(Boolean), killed: signal === 'SIGKILL' });
    });
  });
}
