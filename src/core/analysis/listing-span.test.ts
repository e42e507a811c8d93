import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

// A file that lists its partners and codes (no World row, no "all partners" answer) covers a listed
// partner or code only where it lists it: at that frequency, between the first and last period it
// names it in (for a partner, in that reporter and flow). A GACC query download is one query over
// its whole span, so there a partner or code it lists covers every period of the file: a month
// without its row is a true zero.

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const line = (period: string, reporter: string, partner: string, code: string, value: number, flow = 'import') =>
  `${period},${reporter},${partner},${flow},HS,${code},,${value},USD,,`;
const months = (year: number, n: number) =>
  Array.from({ length: n }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

async function load(lines: string[], name = 'mixed.csv') {
  t ??= tempCore();
  const path = t.file(name, [HEADER, ...lines].join('\n'));
  return (await t.call('importFiles', { files: [{ path }], options: {} })).files[0]!;
}

describe('a partner a file lists', () => {
  it('does not cover the months of a year it is listed in only annually', async () => {
    t = tempCore();
    await load([
      line('2010', 'CHN', 'DEU', 'TOTAL', 74251272075),
      ...months(2024, 12).map((m) => line(m, 'CHN', 'BRA', 'TOTAL', 9)),
    ]);
    const deu = await t.call('series', { reporter: 'CHN', partner: 'DEU', flow: 'import', from: '2024', to: '2024' });
    expect(deu.points).toEqual([]);
    expect(deu.missing).toHaveLength(12);
    expect(deu.missing[0]!.reason).toContain('Germany');
    // And the other way: Brazil's monthly rows say nothing of 2010.
    const bra = await t.call('series', { reporter: 'CHN', partner: 'BRA', flow: 'import', frequency: 'year' });
    expect(bra.points.map((p) => [p.period, p.value])).toEqual([['2024', 108]]);
    // 2010 and the years between are not covered: missing, never 0.
    expect(bra.missing.map((m) => m.period)).toEqual(Array.from({ length: 14 }, (_, i) => String(2010 + i)));
  });

  it('covers the months between its first and last, not before or after', async () => {
    t = tempCore();
    await load([
      line('2010-01', 'CHN', 'DEU', 'TOTAL', 5),
      line('2010-03', 'CHN', 'DEU', 'TOTAL', 7),
      ...months(2010, 6).map((m) => line(m, 'CHN', 'BRA', 'TOTAL', 9)),
    ]);
    const deu = await t.call('series', { reporter: 'CHN', partner: 'DEU', flow: 'import', from: '2010', to: '2010' });
    // February lies inside the span the file lists Germany over: its missing row is a zero.
    expect(deu.points.map((p) => [p.period, p.value])).toEqual([
      ['2010-01', 5],
      ['2010-02', 0],
      ['2010-03', 7],
    ]);
    expect(deu.missing.map((m) => m.period)).toEqual(months(2010, 12).slice(3));
  });

  it('is listed for its own reporter and flow only', async () => {
    t = tempCore();
    await load([
      ...months(2020, 3).map((m) => line(m, 'CHN', 'DEU', 'TOTAL', 5)),
      ...months(2020, 3).map((m) => line(m, 'KOR', 'BRA', 'TOTAL', 6)),
      ...months(2020, 3).map((m) => line(m, 'CHN', 'BRA', 'TOTAL', 7, 'export')),
    ]);
    const korDeu = await t.call('series', { reporter: 'KOR', partner: 'DEU', flow: 'import' });
    expect(korDeu.points).toEqual([]);
    expect(korDeu.missing).toHaveLength(3);
    const chnDeuExports = await t.call('series', { reporter: 'CHN', partner: 'DEU', flow: 'export' });
    expect(chnDeuExports.points).toEqual([]);
    const chnDeu = await t.call('series', { reporter: 'CHN', partner: 'DEU', flow: 'import' });
    expect(chnDeu.points.map((p) => p.value)).toEqual([5, 5, 5]);
  });
});

describe('a code a file lists', () => {
  it('covers only the frequency and span it is listed over', async () => {
    t = tempCore();
    await load(
      [
        ...months(2010, 3).map((m) => line(m, 'CHN', 'PRK', '12019000', 4)),
        ...months(2024, 3).map((m) => line(m, 'CHN', 'PRK', '27160000', 8)),
        line('2015', 'CHN', 'PRK', '61091000', 3),
      ],
      'codes.csv',
    );
    const soy2024 = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      hs: ['12019000'],
      from: '2024',
    });
    expect(soy2024.points).toEqual([]);
    expect(soy2024.missing).toHaveLength(3);
    const soy2010 = await t.call('series', {
      reporter: 'CHN',
      partner: 'PRK',
      flow: 'import',
      hs: ['12019000'],
      to: '2010',
    });
    expect(soy2010.points.map((p) => p.value)).toEqual([4, 4, 4]);
    // The annual T-shirt row covers the year 2015, not 2010's or 2024's months.
    const shirts = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import', hs: ['61091000'] });
    expect(shirts.points).toEqual([]);
  });
});

describe('why a figure is not covered', () => {
  it('names the file that holds the partner asked for, not one that happens to come first', async () => {
    t = tempCore();
    await load([line('2020-01', 'CHN', 'PRK', 'TOTAL', 50)], 'north-korea.csv');
    await load([line('2020-01', 'CHN', 'USA', '12019000', 7)], 'soybeans.csv');
    const s = await t.call('series', { reporter: 'CHN', partner: 'USA', flow: 'import', hs: ['1201'] });
    expect(s.points).toEqual([]);
    expect(s.missing[0]!.reason).toContain('soybeans.csv lists only partner the United States and HS 12019000');
  });
});
