import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from './migrate';
import { openDb } from './open';
import { openCore } from '../core';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const temp = () => (dir = mkdtempSync(join(tmpdir(), 'tidemark-db-')));

describe('opening a database', () => {
  it('sets WAL, foreign keys, trusted_schema off and synchronous NORMAL', () => {
    const db = openDb(join(temp(), 'a.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a file that is not a database, with a sentence that says so', () => {
    const p = join(temp(), 'notes.sqlite');
    writeFileSync(p, 'these are my notes, not a database'.repeat(100));
    expect(() => openCore({ dbPath: p, log: () => {} })).toThrow(/not a Tidemark database/);
  });
});

describe('migrations', () => {
  it('creates the schema in one step and records its version', () => {
    const db = openDb(join(temp(), 'a.sqlite'));
    let backups = 0;
    expect(migrate(db, () => backups++)).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(backups).toBe(0); // nothing to lose in a new file
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['import_batch', 'trade_row', 'dim_code', 'rejected_row', 'description', 'edit_log']),
    );
    expect(migrate(db, () => backups++)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    db.close();
  });

  it('refuses a database from a newer Tidemark and leaves it untouched', () => {
    const p = join(temp(), 'future.sqlite');
    const raw = new Database(p);
    raw.exec(
      'CREATE TABLE import_batch (id); CREATE TABLE trade_record (id); CREATE TABLE mine (x); INSERT INTO mine VALUES (42);',
    );
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openCore({ dbPath: p, log: () => {} })).toThrow(/newer Tidemark/);
    const after = new Database(p);
    expect(after.prepare('SELECT x FROM mine').pluck().get()).toBe(42);
    after.close();
  });

  it('backs up before migrating an older schema, and a failing migration changes nothing', () => {
    const db = openDb(join(temp(), 'old.sqlite'));
    const v1 = (d: typeof db) => d.exec('CREATE TABLE note (text TEXT)');
    migrate(db, () => {}, [v1]);
    db.exec("INSERT INTO note VALUES ('keep me')");
    const calls: string[] = [];
    const broken = (d: typeof db) => {
      d.exec('ALTER TABLE note ADD COLUMN extra TEXT');
      throw new Error('migration bug');
    };
    expect(() => migrate(db, () => calls.push('backup'), [v1, broken])).toThrow('migration bug');
    expect(calls).toEqual(['backup']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare('SELECT * FROM note').all()).toEqual([{ text: 'keep me' }]);
    const v2 = (d: typeof db) => d.exec('ALTER TABLE note ADD COLUMN extra TEXT');
    expect(migrate(db, () => calls.push('backup'), [v1, v2])).toEqual({ from: 1, to: 2 });
    expect(calls).toEqual(['backup', 'backup']);
    db.close();
  });
});
