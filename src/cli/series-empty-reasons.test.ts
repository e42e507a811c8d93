import { beforeAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from './cli-harness';

// m.sqlite (two years of GACC soybean downloads), `series --partner BRA --hs 12 --from 2023-10 --to 2024-02`:
// an empty series printed only the commonest period's reason, "No file held covers HS 12 in February 2024:
// 2024in.csv lists only …", which said nothing of October to December 2023 and the file they are read from.
const { db, tidemark, importRows } = cliWorkspace('tidemark-series-empty-reasons-');
const row = (period: string) => `${period},CHN,BRA,import,HS,12019019,Soya beans,9,CNY,,`;

beforeAll(async () => {
  await importRows('2023.csv', ['2023-10', '2023-11', '2023-12'].map(row));
  await importRows('2024in.csv', ['2024-01', '2024-02'].map(row));
});

const args = ['--db', db, '--reporter', 'CHN', '--partner', 'BRA', '--flow', 'import', '--hs', '12'];

describe('an empty series says why for each period it shows, once per reason', () => {
  it('names the months of each file, not only the last month', async () => {
    const r = await tidemark('series', ...args, '--from', '2023-10', '--to', '2024-02');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'No file held covers HS 12 in October 2023, November 2023 and December 2023: 2023.csv lists only partner Brazil and HS 12019019.',
      'No file held covers HS 12 in January 2024 and February 2024: 2024in.csv lists only partner Brazil and HS 12019019.',
    ]);
  });

  it('in Korean too', async () => {
    const r = await tidemark('series', ...args, '--from', '2023-10', '--to', '2023-12', '--lang', 'ko');
    expect(r.stdout.trim().split('\n')).toEqual([
      '2023년 10월, 2023년 11월, 2023년 12월 HS 12를 다루는 파일이 없습니다. 2023.csv에는 상대국 브라질 및 HS 12019019만 있습니다.',
    ]);
  });
});
