import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = resolve(__dirname, '../../bin/tidemark.mjs');
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tidemark(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    return { code: 0, ...(await run(process.execPath, [BIN, ...args], { cwd: dir })) };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const gacc = iconv.encode(
  [
    '"数据年月","贸易伙伴编码","贸易伙伴名称","商品编码","商品名称","人民币",',
    '"202011","109","朝鲜","27160000","电力","16,536,067,327",',
    '',
  ].join('\n'),
  'gb18030',
);

describe('tidemark import flags', () => {
  const db = join(dir, 'flags.sqlite');
  const file = join(dir, 'nk.csv');
  writeFileSync(file, gacc);

  it('a China customs file without --flow is a usage error (exit 2) that names --flow, and stores nothing', async () => {
    const r = await tidemark('import', file, '--db', db, '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--flow import|export');
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ status: 'failed', error: { code: 'missing_option' } });
    expect(JSON.parse((await tidemark('series', '--db', db, '--json')).stdout).points).toEqual([]);
  });

  it('rejects a malformed flag value with exit 2 before touching anything', async () => {
    expect((await tidemark('import', file, '--db', db, '--flow', 'sideways')).code).toBe(2);
    expect((await tidemark('import', file, '--db', db, '--flow', 'import', '--scale', '1,000')).stderr).toContain(
      '--scale',
    );
    expect((await tidemark('import', file, '--db', db, '--flow', 'import', '--encoding', 'latin1')).code).toBe(2);
  });

  it('imports with --flow and --scale, keeping the stable JSON keys', async () => {
    const r = await tidemark(
      'import',
      file,
      '--db',
      db,
      '--flow',
      'import',
      '--scale',
      '1000',
      '--goods',
      'all',
      '--json',
    );
    expect(r.code).toBe(0);
    const [f] = JSON.parse(r.stdout).files;
    expect(Object.keys(f)).toEqual(
      expect.arrayContaining([
        'file',
        'status',
        'format',
        'encoding',
        'batchId',
        'rowsRead',
        'rowsImported',
        'rowsRejected',
        'rowsSkipped',
        'currency',
        'error',
      ]),
    );
    expect(f).toMatchObject({ status: 'imported', format: 'gacc', rowsImported: 1, currency: 'CNY' });
    const s = await tidemark('series', '--db', db, '--partner', 'PRK', '--flow', 'import', '--json');
    expect(JSON.parse(s.stdout).points[0]).toMatchObject({ period: '2020-11', value: 16_536_067_327_000 });
  });
});
