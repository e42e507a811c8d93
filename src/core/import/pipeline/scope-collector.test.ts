import { describe, expect, it } from 'vitest';
import { CodeCollector } from './scope-collector';

describe('the codes a file lists', () => {
  it('keeps each code’s first and last period per family and frequency, whatever order periods arrive in', () => {
    const periods = Array.from(
      { length: 36 },
      (_, i) => `${2018 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const ids = new Map(periods.map((p, i) => [p, 100 + ((i * 17) % 36)]));
    const codes = ['0101', '27160000', '0A1', 'TOTAL'];
    const c = new CodeCollector();
    const want = new Map<string, [string, string]>();
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 2000; i++) {
      const p = periods[next() % periods.length]!;
      const code = codes[next() % codes.length]!;
      // H5 and HS are one family: their spans merge.
      c.add(i % 2 ? 'H5' : 'HS', 'month', code, ids.get(p)!, p);
      if (code === 'TOTAL') continue;
      const w = want.get(code);
      want.set(code, w ? [p < w[0] ? p : w[0], p > w[1] ? p : w[1]] : [p, p]);
    }
    c.add('HS', 'year', '0101', 1, '2015');
    const got = c.codes().sort((a, b) => (a[1] + a[2]).localeCompare(b[1] + b[2]));
    expect(got).toEqual(
      [
        ...[...want].map(([code, [first, last]]) => ['HS', code, 'month', first, last]),
        ['HS', '0101', 'year', '2015', '2015'],
      ].sort((a, b) => (a[1]! + a[2]!).localeCompare(b[1]! + b[2]!)),
    );
    expect(got.some((g) => g[1] === 'TOTAL')).toBe(false);
  });
});
