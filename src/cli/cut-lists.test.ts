import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';
import { listSome } from '../core/messages';
import { periodIn } from '../core/analysis/records';
import { coverageNotes } from './print';

// A reason ending in a list cut short ended "…HS 01, 02, 03, 04 …." (r.sqlite, watchlist --reporter USA --from
// 2017 --to 2017): an ellipsis then a period, and no word of how many were left out.
const dir = mkdtempSync(join(tmpdir(), 'tidemark-cut-lists-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
const db = join(dir, 'usa.sqlite');

beforeAll(async () => {
  // The United States' 2017 imports from China by chapter: six chapters listed, no total, no other partner.
  const chapters = ['01', '02', '03', '04', '05', '06'];
  const file = join(dir, 'usa-chn-2017.csv');
  writeFileSync(
    file,
    [HEADER, ...chapters.map((c, i) => `2017,USA,CHN,import,HS,${c},Chapter ${c},${1000 + i},USD,,`)].join('\n'),
  );
  expect((await tidemark('import', file, '--db', db)).code).toBe(0);
});

describe('a list cut short in a reason', () => {
  const args = ['--db', db, '--reporter', 'USA', '--from', '2017', '--to', '2017'];

  it('says how many more, as a sentence, in English', async () => {
    const r = await tidemark('watchlist', ...args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usa-chn-2017.csv lists only partner China and HS 01, 02, 03, 04 and 2 more.');
    expect(r.stdout).not.toContain('…');
  });

  it('and in Korean', async () => {
    const r = await tidemark('watchlist', ...args, '--lang', 'ko');
    expect(r.stdout).toContain('usa-chn-2017.csv에는 상대국 중국 및 HS 01, 02, 03, 04 외 2개만 있습니다.');
    expect(r.stdout).not.toContain('…');
  });

  it('lists all where none is left out, and counts beyond what it was given', () => {
    expect(listSome('en', ['a', 'b', 'c'], 3)).toBe('a, b, c');
    expect(listSome('en', ['a', 'b', 'c', 'd'], 3)).toBe('a, b, c and 1 more');
    expect(listSome('ko', ['a', 'b'], 2, 97)).toBe('a, b 외 95개');
  });

  it('says how many more periods a grouped reason names, never "… (10)."', () => {
    const months = Array.from({ length: 10 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`);
    const en = months.map((period) => ({
      period,
      reason: `No file held covers China's imports in ${periodIn(period, 'en')}.`,
    }));
    expect(coverageNotes(en, 'en')).toEqual([
      "No file held covers China's imports in January 2019, February 2019, March 2019, April 2019, May 2019, June 2019, July 2019, August 2019 and 2 more.",
    ]);
    const ko = months.map((period) => ({
      period,
      reason: `${periodIn(period, 'ko')} 중국의 수입을 다루는 파일이 없습니다.`,
    }));
    expect(coverageNotes(ko, 'ko')[0]).toMatch(
      /^2019년 1월, .*, 2019년 8월 외 2개 기간 중국의 수입을 다루는 파일이 없습니다\.$/,
    );
  });
});
