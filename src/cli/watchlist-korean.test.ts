import { beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from './cli-harness';

// `watchlist --lang ko` printed each hit's flow in English ("2017  CHN import  HS 2701") among Korean notes.
const { db, tidemark, importRows } = cliWorkspace('tidemark-watch-ko-', 'ko');

beforeAll(async () => {
  await importRows('china.csv', [
    '2017,CHN,PRK,import,HS,TOTAL,All goods,1700000000,USD,,',
    '2017,CHN,PRK,import,HS,2701,Coal,400000000,USD,,',
    '2017,CHN,PRK,export,HS,TOTAL,All goods,3300000000,USD,,',
    '2017,CHN,PRK,export,HS,8901,Vessels,2000000,USD,,',
  ]);
});

describe('watchlist --lang ko', () => {
  it('names each hit’s flow in Korean, as the app does, in one column', async () => {
    const r = await tidemark('watchlist', '--db', db, '--from', '2017', '--to', '2017', '--lang', 'ko');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2017 {2}CHN 수입 {4}HS 2701 .* 400,000,000 {2}2270 \(2016\)/m);
    expect(r.stdout).toMatch(/^2017 {2}CHN 수출 {4}HS 8901 .* 2,000,000 {2}2321 \(2016\)/m);
    expect(r.stdout).not.toMatch(/import|export/);
  });

  it('keeps English in English', async () => {
    const r = await tidemark('watchlist', '--db', db, '--from', '2017', '--to', '2017');
    expect(r.stdout).toMatch(/^2017 {2}CHN import {2}HS 2701 /m);
    expect(r.stdout).toMatch(/^2017 {2}CHN export {2}HS 8901 /m);
  });
});
