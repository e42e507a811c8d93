import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-open-span-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);

const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
const annual = [
  HEADER,
  '2015,CHN,PRK,import,HS,TOTAL,All goods,2483000000,USD,,',
  '2016,CHN,PRK,import,HS,TOTAL,All goods,2634000000,USD,,',
].join('\n');
const monthly = [HEADER, '2019-10,CHN,PRK,import,HS,TOTAL,All goods,25000000,USD,,'].join('\n');

/** A dataset exported from a database of these files, then opened: the line `open` prints first. */
async function openedSpan(name: string, files: Record<string, string>): Promise<string> {
  const db = join(dir, `${name}.sqlite`);
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(join(dir, file), text);
    expect((await tidemark('import', join(dir, file), '--db', db, '--partners', 'all')).code).toBe(0);
  }
  const out = join(dir, `${name}-pq`);
  expect((await tidemark('export', '--db', db, '--parquet', out)).code).toBe(0);
  const opened = await tidemark('open', out, '--parquet');
  expect(opened.code).toBe(0);
  return opened.stdout.split('\n')[0]!;
}

describe('tidemark open: the periods a dataset holds', () => {
  process.env.TIDEMARK_CACHE_DIR = join(dir, 'cache');

  it('names the years of annual files, not "no periods"', async () => {
    expect(await openedSpan('annual', { 'annual.csv': annual })).toMatch(
      /read-only: 2 records from 1 file, years 2015 to 2016\.$/,
    );
  });

  it('names months and years apart where both are held', async () => {
    expect(await openedSpan('both', { 'annual.csv': annual, 'monthly.csv': monthly })).toMatch(
      /read-only: 3 records from 2 files, 2019-10, and years 2015 to 2016\.$/,
    );
  });
});
