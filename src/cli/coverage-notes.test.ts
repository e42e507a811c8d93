import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';

// A Comtrade annual file of China's imports from North Korea (2016-2021) beside a file of exports in 2018 and 2020:
// `watchlist --from 2016 --to 2021` listed "No file held covers China's exports in 2016." then 2017, 2019 … one
// line a year, cut at five with "…and 2 more reasons", so the years not covered were never all said.
const dir = mkdtempSync(join(tmpdir(), 'tidemark-coverage-notes-'));
const db = join(dir, 'prk.sqlite');
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
beforeAll(async () => {
  const years = ['2016', '2017', '2018', '2019', '2020', '2021'];
  const files = {
    'imports.csv': [HEADER, ...years.map((y) => `${y},CHN,PRK,import,HS,TOTAL,All goods,1000,USD,,`)],
    'exports.csv': [
      HEADER,
      '2018,CHN,PRK,export,HS,TOTAL,All goods,900,USD,,',
      '2020,CHN,PRK,export,HS,TOTAL,All goods,800,USD,,',
    ],
  };
  for (const [name, rows] of Object.entries(files)) {
    writeFileSync(join(dir, name), rows.join('\n'));
    expect((await tidemark('import', join(dir, name), '--db', db)).code).toBe(0);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reasons that differ only in their period', () => {
  it('are one line naming every period, in English and Korean', async () => {
    const r = await tidemark('watchlist', '--db', db, '--reporter', 'CHN', '--from', '2016', '--to', '2021');
    expect(r.stdout).toContain("* No file held covers China's exports in 2016, 2017, 2019 and 2021.\n");
    expect(r.stdout).not.toContain('more reason');
    const ko = await tidemark(
      'watchlist',
      '--db',
      db,
      '--reporter',
      'CHN',
      '--from',
      '2016',
      '--to',
      '2021',
      '--lang',
      'ko',
    );
    expect(ko.stdout).toContain('* 2016년, 2017년, 2019년, 2021년 중국의 수출을 다루는 파일이 없습니다.');
  });

  it('in a series too', async () => {
    const years = ['--from', '2016', '--to', '2021'];
    const r = await tidemark('series', ...['--db', db, '--reporter', 'CHN', '--partner', 'PRK'], ...years);
    expect(r.stdout).toContain("* No file held covers China's exports in 2016, 2017, 2019 and 2021.");
    expect(r.stdout.match(/No file held covers/g)).toHaveLength(1);
  });
});
