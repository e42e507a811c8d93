import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWorkspace, oneError } from './cli-harness';

const { dir, db, tidemark } = cliWorkspace('tidemark-cli-reexport-flow-');
// Hong Kong's re-exports of Chinese goods to North Korea, a year per row: the file names no flow.
const file = join(dir, 'hk-reexports.csv');
writeFileSync(file, 'Year,HS,USD\n2019,TOTAL,1200\n2020,TOTAL,340\n');
const mapped = (...more: string[]) =>
  tidemark(
    'import',
    file,
    '--map',
    'Year=period,HS=code,USD=value',
    '--reporter',
    'HKG',
    '--partner',
    'PRK',
    '--currency',
    'USD',
    '--db',
    db,
    ...more,
  );

describe('tidemark import --flow re-export', () => {
  it('says a mapped table holds re-exports, as --map flow=re-export does', async () => {
    // Before: exit 2, `--flow is import or export, not "re-export"`.
    const r = await mapped('--flow', 're-export', '--goods', 'all', '--partners', 'listed', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ status: 'imported', rowsImported: 2 });
    const series = await tidemark(
      'series',
      '--db',
      db,
      '--reporter',
      'HKG',
      '--partner',
      'PRK',
      '--flow',
      're-export',
      '--annual',
      '--json',
    );
    expect(JSON.parse(series.stdout).points.map((p: { value: number }) => p.value)).toEqual([1200, 340]);
    // Stored as the mapping's flow: the same import by --map is the same import, not a second batch.
    const same = await mapped('--map', 'flow=re-export', '--goods', 'all', '--partners', 'listed', '--json');
    expect(JSON.parse(same.stdout).files[0]).toMatchObject({ status: 'duplicate' });
  });

  it('takes the Korean word, and refuses two flows at once', async () => {
    const korean = await mapped('--flow', '재수입', '--map', 'flow=re-export');
    expect(korean.code).toBe(2);
    expect(oneError(korean).message).toBe('--flow re-import and --map flow=re-export say two flows: give one');
  });

  it('is refused for a file no mapping reads, saying where it applies', async () => {
    const gacc = join(dir, 'gacc.csv');
    writeFileSync(
      gacc,
      '数据年月,商品编码,商品名称,贸易伙伴编码,贸易伙伴名称,美元\n202401,27011200,烟煤,109,朝鲜,1000\n',
    );
    const r = await tidemark('import', gacc, '--flow', 're-export', '--db', db);
    expect(r.code).toBe(2);
    expect(oneError(r).message).toBe(
      '--flow re-export is for a table read with --map, which stores re-exports as a flow of their own; a China customs download is import or export, and a UN Comtrade file names its re-exports in its own flow column',
    );
    const other = await tidemark('import', gacc, '--flow', 'sideways', '--db', db);
    expect(oneError(other).message).toBe('--flow is import, export, re-export or re-import, not "sideways"');
  });
});
