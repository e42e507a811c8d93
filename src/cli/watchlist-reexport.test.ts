import { beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from './cli-harness';

// UN Comtrade counts re-exports within exports, and Tidemark never adds them to a total: a watchlist hit is the
// export figure, and a re-export row in the same code is no second hit beside it, nor added to it. (Reported
// as listed beside exports; not reproduced at 7d2b872. This pins it.)
const { db, tidemark, importRows } = cliWorkspace('tidemark-watch-reexport-', 'rx');

beforeAll(async () => {
  await importRows('rx.csv', [
    '2020-11,CHN,PRK,export,HS,TOTAL,All goods,1000,USD,,',
    '2020-11,CHN,PRK,export,HS,8703,Cars,100,USD,,',
    '2020-11,CHN,PRK,re-export,HS,8703,Cars,40,USD,,',
    '2020-11,CHN,PRK,re-export,HS,2710,Refined petroleum,30,USD,,',
    '2020-11,CHN,PRK,import,HS,TOTAL,All goods,500,USD,,',
  ]);
});

describe('the watchlist and re-exports', () => {
  it('lists the export hit alone: no re-export hit beside it, none added to it', async () => {
    const r = await tidemark('watchlist', '--db', db, '--reporter', 'CHN', '--from', '2020-11', '--to', '2020-11');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      '2020-11  CHN export  HS 8703      USD            100  2397 (2017) ¶7',
    ]);
    const json = JSON.parse(
      (await tidemark('watchlist', '--db', db, '--reporter', 'CHN', '--from', '2020-11', '--to', '2020-11', '--json'))
        .stdout,
    );
    expect(json.hits.map((h: { flow: string; code: string; value: number }) => [h.flow, h.code, h.value])).toEqual([
      ['export', '8703', 100],
    ]);
  });
});
