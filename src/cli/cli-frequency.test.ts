import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { oneError, tidemarkIn } from './cli-harness';

// Each test spawns the command several times; on a shared, loaded machine that takes a while.
vi.setConfig({ testTimeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-freq-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'f.sqlite');
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args, '--db', db);

beforeAll(async () => {
  // Monthly data only: all of 2019, January to May 2020; two commodities.
  const lines = ['period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit'];
  const add = (y: number, m: number) =>
    lines.push(
      `${y}-${String(m).padStart(2, '0')},CHN,PRK,import,HS,27160000,,100,USD,,`,
      `${y}-${String(m).padStart(2, '0')},CHN,PRK,import,HS,33049900,,${m},USD,,`,
    );
  for (let m = 1; m <= 12; m++) add(2019, m);
  for (let m = 1; m <= 5; m++) add(2020, m);
  writeFileSync(join(dir, 'm.csv'), lines.join('\n'));
  // It holds every good traded with North Korea in those months, which it cannot say itself.
  expect((await tidemarkIn(dir, 'import', join(dir, 'm.csv'), '--db', db, '--goods', 'all')).code).toBe(0);
}, 60_000);

describe('frequency', () => {
  it('--from 2019 --to 2019 is the year 2019; --annual sums complete years and marks the incomplete one', async () => {
    const year = JSON.parse(
      (await tidemark('series', '--partner', 'PRK', '--flow', 'import', '--from', '2019', '--to', '2019', '--json'))
        .stdout,
    );
    expect(year.points.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual([['2019', 1278]]);
    const annual = await tidemark('series', '--partner', 'PRK', '--flow', 'import', '--annual');
    expect(annual.code).toBe(0);
    expect(annual.stdout).toMatch(/2019\s+1,278\s/);
    expect(annual.stdout).toMatch(/2020\s+515\s.*incomplete/);
    expect(annual.stdout).toContain('* 2020: Only 5 of its 12 months are held (Jan–May).');
  });

  it('--annual with a month bound is an error, not a silently dropped year', async () => {
    const r = await tidemark('series', '--partner', 'PRK', '--annual', '--from', '2019-01');
    expect(r.code).toBe(2);
    expect(oneError(r)).toEqual({
      code: 'bad_input',
      message: 'An annual series runs from one year to another (such as 2019), not from a month (2019-01).',
    });
  });

  it('top --period on monthly data sums the months held and says how many', async () => {
    const r = await tidemark('top', '--partner', 'PRK', '--flow', 'import', '--period', '2020');
    expect(r.stdout).toMatch(/27160000\s+500\s/);
    expect(r.stdout).toMatch(/33049900\s+15\s/);
    expect(r.stdout).toContain('* No annual figure is held for 2020: this sums the 5 months held (Jan–May).');
    expect(JSON.parse((await tidemark('top', '--partner', 'PRK', '--period', '2019', '--json')).stdout).note).toBe(
      'No annual figure is held for 2019: this sums its 12 months.',
    );
  });
});
