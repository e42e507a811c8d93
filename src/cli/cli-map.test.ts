import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = resolve(__dirname, '../../bin/tidemark.mjs');
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-map-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const COMTRADE = resolve(__dirname, '../../../shared/corpora/comtrade');

async function tidemark(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    return { code: 0, ...(await run(process.execPath, [BIN, ...args], { cwd: dir })) };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('tidemark import --map and Comtrade files', () => {
  it('imports any table by --map, keeping leading zeros; without --currency it names the flag', async () => {
    const db = join(dir, 'map.sqlite');
    const file = join(dir, 'table.csv');
    writeFileSync(file, 'Month,HS code,Partner,Value (US$)\n2020-11,0101,朝鲜,1854\n2020-11,3304,North Korea,509\n');
    const map = ['--map', 'Month=period,HS code=code:text,Partner=partner,Value (US$)=value'];
    const missing = await tidemark(
      'import',
      file,
      '--db',
      db,
      '--json',
      '--reporter',
      'CHN',
      '--flow',
      'import',
      ...map,
    );
    expect(missing.code).toBe(2); // a usage error, like any missing flag
    expect(JSON.parse(missing.stdout).files[0].error.message).toMatch(/--currency/);
    const ok = await tidemark(
      'import',
      file,
      '--db',
      db,
      '--json',
      '--reporter',
      'CHN',
      '--flow',
      'import',
      '--currency',
      'USD',
      ...map,
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).files[0]).toMatchObject({ format: 'mapped', rowsImported: 2 });
    const series = await tidemark(
      'series',
      '--db',
      db,
      '--partner',
      'PRK',
      '--flow',
      'import',
      '--hs',
      '0101',
      '--json',
    );
    expect(JSON.parse(series.stdout).points.map((p: { value: number }) => p.value)).toEqual([1854]);
  }, 60_000);

  it('refuses a malformed --map as a usage error listing the fields', async () => {
    const r = await tidemark('import', 'x.csv', '--db', join(dir, 'u.sqlite'), '--map', 'Month=when');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Fields: period, reporter, partner/);
  });

  it.skipIf(!existsSync(COMTRADE))(
    'imports the China–DPRK Comtrade figures given --reporter and --partner (skipped without ../shared/corpora)',
    async () => {
      const db = join(dir, 'ct.sqlite');
      const r = await tidemark(
        'import',
        join(COMTRADE, 'china-dprk-annual/comtrade_sample.json'),
        '--db',
        db,
        '--json',
        '--reporter',
        'CHN',
        '--partner',
        'PRK',
      );
      expect(JSON.parse(r.stdout).files[0]).toMatchObject({
        status: 'imported',
        format: 'comtrade',
        rowsImported: 6,
        currency: 'USD',
      });
    },
    60_000,
  );
});
