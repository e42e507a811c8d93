import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const row = (period: string, flow: string, code: string, value: string, currency = 'USD', reporter = 'CHN') =>
  `${period},${reporter},PRK,${flow},HS,${code},,${value},${currency},,`;

/** These files are the whole world of their tests: every good and every partner traded is in them. */
async function load(lines: string[]) {
  t = tempCore();
  const path = t.file('s.csv', [HEADER, ...lines].join('\n'));
  const r = await t.call('importFiles', { files: [{ path }], options: { goods: 'all', partners: 'all' } });
  expect(r.files[0]!.rowsRejected).toBe(0);
}

describe('series', () => {
  it('sums by month and computes MoM, YoY, YTD and YTD on the prior YTD', async () => {
    await load([
      row('2019-01', 'import', '27160000', '100'),
      row('2019-02', 'import', '33049900', '200'),
      row('2020-01', 'import', '27160000', '50'),
      row('2020-01', 'import', '33049900', '25'),
      row('2020-02', 'import', '33049900', '120'),
    ]);
    const s = await t.call('series', { reporter: 'CHN', partner: 'PRK', flow: 'import' });
    expect(s.currency).toBe('USD');
    expect(s.points.map((p) => [p.period, p.value])).toEqual([
      ['2019-01', 100],
      ['2019-02', 200],
      ['2020-01', 75],
      ['2020-02', 120],
    ]);
    const feb = s.points[3]!;
    expect(feb.mom).toBeCloseTo(120 / 75 - 1);
    expect(feb.yoy).toBeCloseTo(-0.4);
    expect(feb.ytd).toBe(195);
    expect(feb.ytdYoy).toBeCloseTo(195 / 300 - 1);
    expect(s.points[0]!.mom).toBeNull(); // nothing before it
  });

  it('includes and excludes code prefixes; a covered month with no match is zero', async () => {
    await load([
      row('2020-10', 'import', '27160000', '1000'),
      row('2020-11', 'import', '27160000', '1122812'),
      row('2020-11', 'import', '33049900', '1854'),
      row('2020-11', 'import', '34011100', '19'),
    ]);
    const excl = await t.call('series', { partner: 'PRK', flow: 'import', excludeHs: ['2716'] });
    expect(excl.points.map((p) => [p.period, p.value])).toEqual([
      ['2020-10', 0],
      ['2020-11', 1873],
    ]);
    const only = await t.call('series', { partner: 'PRK', flow: 'import', hs: ['33', '34'], from: '2020-11' });
    expect(only.points.map((p) => p.value)).toEqual([1873]);
  });

  it('total is import plus export, only for months where both are held', async () => {
    await load([
      row('2020-10', 'import', '01', '10'),
      row('2020-10', 'export', '01', '5'),
      row('2020-11', 'import', '01', '7'),
    ]);
    const s = await t.call('series', { flow: 'total' });
    expect(s.points.map((p) => [p.period, p.value])).toEqual([['2020-10', 15]]);
  });

  it('refuses to add different currencies together, naming them', async () => {
    await load([row('2020-10', 'import', '01', '10'), row('2020-10', 'import', '01', '70', 'CNY', 'CHN')]);
    await expect(t.call('series', { flow: 'import' })).rejects.toThrow(/mixed_currencies.*CNY, USD/);
    // In the language asked for, as the footnotes are: a Korean screen shows this sentence.
    await expect(t.call('series', { flow: 'import', lang: 'ko' })).rejects.toThrow(
      /mixed_currencies: 이 계열에는 여러 통화\(CNY, USD\)가 섞여 있으며/,
    );
    await expect(t.call('breakdown', { flow: 'import', from: '2020-10', lang: 'ko' })).rejects.toThrow(
      /mixed_currencies: 이 내역에는 여러 통화\(CNY, USD\)가 섞여 있습니다\./,
    );
    // China's one partner told in two currencies is one trade: a breakdown naming China reads it in one
    // (breakdown-default-currency.test.ts), as the README says of top.
    const named = await t.call('breakdown', { reporter: 'CHN', flow: 'import', from: '2020-10' });
    expect(named.items.map((i) => [i.key, i.value, named.currency])).toEqual([['01', 10, 'USD']]);
  });

  it('keeps decimals exact when summing', async () => {
    await load([
      row('2020-10', 'import', '01', '0.1'),
      row('2020-10', 'import', '02', '0.2'),
      row('2020-10', 'import', '03', '1.005'),
    ]);
    expect((await t.call('series', { flow: 'import' })).points[0]!.value).toBe(1.305);
  });

  it('annual series compare year on year', async () => {
    await load([row('2019', 'import', 'TOTAL', '215240258'), row('2020', 'import', 'TOTAL', '47948195')]);
    const s = await t.call('series', { flow: 'import', frequency: 'year' });
    expect(s.points[1]!.yoy).toBeCloseTo(-0.777, 3);
  });
});
