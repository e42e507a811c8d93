import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// p.sqlite (the bundled sample beside Comtrade's China–DPRK years), series --flow total --from 2019 --to 2024:
// "2019: Only 1 of its 12 months is held (Jul)." The year's imports are Comtrade's annual figure; only its exports
// are one month, which the mark did not say: it read as the total's months.
let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const files = {
    'imports-by-year.csv': [HEADER, '2019,CHN,PRK,import,HS,TOTAL,All goods,215000000,USD,,'],
    'months.csv': [HEADER, '2019-07,CHN,PRK,export,HS,TOTAL,All goods,20000000,USD,,'],
    'both.csv': [
      HEADER,
      '2020-03,CHN,PRK,import,HS,TOTAL,All goods,1000000,USD,,',
      '2020-03,CHN,PRK,export,HS,TOTAL,All goods,2000000,USD,,',
    ],
  };
  for (const [name, rows] of Object.entries(files)) {
    const r = await t.call('importFiles', { files: [{ path: t.file(name, rows.join('\n')) }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  }
});
afterAll(() => t?.dispose());

const q = { reporter: 'CHN', partner: 'PRK', flow: 'total', frequency: 'year', from: '2019', to: '2020' } as const;

describe("a total year's incomplete mark", () => {
  it('names the flow whose months are short', async () => {
    const s = await t.call('series', q);
    const y2019 = s.points.find((p) => p.period === '2019')!;
    expect(y2019.value).toBe(235000000);
    expect(y2019.incomplete).toBe('Only 1 of its 12 months is held for exports (Jul).');
    const ko = await t.call('series', { ...q, lang: 'ko' });
    expect(ko.points.find((p) => p.period === '2019')!.incomplete).toBe('수출은 12개월 중 1개월만 보유(7월).');
  });

  it('says it once, as it is, where both flows hold the same months', async () => {
    const s = await t.call('series', q);
    expect(s.points.find((p) => p.period === '2020')!.incomplete).toBe('Only 1 of its 12 months is held (Mar).');
  });
});
