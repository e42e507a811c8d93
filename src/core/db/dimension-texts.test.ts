import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DimensionTexts } from './dimension-texts';
import { migrate } from './migrate';
import { openDb } from './open';

function freshDb() {
  const db = openDb(':memory:');
  migrate(db, () => {});
  return db;
}

describe('DimensionTexts', () => {
  it('names an id from its dictionary, and an empty id as null', () => {
    const db = freshDb();
    const id = Number(db.prepare("INSERT INTO dim_code (text) VALUES ('0101')").run().lastInsertRowid);
    const texts = new DimensionTexts(db);
    texts.fresh();
    expect(texts.text('code', id)).toBe('0101');
    expect(texts.text('unit', null)).toBeNull();
    expect(() => texts.text('code', id + 1)).toThrow(/dim_code holds no id/);
  });

  it('never names an id from a rolled-back insert once the id is given to another text', () => {
    const db = freshDb();
    const texts = new DimensionTexts(db);
    const insert = db.prepare('INSERT INTO dim_code (text) VALUES (?)');
    let first = 0;
    expect(() =>
      db.transaction(() => {
        first = Number(insert.run('TMP').lastInsertRowid);
        texts.fresh();
        expect(texts.text('code', first)).toBe('TMP');
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    const again = Number(insert.run('2716').lastInsertRowid);
    expect(again).toBe(first);
    texts.fresh();
    expect(texts.text('code', again)).toBe('2716');
  });

  it('sees what another connection commits', () => {
    // In a folder of its own, removed after: every run left a 300 KB database in /tmp (70 of them here).
    const dir = mkdtempSync(join(tmpdir(), 'dimension-texts-'));
    const path = join(dir, 'texts.sqlite');
    const a = openDb(path);
    migrate(a, () => {});
    const b = openDb(path);
    const texts = new DimensionTexts(a);
    texts.fresh();
    const id = Number(b.prepare("INSERT INTO dim_unit (text) VALUES ('kg')").run().lastInsertRowid);
    texts.fresh();
    expect(texts.text('unit', id)).toBe('kg');
    a.close();
    b.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
