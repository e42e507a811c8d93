import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';

// `tidemark batches` on a Parquet dataset gave, under "rows", the rows each file has in the export (24 of the
// sample), where on the database it came from "rows" are those it imported (26: two were restated by a later
// file). A dataset keeps no count of the rows imported, so its column now says what it counts, and so does --json.
const dir = mkdtempSync(join(tmpdir(), 'tidemark-batches-dataset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';

describe('tidemark batches on a Parquet dataset', () => {
  process.env.TIDEMARK_CACHE_DIR = join(dir, 'cache');

  it('names its row column as the rows exported, and says why a file may hold fewer than it imported', async () => {
    const db = join(dir, 'restated.sqlite');
    const files = {
      'published.csv': [
        '2020-11,CHN,PRK,import,HS,TOTAL,All goods,1000,USD,,',
        '2020-11,CHN,PRK,import,HS,2716,Electricity,600,USD,,',
      ],
      'revised.csv': ['2020-11,CHN,PRK,import,HS,TOTAL,All goods,1100,USD,,'],
    };
    for (const [name, rows] of Object.entries(files)) {
      writeFileSync(join(dir, name), [HEADER, ...rows].join('\n'));
      expect((await tidemark('import', join(dir, name), '--db', db)).code).toBe(0);
    }
    const own = (await tidemark('batches', '--db', db)).stdout.split('\n');
    expect(own[0]).toMatch(/^file\s+batch\s+status\s+rows\s+scope$/);
    expect(own[1]).toMatch(/^published\.csv\s+1\s+imported\s+2\s/);
    expect(own.join('\n')).not.toContain('exported');

    const out = join(dir, 'restated-pq');
    expect((await tidemark('export', '--db', db, '--parquet', out)).code).toBe(0);
    const r = await tidemark('batches', '--db', out);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^file\s+batch\s+status\s+exported\s+scope$/);
    expect(lines[1]).toMatch(/^published\.csv\s+1\s+imported\s+1\s/);
    expect(lines.at(-1)).toBe(
      "* exported: each file's rows in this dataset, those current when it was exported. Rows a later file restated, or deleted in Tidemark, were left out, so a file can hold fewer here than it imported.",
    );

    // --json said "rowsImported": 1 of the dataset, where the file imported 2: the 1 is the rows exported.
    type Counts = { rowsRead: number | null; rowsImported: number | null; rowsRejected: number | null };
    const json = (text: string) => (JSON.parse(text) as { batches: (Counts & { rowsExported?: number })[] }).batches;
    const [fromDataset] = json((await tidemark('batches', '--json', '--db', out)).stdout);
    expect(fromDataset).toMatchObject({ rowsRead: null, rowsImported: null, rowsRejected: null, rowsExported: 1 });
    const [fromDb] = json((await tidemark('batches', '--json', '--db', db)).stdout);
    expect(fromDb).toMatchObject({ rowsRead: 2, rowsImported: 2, rowsRejected: 0 });
    expect(fromDb).not.toHaveProperty('rowsExported');
  });
});
