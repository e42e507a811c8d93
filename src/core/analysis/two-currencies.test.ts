import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// China's customs publish every query in yuan and in dollars, and a researcher often keeps both
// downloads: the same trade told twice. A figure is read in one of them, never both added together,
// and a figure held only in the other currency is not covered in this one (never a zero, never a sum
// of yuan and dollars).

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const line = (period: string, flow: string, code: string, value: number, currency: string) =>
  `${period},CHN,PRK,${flow},HS,${code},,${value},${currency},,`;
const months = (year: number, n = 12) =>
  Array.from({ length: n }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/** One download per currency; yuan at 7 to the dollar. The yuan file may cover more years. */
async function load(usdYears: number[], cnyYears: number[]) {
  t = tempCore();
  const rows = (years: number[], currency: string, rate: number) =>
    years.flatMap((y) =>
      months(y).flatMap((m, i) => [
        line(m, 'import', 'TOTAL', (100 + i) * rate, currency),
        line(m, 'import', '2701', (60 + i) * rate, currency),
        line(m, 'export', 'TOTAL', (50 + i) * rate, currency),
      ]),
    );
  for (const [name, lines] of [
    ['usd.csv', rows(usdYears, 'USD', 1)],
    ['cny.csv', rows(cnyYears, 'CNY', 7)],
  ] as const) {
    const path = t.file(name, [HEADER, ...lines].join('\n'));
    await t.call('importFiles', { files: [{ path }], options: {} });
  }
}

describe('a pair held in two currencies', () => {
  it('reads each series in one currency and says the other is held, not added', async () => {
    await load([2024], [2024]);
    const usd = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(usd.currency).toBe('USD');
    expect(usd.points.map((p) => p.value)).toEqual(months(2024).map((_, i) => 100 + i));
    expect(usd.otherCurrencies).toEqual(['CNY']);
    expect(usd.footnotes.join(' ')).toContain('also hold these figures in CNY');

    const cny = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'total', currency: 'CNY' });
    expect(cny.currency).toBe('CNY');
    expect(cny.points[0]!.value).toBe((100 + 50) * 7);
  });

  it('defaults to the currency held for the most periods where both hold the latest, the rest not covered in it', async () => {
    await load([2024], [2023, 2024]);
    const dflt = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(dflt.currency).toBe('CNY');
    expect(dflt.points).toHaveLength(24);

    const usd = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', currency: 'USD' });
    expect(usd.points.map((p) => p.period)).toEqual(months(2024));
    // 2023 is held only in yuan: not covered in dollars, with the reason and the way to read it.
    expect(usd.missing.map((m) => m.period)).toEqual(months(2023));
    expect(usd.missing[0]!.reason).toContain('held only in CNY');
    expect(usd.missing[0]!.reason).toContain('--currency CNY');
  });

  it('defaults to a currency that holds the latest month, where the other stops before it', async () => {
    await load([2024], [2023]);
    const dflt = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(dflt.currency).toBe('USD');
    expect(dflt.points.map((p) => p.period)).toEqual(months(2024));
    expect(dflt.missing[0]!.reason).toContain('held only in CNY');
    // A brief of a yuan month reads it in yuan.
    const brief = await t.call('brief', { reporter: 'CHN', partner: 'PRK', period: '2023-06', subject: 'reporter' });
    expect(brief.currency).toBe('CNY');
    expect(brief.notCovered).toBeNull();
  });

  it('converts a figure held only in another currency where a rate is given', async () => {
    await load([2024], [2023, 2024]);
    const usd = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      currency: 'USD',
      rates: [{ currency: 'CNY', rate: 1 / 7 }],
    });
    // 2023 from the yuan file, converted; 2024 from the dollar file, not converted and added as well.
    expect(usd.points).toHaveLength(24);
    expect(usd.points.find((p) => p.period === '2023-01')!.value).toBe(100);
    expect(usd.points.find((p) => p.period === '2024-01')!.value).toBe(100);
  });

  it('breaks a month down and writes its brief in one currency', async () => {
    await load([2024], [2024]);
    const top = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', flow: 'import', from: '2024-03' });
    expect(top.currency).toBe('USD');
    expect(top.total).toBe(102);
    expect(top.items.map((i) => [i.key, i.value])).toEqual([['2701', 62]]);
    expect(top.footnotes.join(' ')).toContain('CNY');
    const inCny = await t.call('breakdown', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      from: '2024-03',
      currency: 'CNY',
    });
    expect([inCny.total, inCny.items[0]!.value]).toEqual([102 * 7, 62 * 7]);

    const brief = await t.call('brief', { reporter: 'CHN', partner: 'PRK', period: '2024-03', subject: 'reporter' });
    expect(brief.currency).toBe('USD');
    expect(brief.text).toContain('$102');
    expect(brief.footnotes.join(' ')).toContain('also hold these figures in CNY');
  });

  it('annual figures are read in one currency too', async () => {
    await load([2024], [2024]);
    const year = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', frequency: 'year' });
    expect(year.currency).toBe('USD');
    expect(year.points.map((p) => [p.period, p.value])).toEqual([
      ['2024', months(2024).reduce((a, _, i) => a + 100 + i, 0)],
    ]);
  });

  it('lists a watched code held in both currencies as one hit', async () => {
    t = tempCore();
    for (const [currency, rate] of [
      ['USD', 1],
      ['CNY', 7],
    ] as const) {
      const lines = months(2024).flatMap((m, i) => [
        line(m, 'import', 'TOTAL', (1000 + i) * rate, currency),
        line(m, 'import', '27011200', (10 + i) * rate, currency),
      ]);
      const path = t.file(`${currency}.csv`, [HEADER, ...lines].join('\n'));
      await t.call('importFiles', { files: [{ path }], options: {} });
    }
    const watch = await t.call('watchReport', { reporter: 'CHN', from: '2024-01', to: '2024-12' });
    expect(watch.hits).toHaveLength(12);
    expect(watch.hits.map((h) => [h.currency, h.value])[0]).toEqual(['USD', 10]);
    const inCny = await t.call('watchReport', { reporter: 'CHN', from: '2024-01', to: '2024-12', currency: 'CNY' });
    expect(inCny.hits.map((h) => [h.currency, h.value])[0]).toEqual(['CNY', 70]);
  });

  it('covers a figure in a currency only by files holding it in that currency', async () => {
    // A yuan download of all goods, and a dollar download of two codes: the two codes' dollar sum is not
    // all goods in dollars (it read as 65, "reported", and was the default).
    t = tempCore();
    const files = {
      'cny.csv': [line('2024-01', 'import', 'TOTAL', 700, 'CNY'), line('2024-01', 'import', '2701', 420, 'CNY')],
      'usd.csv': [line('2024-01', 'import', '2701', 60, 'USD'), line('2024-01', 'import', '2709', 5, 'USD')],
    };
    for (const [name, lines] of Object.entries(files)) {
      const path = t.file(name, [HEADER, ...lines].join('\n'));
      await t.call('importFiles', { files: [{ path }], options: {} });
    }
    const dflt = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect([dflt.currency, dflt.points.map((p) => p.value), dflt.otherCurrencies]).toEqual(['CNY', [700], []]);

    const usd = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', currency: 'USD' });
    expect(usd.points).toEqual([]);
    expect(usd.missing.map((m) => m.period)).toEqual(['2024-01']);
    expect(usd.missing[0]!.reason).toContain('usd.csv lists only');
    expect(usd.missing[0]!.reason).toContain('choose CNY');

    // A code the dollar file lists is covered in dollars; held in both, it is read in one.
    const coal = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', hs: ['2701'] });
    expect([coal.currency, coal.points.map((p) => p.value), coal.otherCurrencies]).toEqual(['USD', [60], ['CNY']]);

    // The brief (its headline, exports, not covered) states imports in yuan, not the dollar sum.
    const brief = await t.call('brief', { reporter: 'CHN', partner: 'PRK', period: '2024-01', subject: 'reporter' });
    expect(brief.currency).toBe('CNY');
    expect(brief.text).toContain('imports from North Korea totaled CNY 700 in January 2024');
  });

  it('names the currency of the figures a brief gives where its headline is not covered', async () => {
    // Yuan only, imports only: the brief gave "$700" and "700달러" for 700 yuan.
    t = tempCore();
    const path = t.file('cny.csv', [HEADER, line('2024-01', 'import', 'TOTAL', 700, 'CNY')].join('\n'));
    await t.call('importFiles', { files: [{ path }], options: {} });
    const en = await t.call('brief', { reporter: 'CHN', partner: 'PRK', period: '2024-01', subject: 'reporter' });
    expect(en.notCovered).not.toBeNull();
    expect(en.currency).toBe('CNY');
    expect(en.text).toContain('totaled CNY 700');
    expect(en.text).not.toContain('$');
    const ko = await t.call('brief', {
      reporter: 'CHN',
      partner: 'PRK',
      period: '2024-01',
      subject: 'reporter',
      lang: 'ko',
    });
    expect(ko.text).toContain('700 CNY');
    expect(ko.text).not.toContain('달러');
  });
});
