import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { damageDatabase } from '../test-support/damage-db';
import { writeSyntheticCsv } from '../test-support/synthetic-csv';
import { HEADER } from '../test-support/temp-core';
import { backupDatabase, listBackups } from './backups';
import { wholeCheckMarker } from './damaged-page';
import { APPLICATION_ID } from './identity';
import { MIGRATIONS, SCHEMA_VERSION } from './migrate';
import { openDb } from './open';
import { CorruptDatabaseError, openTidemarkDb } from './open-tidemark';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tidemark-open-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The folder's files and the bytes of each: what "left unchanged" means. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort())
    out[f] = createHash('sha256')
      .update(readFileSync(join(dir, f)))
      .digest('hex');
  return out;
}

function raw(path: string, build: (db: Database.Database) => void, wal = false): void {
  const db = new Database(path);
  if (wal) db.pragma('journal_mode = WAL');
  build(db);
  db.close();
}

const open = (path: string) => openCore({ dbPath: path, log: () => {} });

describe('a database Tidemark refuses is left byte for byte as it was', () => {
  it('one from a newer Tidemark (stamped, WAL, as Tidemark writes them)', () => {
    const p = join(dir, 'future.sqlite');
    raw(
      p,
      (db) => {
        db.exec(
          'CREATE TABLE import_batch (id INTEGER PRIMARY KEY); CREATE TABLE trade_record (id INTEGER PRIMARY KEY); INSERT INTO import_batch VALUES (42);',
        );
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
      },
      true,
    );
    const before = snapshot();
    expect(() => open(p)).toThrow(
      expect.objectContaining({ code: 'db_from_future', message: expect.stringContaining('newer Tidemark') }),
    );
    expect(snapshot()).toEqual(before);
  });

  it('one from a newer Tidemark written before the application id (recognised by its tables)', () => {
    const p = join(dir, 'future-legacy.sqlite');
    raw(p, (db) => {
      db.exec(
        'CREATE TABLE import_batch (id INTEGER PRIMARY KEY); CREATE TABLE trade_record (id INTEGER PRIMARY KEY);',
      );
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    });
    const before = snapshot();
    expect(() => open(p)).toThrow(expect.objectContaining({ code: 'db_from_future' }));
    expect(snapshot()).toEqual(before);
  });

  it("another program's database: named by its tables, and no table added", () => {
    const p = join(dir, 'notes.sqlite');
    raw(
      p,
      (db) =>
        db.exec("CREATE TABLE notes (text TEXT); CREATE TABLE tags (name TEXT); INSERT INTO notes VALUES ('keep me');"),
      true,
    );
    const before = snapshot();
    expect(() => open(p)).toThrow(
      expect.objectContaining({
        code: 'db_foreign',
        message: expect.stringMatching(/^This is not a Tidemark database: it holds tables notes, tags\./),
      }),
    );
    expect(snapshot()).toEqual(before);
    const after = new Database(p, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all()).toEqual([
      'notes',
      'tags',
    ]);
    after.close();
  });

  it("another program's database that carries its own application id, even with Tidemark-like tables", () => {
    const p = join(dir, 'other-app.sqlite');
    raw(p, (db) => {
      db.exec(
        'CREATE TABLE import_batch (id INTEGER PRIMARY KEY); CREATE TABLE trade_record (id INTEGER PRIMARY KEY);',
      );
      db.pragma('application_id = 1234');
      db.pragma('user_version = 1');
    });
    const before = snapshot();
    expect(() => open(p)).toThrow(
      expect.objectContaining({
        code: 'db_foreign',
        message: expect.stringContaining('another program (application id 1234)'),
      }),
    );
    expect(snapshot()).toEqual(before);
  });

  it('a file that is not SQLite at all', () => {
    const p = join(dir, 'notes.sqlite');
    writeFileSync(p, 'these are my notes, not a database'.repeat(100));
    const before = snapshot();
    expect(() => open(p)).toThrow(
      expect.objectContaining({ code: 'db_unusable', message: expect.stringContaining('not an SQLite file') }),
    );
    expect(snapshot()).toEqual(before);
  });
});

describe('databases Tidemark opens', () => {
  it('stamps a new file with the application id', () => {
    const p = join(dir, 'new.sqlite');
    const { db, created } = openTidemarkDb(p);
    expect(created).toBe(true);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('adopts an empty SQLite file (no tables) and an empty file', () => {
    const empty = join(dir, 'empty.sqlite');
    raw(empty, (db) => db.pragma('user_version = 0'));
    writeFileSync(join(dir, 'zero.sqlite'), '');
    for (const p of [empty, join(dir, 'zero.sqlite')]) {
      const { db } = openTidemarkDb(p);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'trade_record'").pluck().get()).toBe(1);
      db.close();
    }
  });

  it('stamps a Tidemark database written before the application id, keeping its records', async () => {
    const p = join(dir, 'legacy.sqlite');
    const db = openDb(p);
    db.transaction(() => MIGRATIONS.forEach((m) => m(db)))();
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.close();
    writeFileSync(join(dir, 'a.csv'), `${HEADER}\n2020-01,CHN,PRK,import,HS,01,x,5,USD,,\n`);
    const core = open(p);
    expect(await core.dispatch('importFiles', { files: [{ path: join(dir, 'a.csv') }], options: {} })).toMatchObject({
      ok: true,
      value: { files: [{ status: 'imported' }] },
    });
    core.close();
    const after = new Database(p, { readonly: true });
    expect(after.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(after.prepare('SELECT count(*) FROM trade_record').pluck().get()).toBe(1);
    after.close();
  });
});

describe('a damaged database', () => {
  it('is moved aside with its journal files and its newest sound backup is named, never opened over', async () => {
    const p = join(dir, 'trade.sqlite');
    const { db } = openTidemarkDb(p);
    const older = backupDatabase(db, p, 'test', new Date(2026, 0, 1, 9));
    const newer = backupDatabase(db, p, 'test', new Date(2026, 0, 2, 9));
    writeFileSync(`${newer.path}`, 'half a file');
    db.close();
    writeFileSync(join(dir, 'a.csv'), `${HEADER}\n2020-01,CHN,PRK,import,HS,01,x,5,USD,,\n`);
    const core = open(p);
    await core.dispatch('importFiles', { files: [{ path: join(dir, 'a.csv') }], options: {} });
    core.close();
    damageDatabase(p);
    const bytes = readFileSync(p);

    let err: unknown;
    try {
      open(p);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CorruptDatabaseError);
    const c = err as CorruptDatabaseError;
    expect(c.code).toBe('db_corrupt');
    // The half-written newer backup fails its check, so the older one is offered.
    expect(c.backup?.path).toBe(older.path);
    expect(c.message).toContain(older.path);
    expect(c.message).toMatch(/damaged .*moved aside to .*corrupt-.*newest backup/s);
    expect(existsSync(p)).toBe(false);
    expect(readFileSync(c.movedTo!)).toEqual(bytes);
    expect(readdirSync(dir).filter((f) => f.startsWith('trade.sqlite'))).toEqual([c.movedTo!.split('/').pop()]);
  });

  it('without a backup says there is none', () => {
    const p = join(dir, 'lone.sqlite');
    openTidemarkDb(p).db.close();
    damageDatabase(p);
    expect(() => open(p)).toThrow(
      expect.objectContaining({ code: 'db_corrupt', message: expect.stringContaining('There is no backup') }),
    );
    expect(existsSync(p)).toBe(false);
  });
});

describe('a database larger than the whole check (WHOLE_CHECK_BYTES; 0 here)', () => {
  async function withRecords(name: string, rows?: number): Promise<string> {
    const p = join(dir, name);
    const csv = join(dir, 'a.csv');
    if (rows) writeSyntheticCsv(csv, rows);
    else
      writeFileSync(csv, `${HEADER}\n2020-01,CHN,PRK,import,HS,01,x,5,USD,,\n2020-02,CHN,PRK,import,HS,02,y,7,USD,,\n`);
    const core = open(p);
    await core.dispatch('importFiles', { files: [{ path: csv }], options: {} });
    core.close();
    return p;
  }

  it('opens a sound one with its records', async () => {
    const p = await withRecords('sound.sqlite');
    const { db } = openTidemarkDb(p, { wholeCheckBytes: 0 });
    expect(db.prepare('SELECT count(*) FROM trade_row').pluck().get()).toBe(2);
    db.close();
  });

  it.each(['trade_row', 'import_batch', 'summary_total'])(
    'is refused as damaged where the root page of %s is',
    async (table) => {
      const p = await withRecords(`${table}.sqlite`);
      damageDatabase(p, table);
      expect(() => openTidemarkDb(p, { wholeCheckBytes: 0 })).toThrow(CorruptDatabaseError);
      expect(existsSync(p)).toBe(false);
    },
  );

  it('opens with a damaged page deep in the records, which the whole check (tidemark check) finds', async () => {
    const p = await withRecords('deep.sqlite', 3000);
    damageDatabase(p, 'trade_row', 'middle');
    // What the open no longer reads at this size: the page fails the query that reads it, later.
    openCore({ dbPath: p, log: () => {}, wholeCheckBytes: 0 }).close();
    let refused: unknown;
    try {
      openCore({ dbPath: p, log: () => {}, wholeCheckBytes: Infinity }).close();
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(CorruptDatabaseError);
    // What SQLite found, not only the heading of its findings ("*** in database main ***").
    expect((refused as Error).message).toMatch(/check says: (?!\*\*\*)/);
    expect(existsSync(p)).toBe(false);
  });

  it('says a damaged page a query meets, and reads the whole file at the next open', async () => {
    const p = await withRecords('met.sqlite', 3000);
    damageDatabase(p, 'trade_row', 'middle');
    const core = openCore({ dbPath: p, log: () => {}, wholeCheckBytes: 0 });
    // A filter that reads every record: it meets the damaged page.
    const r = await core.dispatch('gridPage', {
      limit: 100,
      filters: { description: { op: 'contains', value: 'zzz' } },
    });
    core.close();
    expect(r).toMatchObject({ ok: false, error: { code: 'db_corrupt', key: 'recovery.damagedPage' } });
    expect(!r.ok && r.error.message).toMatch(
      /is damaged \(SQLite: database disk image is malformed\); nothing was changed\. The next time it is opened/,
    );
    expect(existsSync(wholeCheckMarker(p))).toBe(true);
    // The next open reads it whole, whatever its size: moved aside, said as at any damaged open; the mark is gone.
    expect(() => openCore({ dbPath: p, log: () => {}, wholeCheckBytes: 0 })).toThrow(CorruptDatabaseError);
    expect(existsSync(p)).toBe(false);
    expect(existsSync(wholeCheckMarker(p))).toBe(false);
  });

  it('reads a marked sound file whole once, then as before', async () => {
    const p = await withRecords('marked.sqlite');
    writeFileSync(wholeCheckMarker(p), '');
    openCore({ dbPath: p, log: () => {}, wholeCheckBytes: 0 }).close();
    expect(existsSync(wholeCheckMarker(p))).toBe(false);
    expect(existsSync(p)).toBe(true);
  });
});

describe('backups before a migration', () => {
  it('go to backups/ beside the database as a whole copy at the old version', () => {
    const p = join(dir, 'old.sqlite');
    const db = openDb(p);
    db.transaction(() => MIGRATIONS.slice(0, 3).forEach((m) => m(db)))();
    db.pragma('user_version = 3');
    db.close();
    openTidemarkDb(p).db.close();
    const [b, ...rest] = listBackups(p);
    expect(rest).toEqual([]);
    expect(b!.path).toMatch(
      new RegExp(`/backups/old\\.\\d{4}-\\d\\d-\\d\\d_\\d{6}-\\d{3}\\.before-v${SCHEMA_VERSION}\\.sqlite$`),
    );
    const copy = new Database(b!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(3);
    copy.close();
    openTidemarkDb(p).db.close();
    expect(listBackups(p)).toHaveLength(1);
  });
});
