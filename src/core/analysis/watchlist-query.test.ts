import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// A watchlist hit ("2017 CHN import HS 2701 410,358,802", China's coal from North Korea) linked to the series
// and rows of China's coal imports from every partner: the dashboard's click on the figure opened Australia's
// coal beside North Korea's, and the series the hit named summed them. The hit's query names North Korea.

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const rows = [
    HEADER,
    '2017,CHN,PRK,import,HS,TOTAL,All goods,1730986921,USD,,',
    '2017,CHN,PRK,import,HS,2701,Coal,410358802,USD,,',
    '2017,CHN,AUS,import,HS,TOTAL,All goods,50000000000,USD,,',
    '2017,CHN,AUS,import,HS,2701,Coal,9000000000,USD,,',
  ];
  const r = await t.call('importFiles', { files: [{ path: t.file('coal.csv', rows.join('\n')) }], options: {} });
  expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
});
afterAll(() => t?.dispose());

describe("a watchlist hit's query", () => {
  it('reads the hit itself: the series and rows of North Korea alone, in the period asked for', async () => {
    const w = await t.call('watchReport', { reporter: 'CHN', from: '2017', to: '2017' });
    expect(w.hits.map((h) => [h.period, h.code, h.value])).toEqual([['2017', '2701', 410_358_802]]);
    const q = w.hits[0]!.query;
    expect(q.records.partner).toEqual({ op: 'equals', value: 'PRK' });
    const s = await t.call('series', q.series);
    expect(s.points.map((p) => [p.period, p.value])).toEqual([['2017', 410_358_802]]);
    const page = await t.call('listRecords', { filters: q.records });
    expect(page.rows.map((r) => [r.partner, r.code, r.value])).toEqual([['PRK', '2701', 410_358_802]]);
  });
});
