import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidemarkIn } from './cli-harness';
import { cellWidth } from './print';

// `top --lang ko` printed its header "Currency: USD   Classification: HS", and "other (1)", "unallocated",
// "total" and "not covered", in English under Korean reasons and a Korean source line.
const dir = mkdtempSync(join(tmpdir(), 'tidemark-top-ko-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tidemark = (...args: string[]) => tidemarkIn(dir, ...args);
const HEADER = 'period,reporter,partner,flow,classification,code,description,value,currency,quantity,unit';
const db = join(dir, 'ko.sqlite');

beforeAll(async () => {
  const rows = (name: string, lines: string[]) => {
    writeFileSync(join(dir, name), [HEADER, ...lines].join('\n'));
    return join(dir, name);
  };
  const total = rows('november.csv', [
    '2020-11,CHN,PRK,import,HS,TOTAL,All goods,1000,USD,,',
    '2020-11,CHN,PRK,import,HS,2716,Electricity,600,USD,,',
    '2020-11,CHN,PRK,import,HS,8507,Accumulators,300,USD,,',
    '2020-11,CHN,PRK,import,HS,2701,Coal,50,USD,,',
  ]);
  const items = rows('october.csv', ['2020-10,CHN,PRK,import,HS,2716,Electricity,500,USD,,']);
  for (const f of [total, items]) expect((await tidemark('import', f, '--db', db)).code).toBe(0);
});

const args = ['--db', db, '--reporter', 'CHN', '--partner', 'PRK', '--flow', 'import', '--level', '4'];

describe('top --lang ko', () => {
  it('says its header and its other, unallocated and total rows in Korean, aligned as wide as they show', async () => {
    const r = await tidemark('top', ...args, '--period', '2020-11', '--top', '2', '--lang', 'ko');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('통화: USD   분류: HS');
    const table = lines.slice(1, 6);
    expect(table.map((l) => l.split(/\s{2,}/)[0])).toEqual(['2716', '8507', '기타 (1)', '미배분', '합계']);
    expect(r.stdout).not.toMatch(/Currency|Classification|other \(|unallocated|total|not covered/);
    // Each figure ends in the same column, as a terminal shows it (a Hangul syllable is two columns wide).
    const ends = table.map((l) => cellWidth(l.match(/^\S.*?\s{2,}[\d,]+/)![0]));
    expect(new Set(ends).size).toBe(1);
  });

  it('says "not covered" in Korean', async () => {
    const r = await tidemark('top', ...args, '--period', '2020-10', '--lang', 'ko');
    expect(r.stdout.split('\n')[0]).toBe('통화: USD   분류: HS');
    expect(r.stdout).toMatch(/^합계\s+자료 범위 밖$/m);
  });

  it('keeps English in English', async () => {
    const r = await tidemark('top', ...args, '--period', '2020-11', '--top', '2');
    expect(r.stdout.split('\n')[0]).toBe('Currency: USD   Classification: HS');
    expect(r.stdout).toMatch(/^other \(1\)\s+50\s+5\.0%$/m);
    expect(r.stdout).toMatch(/^total\s+1,000$/m);
  });
});
