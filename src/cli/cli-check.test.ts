import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { damageDatabase } from '../core/test-support/damage-db';
import { writeSyntheticCsv } from '../core/test-support/synthetic-csv';
import { cliWorkspace, oneError } from './cli-harness';

vi.setConfig({ testTimeout: 120_000 });
const { dir, db, tidemark } = cliWorkspace('tidemark-cli-check-', 'trade');

describe('tidemark check', () => {
  it('reads a sound database whole and says so; a damaged one is moved aside, said in one line', async () => {
    const imported = await tidemark('import', writeSyntheticCsv(join(dir, 'rows.csv'), 3000), '--db', db);
    expect(imported.code, imported.stderr).toBe(0);
    const sound = await tidemark('check', 'trade.sqlite');
    expect(sound).toMatchObject({ code: 0, stderr: '' });
    expect(sound.stdout).toMatch(/^Checked trade\.sqlite: every page of its [\d.]+ MB read, nothing damaged\.\n$/);
    expect(JSON.parse((await tidemark('check', '--db', 'trade.sqlite', '--json')).stdout)).toMatchObject({
      sound: true,
      bytes: expect.any(Number),
    });
    expect((await tidemark('help')).stdout).toMatch(/\n {2}check +Read every page of a database/);

    // A page deep in the records: what the open of a file over 64 MB no longer reads.
    damageDatabase(db, 'trade_row', 'middle');
    const damaged = await tidemark('check', 'trade.sqlite');
    expect(damaged.code).not.toBe(0);
    expect(oneError(damaged)).toMatchObject({ code: 'db_corrupt', message: expect.stringMatching(/moved aside/) });
    expect(existsSync(db)).toBe(false);
    expect(readdirSync(dir).some((f) => f.startsWith('trade.sqlite.corrupt-'))).toBe(true);
    expect(oneError(await tidemark('check', 'missing.sqlite'))).toMatchObject({ code: 'no_database' });
  });
});
