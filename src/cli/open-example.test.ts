import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oneError, tidemarkIn } from './cli-harness';

// `tidemark open DIR` suggested the first reporter alphabetically (C97, Comtrade's EU-28, of one cement file)
// as its example, where the dataset held China's rows nearly four times over.
const dir = mkdtempSync(join(tmpdir(), 'tidemark-open-example-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);

describe('tidemark open', () => {
  // The dataset's local copy goes beside the test's files, not into the user's cache.
  process.env.TIDEMARK_CACHE_DIR = join(dir, 'cache');

  it('suggests the reporter the dataset holds the most rows of, not the first by name', async () => {
    const file = join(dir, 'two.csv');
    writeFileSync(
      file,
      [
        'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit',
        '2020-11,AUS,WLD,import,HS,TOTAL,All goods,1000,USD,,',
        '2020-11,CHN,WLD,import,HS,TOTAL,All goods,9000,USD,,',
        '2020-12,CHN,WLD,import,HS,TOTAL,All goods,9100,USD,,',
        '2021-01,CHN,WLD,import,HS,TOTAL,All goods,9200,USD,,',
      ].join('\n'),
    );
    const db = join(dir, 'two.sqlite');
    expect((await tidemark('import', file, '--db', db)).code).toBe(0);
    const out = join(dir, 'two-parquet');
    expect((await tidemark('export', '--db', db, '--parquet', out)).code).toBe(0);
    const r = await tidemark('open', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Reporters AUS, CHN;');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      `Read it with any reading command, e.g. tidemark series --db ${out} --reporter CHN`,
    );
  });

  it('given a database file, says it is a file, not that it is not there', async () => {
    const db = join(dir, 'two.sqlite');
    const r = await tidemark('open', db);
    expect(r.code).toBe(1);
    expect(oneError(r)).toEqual({
      code: 'dataset_invalid',
      message: `${db} is a file, not the folder of a Parquet dataset written by tidemark export --parquet, which is what open reads; give a database file as --db to any reading command (tidemark batches --db ${db})`,
    });
    expect(oneError(await tidemark('open', join(dir, 'none'))).message).toMatch(/none is not there;/);
  });
});
