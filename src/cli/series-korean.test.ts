import { beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from './cli-harness';
import { cellWidth } from './print';

// `series --lang ko` printed "China's imports from North Korea, as reported by China's customs. Currency: USD", the
// headings "period value MoM YoY YTD YTD YoY note" and "not covered" in English, above Korean reasons.
const { db, tidemark, importRows } = cliWorkspace('tidemark-series-ko-', 'ko');

beforeAll(async () => {
  await importRows('china.csv', [
    '2020-08,CHN,PRK,import,HS,TOTAL,All goods,6600000,USD,,',
    '2020-10,CHN,PRK,import,HS,TOTAL,All goods,1400000,USD,,',
  ]);
});

const args = ['--db', db, '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import'];

describe('series --lang ko', () => {
  it('says its label, source, headings and "not covered" in Korean, aligned as wide as they show', async () => {
    const r = await tidemark('series', ...args, '--from', '2020-08', '--to', '2020-10', '--lang', 'ko');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('중국의 대북한 수입(중국 해관 집계). 통화: USD');
    expect(lines[1]!.split(/\s{2,}/)).toEqual([
      '기간',
      '금액',
      '전월 대비',
      '전년 동월 대비',
      '연초 누계',
      '누계 전년 대비',
      '비고',
    ]);
    expect(lines[3]).toMatch(/^2020-09\s+자료 범위 밖$/);
    expect(r.stdout).not.toMatch(/China|Currency|period|not covered|MoM/);
    // Each value ends in the same column as the heading "금액", as a terminal shows it.
    const ends = lines.slice(1, 5).map((l) => cellWidth(l.match(/^\S+\s+\S+(?: \S+)*/)![0]));
    expect(new Set(ends).size).toBe(1);
  });

  it('says an annual series in Korean too', async () => {
    const r = await tidemark('series', ...args, '--annual', '--lang', 'ko');
    expect(r.stdout.split('\n')[0]).toBe('중국의 대북한 수입(중국 해관 집계). 통화: USD');
    expect(r.stdout.split('\n')[1]!.split(/\s{2,}/)).toEqual(['기간', '금액', '전년 대비', '비고']);
  });

  it('keeps English in English', async () => {
    const r = await tidemark('series', ...args, '--from', '2020-08', '--to', '2020-10');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe("China's imports from North Korea, as reported by China's customs. Currency: USD");
    expect(lines[1]).toBe('period         value  MoM  YoY  YTD  YTD YoY  note');
    expect(lines[3]).toBe('2020-09  not covered');
  });
});
