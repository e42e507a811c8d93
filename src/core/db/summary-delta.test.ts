import { describe, expect, it } from 'vitest';
import { SummaryDelta } from './summary-delta';

type Row = [reporter: string, partner: string, flow: string, period: string, code: string, value: number, exp: number];

function sum(into: SummaryDelta, rows: Row[]): SummaryDelta {
  for (const [reporter, partner, flow, period, code, value, exp] of rows)
    into.add(
      reporter,
      partner,
      flow,
      'month',
      period,
      'USD',
      1,
      'HS',
      code.length,
      code.length > 4 ? 2 : 0,
      value,
      exp,
    );
  return into;
}

// A parser worker sums its rows (or a byte range's) and sends the parts; the writer merges them.
describe('summary sums merged from parts', () => {
  const rows: Row[] = [];
  for (let i = 0; i < 3000; i++)
    rows.push([
      i % 7 ? 'CHN' : 'KOR',
      ['PRK', 'USA', 'JPN', 'WLD'][i % 4]!,
      i % 2 ? 'import' : 'export',
      `20${10 + (i % 11)}-0${1 + (i % 9)}`,
      i % 5 ? '2716' : '27160000',
      (i * 7919) % 100_000,
      i % 4,
    ]);
  // Past 2^53 milli-units: the sum is a BigInt on one side and must stay exact through the parts.
  rows.push(['CHN', 'PRK', 'export', '2020-01', '2716', 9_000_000_000_000_000, 0]);
  rows.push(['CHN', 'PRK', 'export', '2020-01', '2716', 9_000_000_000_000_000, 0]);

  it('give the rows one delta of every row gives, whatever parts the rows came in', () => {
    const whole = sum(new SummaryDelta(), rows);
    const merged = new SummaryDelta();
    for (const part of [rows.slice(2000), rows.slice(0, 700), rows.slice(700, 2000)])
      merged.merge(sum(new SummaryDelta(), part).parts());
    expect(merged.usable()).toBe(true);
    expect(merged.rows()).toEqual(whole.rows());
    expect(merged.rows().some((r) => typeof r[11] === 'bigint' && r[11] > 2n ** 53n)).toBe(true);
  });

  it('an overflowed part leaves the merge unusable, so the import groups with SQL', () => {
    const over = new SummaryDelta();
    for (let i = 0; i < 1100; i++) over.add(`R${i}`, 'PRK', 'export', 'month', '2020-01', 'USD', 1, 'HS', 4, 0, 1, 0);
    expect(over.parts()).toBeNull();
    const merged = sum(new SummaryDelta(), rows.slice(0, 10));
    merged.merge(over.parts());
    expect(merged.usable()).toBe(false);
  });
});
