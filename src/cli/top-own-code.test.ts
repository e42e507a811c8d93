import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';

// `top --hs 2716` of a file listing 2716 with no finer code printed "unallocated 100%" and "Only totals are
// held"; `series --hs 2716` of one listing only 27160000 beside a TOTAL with a gap printed "not listed as such".

const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-own-code-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (db: string, ...args: string[]) => tidemarkIn(dir, ...args, '--db', join(dir, db));
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';

beforeAll(async () => {
  writeFileSync(
    join(dir, 'four-digit.csv'),
    [HEADER, '2020,CHN,PRK,import,HS,TOTAL,,47948195,USD,,', '2020,CHN,PRK,import,HS,2716,,11848244,USD,,'].join('\n'),
  );
  writeFileSync(
    join(dir, 'eight-digit.csv'),
    [
      HEADER,
      '2020,CHN,PRK,import,HS,TOTAL,,48000000,USD,,',
      '2020,CHN,PRK,import,HS,27160000,,12000000,USD,,',
      '2020,CHN,PRK,import,HS,67041100,,24000000,USD,,',
    ].join('\n'),
  );
  expect((await tidemark('four.sqlite', 'import', join(dir, 'four-digit.csv'))).code).toBe(0);
  expect((await tidemark('eight.sqlite', 'import', join(dir, 'eight-digit.csv'))).code).toBe(0);
}, 60_000);

const pair = ['--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import'];

describe('tidemark top and series of a code listed alone', () => {
  it('top --hs 2716 lists 2716 as its one item, never "unallocated 100%"', async () => {
    const r = await tidemark('four.sqlite', 'top', ...pair, '--period', '2020', '--hs', '2716');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2716 +11,848,244 +100\.0% +Electrical energy$/m);
    expect(r.stdout).not.toMatch(/unallocated|Only totals/);
  });

  it('series --hs 2716 gives 27160000’s figure where that is all of HS 2716', async () => {
    const r = await tidemark('eight.sqlite', 'series', ...pair, '--hs', '2716', '--annual');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2020 +12,000,000$/m);
    expect(r.stdout).not.toMatch(/not listed/);
    const top = await tidemark('eight.sqlite', 'top', ...pair, '--period', '2020', '--hs', '2716');
    expect(top.stdout).toMatch(/^27160000 +12,000,000 +100\.0% /m);
    expect(top.stdout).toMatch(/^total +12,000,000$/m);
  });
});
