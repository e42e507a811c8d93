import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// m.sqlite (a Comtrade annual download of 2010 beside China's 2024 summary workbook and soybean downloads):
// `series --partner DEU --from 2024-01 --to 2024-01` said "No monthly figures are held for … Germany; annual
// figures are (2010). Ask for an annual series.", though the World's January 2024 is held and Germany is within
// the part of it no listed partner accounts for; the year 2010 says nothing of 2024.
let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const files = {
    'comtrade-2010.csv': [HEADER, '2010,CHN,DEU,import,HS,TOTAL,All goods,74252000000,USD,,'],
    'summary.csv': [HEADER, '2024-01,CHN,WLD,import,HS,TOTAL,All goods,2186228340000,CNY,,'],
    '2024in.csv': [
      HEADER,
      '2024-01,CHN,ARG,import,HS,12019019,转基因黄大豆,639240426,CNY,159525200,千克',
      '2024-01,CHN,BRA,import,HS,12019019,转基因黄大豆,16536067327,CNY,4074670531,千克',
    ],
  };
  for (const [name, rows] of Object.entries(files)) {
    const r = await t.call('importFiles', { files: [{ path: t.file(name, rows.join('\n')) }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  }
});
afterAll(() => t?.dispose());

const q = { reporter: 'CHN', partner: 'DEU', flow: 'import', from: '2024-01', to: '2024-01' } as const;

describe('a monthly series of a partner within the World rest, beside annual figures of other years', () => {
  it('says the partner is within the World total, with the figure, not "ask for an annual series"', async () => {
    const s = await t.call('series', q);
    expect(s.points).toEqual([]);
    expect(s.emptyReason).toBe(
      'Germany is not listed separately in January 2024: it is within the CNY 2,169,053,032,247 of the World total that no listed partner accounts for.',
    );
    expect(s.annualYears).toBeUndefined();
    const ko = await t.call('series', { ...q, lang: 'ko' });
    expect(ko.emptyReason).toContain('2024년 1월 독일은 따로 나열되지 않았습니다.');
  });

  it("of total trade, gives each flow's reason: the imports' World rest, and no file for the exports", async () => {
    const s = await t.call('series', { ...q, flow: 'total' });
    // Before: "Germany is not listed separately in January 2024: it is within the CNY 2,169,053,032,247 of the World
    // total …" alone, of total trade, where no file covers the exports.
    expect(s.emptyReason).toBe(
      "Imports: Germany is not listed separately in January 2024: it is within the CNY 2,169,053,032,247 of the World total that no listed partner accounts for. Exports: No file held covers China's exports in January 2024.",
    );
  });

  it('still points to the years where no month is held at all', async () => {
    const s = await t.call('series', { ...q, from: '2011-01', to: '2011-01' });
    expect(s.emptyReason).toMatch(/^No monthly figures are held for China's imports from Germany.*\(2010\)/);
  });
});
