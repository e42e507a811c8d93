import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace, tidemarkIn } from './cli-harness';

// `watchlist --reporter CHN` on China's SITC file (Comtrade, 2010-2014) said "China's imports in 2010 are held
// only in SITC, not HS: ask for --classification SITC to read them", yet watchlist takes no --classification:
// its codes are HS. And it took no --lang, so none of it could be read in Korean.
const SITC = resolve(
  __dirname,
  '../../../shared/corpora/comtrade/legacy-csv/shjain6670_CHN_S4_2010-2014_5partners.csv',
);
const absent = !existsSync(SITC);
const why = absent ? ' (skipped: ../shared/corpora/comtrade/legacy-csv is absent)' : '';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-watch-sitc-'));
const db = join(dir, 'sitc.sqlite');
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
beforeAll(async () => {
  if (!absent) expect((await tidemark('import', SITC, '--db', db)).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(absent)(`tidemark watchlist on a file held only in SITC${why}`, () => {
  it('says the watchlist reads HS and the file holds SITC only, not to ask for a flag it lacks', async () => {
    const r = await tidemark('watchlist', '--db', db, '--reporter', 'CHN');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('--classification');
    // The file lists five partners, none North Korea: that is why, which an HS file of them would not change.
    expect(r.stdout).toContain(
      '* No file held covers North Korea in 2010, 2011, 2012, 2013 and 2014: shjain6670_CHN_S4_2010-2014_5partners.csv lists only partners Germany, Hong Kong, Japan, South Korea, the United States and SITC 00, 01, 02, 03 and 62 more.',
    );
    expect(r.stdout).not.toContain('held only in SITC');
    const json = JSON.parse((await tidemark('watchlist', '--db', db, '--reporter', 'CHN', '--json')).stdout);
    expect(json.notCovered.map((n: { period: string }) => n.period)).toEqual(['2010', '2011', '2012', '2013', '2014']);
  });

  it('says it in Korean with --lang ko', async () => {
    const r = await tidemark('watchlist', '--db', db, '--reporter', 'CHN', '--lang', 'ko');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('보유한 연간 기록에는 감시 코드의 교역이 없습니다');
    expect(r.stdout).toContain('다루는 파일이 없는 기간: 2010, 2011, 2012, 2013, 2014');
    expect(r.stdout).toContain('2010년, 2011년, 2012년, 2013년, 2014년 북한을 다루는 파일이 없습니다.');
    expect(r.stdout).not.toMatch(/No flows|Not covered|held only/);
  });
});

describe(`tidemark watchlist on a SITC file that lists North Korea`, () => {
  const w = cliWorkspace('tidemark-watch-sitc-prk-');
  it('says the watchlist reads HS and the file holds SITC only', async () => {
    await w.importRows('sitc-prk.csv', ['2012,CHN,PRK,import,S4,32,Coal,1000,USD,,']);
    const r = await w.tidemark('watchlist', '--db', w.db, '--reporter', 'CHN');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "China's imports in 2012 are held only in SITC: the watchlist's codes are HS, so no file held says whether watched goods were traded",
    );
  });
});
