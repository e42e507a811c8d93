import { describe, expect, it } from 'vitest';
import { CodeCollector } from './scope-collector';

describe('the codes a file lists', () => {
  it('keeps each code’s first and last period per family and frequency, whatever order periods arrive in', () => {
    const periods = Array.from(
      { length: 36 },
      (_, i) => `${2018 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const codes = ['0101', '27160000', '0A1', 'TOTAL'];
    const c = new CodeCollector();
    const want = new Map<string, [string, string]>();
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 2000; i++) {
      const p = periods[next() % periods.length]!;
      const code = codes[next() % codes.length]!;
      // H5 and HS are one family: their spans merge.
      c.add(i % 2 ? 'H5' : 'HS', 'month', code, p);
      if (code === 'TOTAL') continue;
      const w = want.get(code);
      want.set(code, w ? [p < w[0] ? p : w[0], p > w[1] ? p : w[1]] : [p, p]);
    }
    c.add('HS', 'year', '0101', '2015');
    const got = c.codes().sort((a, b) => (a[1] + a[2]).localeCompare(b[1] + b[2]));
    expect(got).toEqual(
      [
        ...[...want].map(([code, [first, last]]) => ['HS', code, 'month', first, last]),
        ['HS', '0101', 'year', '2015', '2015'],
      ].sort((a, b) => (a[1]! + a[2]!).localeCompare(b[1]! + b[2]!)),
    );
    expect(got.some((g) => g[1] === 'TOTAL')).toBe(false);
  });

  it('merges the spans of parts of a file into what one collector of the whole file holds', () => {
    const rows: [string, string, string][] = [];
    for (let i = 0; i < 600; i++)
      rows.push([i % 3 ? 'HS' : 'SITC4', `20${10 + ((i * 7) % 13)}-0${1 + (i % 9)}`, `${100 + ((i * 31) % 40)}`]);
    const whole = new CodeCollector();
    for (const [k, p, code] of rows) whole.add(k, 'month', code, p);
    // Three parts, each with periods the others lack, merged in an order of their own.
    const parts = [0, 1, 2].map((j) => {
      const c = new CodeCollector();
      rows
        .filter((_, i) => Math.floor((i * 3) / rows.length) === j)
        .forEach(([k, p, code]) => c.add(k, 'month', code, p));
      return c.spans();
    });
    const merged = new CodeCollector();
    for (const j of [2, 0, 1]) merged.merge(parts[j]!);
    const sorted = (c: CodeCollector) => c.codes().sort((a, b) => a.join().localeCompare(b.join()));
    expect(sorted(merged)).toEqual(sorted(whole));
    expect(merged.spans()!.length).toBe(whole.spans()!.length);
  });

  it('a part past the limit makes the merge list no code, as one collector past it would', () => {
    const merged = new CodeCollector();
    merged.merge([['HS', 'month', '0101', '2020-01', '2020-03']]);
    merged.merge(null);
    expect(merged.overflow).toBe(true);
    expect(merged.spans()).toBeNull();
  });
});
