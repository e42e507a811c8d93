import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// A named definition with no figure: HS 2701 (coal) of China's imports from North Korea, on the bundled sample
// (totals, and four items of November 2020) beside a later file of China's soybeans from Brazil. Its series said
// "Only totals are held for China's imports from North Korea, so the commodity filter (only HS 2701) cannot be
// applied to them", though the sample lists electricity, cosmetics, soap and HS 96; and it listed 63 months as
// "not covered", to October 2025, the soybean file's months, which a chart drew every one of.
const SAMPLE = resolve(__dirname, '../../../resources/sample/nk-china-published.csv');

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const soy = Array.from(
    { length: 10 },
    (_, i) => `2025-${String(i + 1).padStart(2, '0')},CHN,BRA,import,HS,12019019,Soya,5000,USD,,`,
  );
  for (const path of [SAMPLE, t.file('2025in.csv', [HEADER, ...soy].join('\n'))]) {
    const r = await t.call('importFiles', { files: [{ path }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported' });
  }
  await t.call('saveDefinition', { name: 'nk coal', reporter: 'CHN', partner: 'PRK', flow: 'import', hs: ['2701'] });
});
afterAll(() => t?.dispose());

describe('a named definition no file gives a figure', () => {
  it('says the files list other codes for the pair, not that only totals are held', async () => {
    const s = await t.call('series', { def: 'nk coal' });
    expect(s.points).toEqual([]);
    expect(s.emptyReason).toBe(
      "No file held lists HS 2701 for China's imports from North Korea: the codes they list for it are HS 27160000, 33049900, 34011100, 96.",
    );
    const ko = await t.call('series', { def: 'nk coal', lang: 'ko' });
    expect(ko.emptyReason).toContain('HS 2701을 나열한 파일이 없습니다');
  });

  it("lists as not covered only the months of its pair's files, not the reporter's later files of others", async () => {
    const s = await t.call('series', { def: 'nk coal' });
    const months = s.missing.map((m) => m.period);
    expect(months[0]).toBe('2020-08');
    expect(months.at(-1)).toBe('2021-08');
    expect(months.some((m) => m.startsWith('2025'))).toBe(false);
  });

  it('keeps "only totals" where only totals are held for the pair', async () => {
    const s = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'export', hs: ['1201'] });
    expect(s.emptyReason).toMatch(/^Only totals are held for China's exports to North Korea/);
  });
});
