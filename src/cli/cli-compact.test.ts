import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { addOldRecords, fixture } from '../core/test-support/schema-fixture';
import { oneError, tidemarkIn } from './cli-harness';

vi.setConfig({ testTimeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-compact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);

describe('tidemark compact', () => {
  it('upgrades an old database, gives back its free pages and prints the size before and after', async () => {
    const db = fixture(10, join(dir, 'old.sqlite'));
    addOldRecords(db, 20_000);
    db.close();
    const r = await tidemark('compact', 'old.sqlite');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const m = /^Compacted old\.sqlite: ([\d.]+) MB → ([\d.]+) MB \(([\d.]+) MB given back\) in [\d.]+ s\.\n$/.exec(
      r.stdout,
    );
    expect(m, r.stdout).not.toBeNull();
    const [before, after] = [Number(m![1]), Number(m![2])];
    expect(after).toBeLessThan(before);
    expect(after).toBeCloseTo(statSync(join(dir, 'old.sqlite')).size / 1024 / 1024, 1);

    const again = JSON.parse((await tidemark('compact', '--db', 'old.sqlite', '--json')).stdout);
    expect(again).toMatchObject({ beforeBytes: statSync(join(dir, 'old.sqlite')).size });
    expect(again.afterBytes).toBe(again.beforeBytes);
    expect((await tidemark('help')).stdout).toMatch(/\n {2}compact +Give back the free space/);
    expect(oneError(await tidemark('compact', 'missing.sqlite'))).toMatchObject({ code: 'no_database' });
  });
});
