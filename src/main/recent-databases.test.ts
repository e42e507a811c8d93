import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecent, rememberRecent, withRecent } from './recent-databases';

describe('Open Recent list', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tidemark-recent-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the latest first, once, and keeps at most eight', () => {
    let list: string[] = [];
    for (let i = 0; i < 10; i++) list = withRecent(list, `/data/db${i}.sqlite`);
    list = withRecent(list, '/data/db5.sqlite');
    expect(list).toHaveLength(8);
    expect(list[0]).toBe('/data/db5.sqlite');
    expect(list.filter((p) => p === '/data/db5.sqlite')).toHaveLength(1);
    expect(list).not.toContain('/data/db0.sqlite');
  });

  it('survives a restart, and treats a missing or damaged file as an empty list', () => {
    const file = join(dir, 'userData', 'recent-databases.json');
    expect(readRecent(file)).toEqual([]);
    rememberRecent(file, '/data/a.sqlite');
    rememberRecent(file, '/data/b.sqlite');
    expect(readRecent(file)).toEqual(['/data/b.sqlite', '/data/a.sqlite']);
    writeFileSync(file, '{not json');
    expect(readRecent(file)).toEqual([]);
    writeFileSync(file, JSON.stringify(['/data/c.sqlite', 7, null]));
    expect(readRecent(file)).toEqual(['/data/c.sqlite']);
  });
});
