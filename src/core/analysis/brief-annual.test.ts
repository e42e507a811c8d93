import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// China's trade with North Korea as a researcher holds it from UN Comtrade: one annual total per flow and the
// year's codes (no month), and, for 2021, five months of a monthly file (not the year's figure).
let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const rows = [
    HEADER,
    '2019,CHN,PRK,import,HS,TOTAL,All goods,215000000,USD,,',
    '2019,CHN,PRK,import,HS,2716,Electrical energy,15000000,USD,,',
    '2019,CHN,PRK,export,HS,TOTAL,All goods,2570000000,USD,,',
    '2020,CHN,PRK,import,HS,TOTAL,All goods,48000000,USD,,',
    '2020,CHN,PRK,import,HS,2716,Electrical energy,12000000,USD,,',
    '2020,CHN,PRK,import,HS,6704,Wigs,24000000,USD,,',
    '2020,CHN,PRK,import,HS,2601,Iron ores,0,USD,,',
    '2020,CHN,PRK,export,HS,TOTAL,All goods,491000000,USD,,',
  ];
  const months = [
    HEADER,
    ...['03', '04', '06', '07', '08'].map((m) => `2021-${m},CHN,PRK,import,HS,TOTAL,,3000000,USD,,`),
  ];
  for (const [name, lines] of [
    ['comtrade.csv', rows],
    ['2021.csv', months],
  ] as const) {
    const r = await t.call('importFiles', { files: [{ path: t.file(name, lines.join('\n')) }], options: {} });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  }
});
afterAll(() => t?.dispose());

const q = { reporter: 'CHN', partner: 'PRK', subject: 'partner' as const, excludeHs: ['2716'] };

describe('a brief of a year', () => {
  it('states the year, its change on the year before, its items and the counter-flow; no year to date', async () => {
    const b = await t.call('brief', { ...q, period: '2020' });
    expect(b.notCovered).toBeNull();
    // 48M less 12M of electricity; 2019: 215M less 15M.
    expect(b.figures.value).toBe(36_000_000);
    expect(Math.round(b.figures.mom! * 1000)).toBe(Math.round((36 / 200 - 1) * 1000));
    // Iron ore's 0 (a Comtrade 0.0 may mean no data) is no item of the news.
    expect(b.figures.items.map((i) => [i.code, i.value])).toEqual([['6704', 24_000_000]]);
    expect(b.figures.ytd).toBeNull();
    expect(b.figures.counterFlow.value).toBe(491_000_000);
    expect(b.text).toBe(
      "North Korea's exports to China fell to $36.00 million in 2020, down 82% from a year earlier, as reported by China's customs. " +
        'This figure excludes $12.00 million of electricity (HS 2716). By item, Wigs, false beards, eyebrows and eyelashes, switches and the like, of human or animal hair or of textile materials; articles of human hair, n.e.c. or included (HS 6704) took the largest amount, at $24.00 million. ' +
        "North Korea's imports from China totaled $491.00 million in 2020, down 81% from a year earlier. " +
        'Total trade (all goods) came to $539.00 million, down 81% from a year earlier, the lowest since 2019, when the series held here begins.',
    );
    expect(b.links.find((l) => l.text === '82%')?.label).toMatch(/change on a year earlier$/);
    expect(b.footnotes).toContain('Excludes HS 2716 (electricity): $12,000,000 in 2020.');
  });

  it('claims no record of the first year held: it is no "lowest since" itself', async () => {
    const b = await t.call('brief', { ...q, period: '2019' });
    expect(b.figures.value).toBe(200_000_000);
    expect(b.text).toContain('Total trade (all goods) came to $2.79 billion.');
    expect(b.text).not.toContain('since 2019');
    expect(b.figures.record).toBeNull();
    expect((await t.call('brief', { ...q, period: '2019', lang: 'ko' })).text).not.toContain('이후 최');
  });

  it('in Korean, compares with the year before: 전년 대비, 같은 해', async () => {
    const b = await t.call('brief', { ...q, period: '2020', lang: 'ko' });
    expect(b.text).toContain('2020년 북한의 대중국 수출은 3,600만 달러로 전년 대비 82% 감소했습니다');
    expect(b.text).toContain('같은 해 북한의 대중국 수입은');
    expect(b.text).not.toContain('전월');
  });

  it('is not written of a year held for five of its months: that is not the year’s figure', async () => {
    const b = await t.call('brief', { ...q, period: '2021', excludeHs: [] });
    expect(b.figures.value).toBeNull();
    expect(b.notCovered).toBe('Only 5 of its 12 months are held (Mar–Apr, Jun–Aug).');
    expect(b.text).toBe(
      "North Korea's exports to China in 2021 are not covered by the files held, so there is no brief. Only 5 of its 12 months are held (Mar–Apr, Jun–Aug).",
    );
  });
});

describe('a brief of a year whose excluded code is listed in one month only', () => {
  let s: ReturnType<typeof tempCore>;
  beforeAll(async () => {
    s = tempCore();
    // As the bundled sample holds 2020: the year's totals, and November's items with electricity among them.
    const rows = [
      HEADER,
      '2020,CHN,PRK,import,HS,TOTAL,All goods,48000000,USD,,',
      '2020,CHN,PRK,export,HS,TOTAL,All goods,491000000,USD,,',
      '2020-11,CHN,PRK,import,HS,27160000,Electrical energy,1122812,USD,,',
      '2020-11,CHN,PRK,import,HS,33049900,Cosmetics,1854,USD,,',
    ];
    const r = await s.call('importFiles', {
      files: [{ path: s.file('sample.csv', rows.join('\n')) }],
      options: { goods: 'all' },
    });
    expect(r.files[0]).toMatchObject({ status: 'imported', rowsRejected: 0 });
  });
  afterAll(() => s?.dispose());

  it('states the year’s total with the code included and says so, not "1 of its 12 months"', async () => {
    const b = await s.call('brief', { ...q, period: '2020', conventional: true });
    expect(b.figures.value).toBe(48_000_000);
    expect(b.unexcluded).toEqual(['2716']);
    expect(b.footnotes[0]).toBe(
      'HS 2716 is not listed separately in 2020 in the files held, so it is included in these figures, not left out by the default.',
    );
  });
});
