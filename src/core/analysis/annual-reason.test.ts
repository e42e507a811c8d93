import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// `series --partner BRA --hs 1201 --from 2023 --to 2025` beside a Comtrade annual file of China–North Korea
// said of 2024 "No file held covers Brazil in 2024: comtrade_china_dprk_exports.json lists only partners
// North Korea", and of 2025 "No file held covers China's imports in 2025", while 2024in.csv and 2025in.csv
// list Brazil in every month: what they lack is the code asked for. A year falls to its months, so the
// months' own reason is the one to give.

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const months = (year: string, code: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) => `${year}-${String(i + 1).padStart(2, '0')},CHN,BRA,import,HS,${code},Soya,1000,CNY,,`,
    );
  const files = {
    'comtrade-prk.csv': [
      HEADER,
      '2023,CHN,PRK,import,HS,TOTAL,All goods,291871001,CNY,,',
      '2024,CHN,PRK,import,HS,TOTAL,All goods,346949415,CNY,,',
    ],
    '2024in.csv': [HEADER, ...months('2024', '12019019', 12)],
    '2025in.csv': [HEADER, ...months('2025', '12011000', 10)],
  };
  for (const [name, rows] of Object.entries(files)) {
    const r = await t.call('importFiles', { files: [{ path: t.file(name, rows.join('\n')) }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  }
});
afterAll(() => t?.dispose());

const annual = (hs: string[]) =>
  t.call('series', {
    reporter: 'CHN',
    partner: 'BRA',
    flow: 'import',
    hs,
    from: '2023',
    to: '2025',
    frequency: 'year',
  });

describe("an annual series' reason for a year its months do not cover", () => {
  it('is the reason of the monthly file that lists the partner, where nothing is shown', async () => {
    const s = await annual(['1201']);
    expect(s.points).toEqual([]);
    const why = new Map(s.missing.map((m) => [m.period, m.reason]));
    expect(why.get('2024')).toContain('2024in.csv');
    expect(why.get('2024')).toContain('HS 1201');
    expect(why.get('2024')).not.toContain('North Korea');
    expect(why.get('2025')).toContain('2025in.csv');
    // No monthly file speaks of 2023: the annual file's reason stands.
    expect(why.get('2023')).toContain('comtrade-prk.csv');
  });

  it('is the same beside a year that is shown', async () => {
    const s = await annual(['12019019']);
    expect(s.points.map((p) => [p.period, p.value])).toEqual([['2024', 12_000]]);
    const why = new Map(s.missing.map((m) => [m.period, m.reason]));
    expect(why.get('2025')).toContain('2025in.csv');
    expect(why.get('2025')).toContain('12011000');
    expect(why.get('2023')).toContain('comtrade-prk.csv');
  });
});
