import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';

// `top` printed no source line, where `series` and `brief` name whose figures they are: a ranking of UN Comtrade
// figures read as if from nowhere. Now it names the files the listed figures were read from, and whose they are.
const USA = resolve(__dirname, '../../../shared/corpora/comtrade/legacy-csv/sstaple15_USA-CHN_H5_2017_HS2_12col.csv');
const absent = !existsSync(USA);
const why = absent ? ' (skipped: ../shared/corpora/comtrade/legacy-csv is absent)' : '';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-top-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';

async function dbOf(name: string, files: Record<string, string[]>): Promise<string> {
  const db = join(dir, `${name}.sqlite`);
  for (const [file, rows] of Object.entries(files)) {
    writeFileSync(join(dir, file), rows.join('\n'));
    expect((await tidemark('import', join(dir, file), '--db', db)).code).toBe(0);
  }
  return db;
}

describe('tidemark top names where its figures were read', () => {
  it('names the file the items and total come from, not a file of another partner', async () => {
    const db = await dbOf('two', {
      'prk-2020-11.csv': [
        HEADER,
        '2020-11,CHN,PRK,import,HS,TOTAL,All goods,1000,USD,,',
        '2020-11,CHN,PRK,import,HS,2716,Electricity,600,USD,,',
        '2020-11,CHN,PRK,import,HS,8507,Accumulators,300,USD,,',
      ],
      'deu-2020-11.csv': [HEADER, '2020-11,CHN,DEU,import,HS,TOTAL,All goods,9000,USD,,'],
    });
    const args = ['--db', db, '--reporter', 'CHN', '--partner', 'PRK', '--period', '2020-11', '--level', '4'];
    const r = await tidemark('top', ...args);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe("Source: prk-2020-11.csv, as reported by China's customs.");
    expect(r.stdout).not.toContain('deu-2020-11.csv');
    const ko = await tidemark('top', ...args, '--lang', 'ko');
    expect(ko.stdout.trimEnd().split('\n').at(-1)).toBe('출처: prk-2020-11.csv (중국 해관 집계).');
    const json = JSON.parse((await tidemark('top', ...args, '--json')).stdout);
    expect(json).toMatchObject({ files: ['prk-2020-11.csv'], source: "as reported by China's customs" });
  });

  it('names no file whose figures a later file restated', async () => {
    // A published table, then a revised one restating its total and items: every figure listed is the second's.
    const db = await dbOf('restated', {
      'published.csv': [
        HEADER,
        '2020-11,CHN,PRK,import,HS,TOTAL,All goods,1000,USD,,',
        '2020-11,CHN,PRK,import,HS,2716,Electricity,600,USD,,',
      ],
      'revised.csv': [
        HEADER,
        '2020-11,CHN,PRK,import,HS,TOTAL,All goods,1100,USD,,',
        '2020-11,CHN,PRK,import,HS,2716,Electricity,650,USD,,',
      ],
    });
    const args = ['--db', db, '--reporter', 'CHN', '--partner', 'PRK', '--period', '2020-11', '--level', '4'];
    const r = await tidemark('top', ...args);
    expect(r.stdout).toContain('650');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe("Source: revised.csv, as reported by China's customs.");
  });

  it.skipIf(absent)(`cites a Comtrade file as UN Comtrade${why}`, async () => {
    const db = join(dir, 'usa.sqlite');
    expect((await tidemark('import', USA, '--db', db, '--goods', 'all')).code).toBe(0);
    const r = await tidemark(
      'top',
      '--db',
      db,
      '--reporter',
      'USA',
      '--partner',
      'CHN',
      '--period',
      '2017',
      '--level',
      '2',
    );
    expect(r.stdout).toContain(
      'Source: sstaple15_USA-CHN_H5_2017_HS2_12col.csv, according to UN Comtrade (United States as reporter).',
    );
  });
});
