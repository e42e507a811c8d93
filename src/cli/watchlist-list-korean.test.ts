import { beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from './cli-harness';

// `watchlist --list --lang ko` printed each entry's direction in English ("from PRK", "to PRK").
const { db, tidemark, importRows } = cliWorkspace('tidemark-watch-list-ko-', 'ko');

beforeAll(async () => {
  await importRows('china.csv', ['2017,CHN,PRK,import,HS,TOTAL,All goods,1700000000,USD,,']);
});

describe('watchlist --list --lang ko', () => {
  it('says each entry’s direction in Korean, in the same column', async () => {
    const r = await tidemark('watchlist', '--db', db, '--list', '--lang', 'ko');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2270 \(2016\) ¶29 {2}북한에서 {2}HS 2701 {6}/m);
    expect(r.stdout).toMatch(/^2270 \(2016\) ¶31 {2}북한으로 {2}HS 271012 {4}/m);
    expect(r.stdout).not.toMatch(/from PRK|to PRK/);
  });

  it('keeps English in English', async () => {
    const r = await tidemark('watchlist', '--db', db, '--list');
    expect(r.stdout).toMatch(/^2270 \(2016\) ¶29 {2}from PRK {2}HS 2701 {6}/m);
    expect(r.stdout).toMatch(/^2270 \(2016\) ¶31 {2}to PRK {4}HS 271012 {4}/m);
  });
});
