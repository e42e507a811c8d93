import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from './open';
import { sinceLastChange } from './data-version';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-data-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sinceLastChange', () => {
  it('reads again only after a change on this connection or a commit on another', () => {
    const path = join(dir, 'v.sqlite');
    const db = openDb(path);
    db.exec('CREATE TABLE t (x INTEGER)');
    let reads = 0;
    const count = sinceLastChange(db, () => {
      reads++;
      return db.prepare('SELECT COUNT(*) FROM t').pluck().get() as number;
    });
    expect([count(), count(), count()]).toEqual([0, 0, 0]);
    expect(reads).toBe(1);

    db.prepare('INSERT INTO t VALUES (1)').run();
    expect(count()).toBe(1);
    expect(reads).toBe(2);

    // Another connection's commit (an import's worker): this one sees it at once.
    const other = openDb(path);
    other.prepare('INSERT INTO t VALUES (2)').run();
    other.close();
    expect(count()).toBe(2);
    expect(count()).toBe(2);
    expect(reads).toBe(3);
    db.close();
  });
});
