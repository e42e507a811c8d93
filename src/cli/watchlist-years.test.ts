import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-watch-years-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);

const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
/** China's coal from North Korea, by year, as a Comtrade annual download gives it (our own figures). */
const annual = [
  HEADER,
  '2016,CHN,PRK,import,HS,TOTAL,All goods,2500000000,USD,,',
  '2016,CHN,PRK,import,HS,2701,Coal,1100000000,USD,,',
  '2017,CHN,PRK,import,HS,TOTAL,All goods,1700000000,USD,,',
  '2017,CHN,PRK,import,HS,2701,Coal,400000000,USD,,',
].join('\n');
/** A month of all goods and nothing watched. */
const monthly = [HEADER, '2021-08,CHN,PRK,import,HS,TOTAL,All goods,6200000,USD,,'].join('\n');

async function dbOf(name: string, files: Record<string, string>): Promise<string> {
  const db = join(dir, `${name}.sqlite`);
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(join(dir, file), text);
    expect((await tidemark('import', join(dir, file), '--db', db)).code).toBe(0);
  }
  return db;
}

describe('tidemark watchlist with no period', () => {
  it('reads the years where the files hold years alone, rather than saying no flows', async () => {
    const db = await dbOf('annual', { 'annual.csv': annual });
    const r = await tidemark('watchlist', '--db', db, '--reporter', 'CHN');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('No flows');
    // 2016's coal is not listed: resolution 2270 banned it from March 2016, within that year.
    expect(r.stdout).toMatch(/^2017 {2}CHN import {2}HS 2701 .* 400,000,000 {2}2270 \(2016\)/m);
  });

  it('reads the months where months are held, and says the years are held too and how to read them', async () => {
    const db = await dbOf('both', { 'annual.csv': annual, 'monthly.csv': monthly });
    const r = await tidemark('watchlist', '--db', db, '--reporter', 'CHN');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No flows in watched codes in the monthly records held');
    expect(r.stdout).toContain(
      'Annual figures are held too (2016 to 2017), and are not read here: --from 2016 --to 2017 reads them.',
    );
    const years = await tidemark('watchlist', '--db', db, '--reporter', 'CHN', '--from', '2016', '--to', '2017');
    expect(years.stdout).toMatch(/^2017 {2}CHN import {2}HS 2701 /m);
    expect(years.stdout).not.toContain('Annual figures are held too');
  });
});
