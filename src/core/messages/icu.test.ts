import { describe, expect, it } from 'vitest';
import { EN } from './en';
import { formatMessage } from '../../shared/icu';
import { KO } from './ko';
import { say } from './index';

describe('ICU messages', () => {
  it('plural categories follow the language: "1 month", "2 months"; Korean has one form', () => {
    const p = '{count, plural, =0 {none} one {# month} other {# months}}';
    expect(formatMessage(p, 'en', { count: 0 })).toBe('none');
    expect(formatMessage(p, 'en', { count: 1 })).toBe('1 month');
    expect(formatMessage(p, 'en', { count: 1234 })).toBe('1,234 months');
    expect(formatMessage(p, 'ko', { count: 1 })).toBe('1 months');
    expect(say('en', 'record.gap', { count: 1, unit: 'month' })).toBe('1 month in between is missing');
    expect(say('en', 'record.gap', { count: 3, unit: 'month' })).toBe('3 months in between are missing');
    expect(say('ko', 'record.gap', { count: 1, unit: 'month' })).toBe('그 사이 1개월 자료 없음');
  });

  it('select, nested arguments and literal apostrophes', () => {
    expect(
      formatMessage("{who}'s {n, plural, one {{kind}} other {{kind}s}}", 'en', { who: 'China', n: 2, kind: 'year' }),
    ).toBe("China's years");
    expect(formatMessage('{b, select, all {every batch} other {batch {b}}}', 'en', { b: '3' })).toBe('batch 3');
    expect(() => formatMessage('{missing}', 'en', {})).toThrow(/missing/);
  });

  it('both catalogs hold the same keys, and every message formats with its parameters', () => {
    expect(Object.keys(KO).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, pattern] of [...Object.entries(EN), ...Object.entries(KO)]) {
      const names = [...pattern.matchAll(/\{(\w+)/g)].map((m) => m[1]!);
      const params = Object.fromEntries(names.map((n) => [n, ['count', 'batch', 'n'].includes(n) ? 2 : 'x']));
      // A '#' outside a plural would print as itself.
      expect(formatMessage(pattern, 'en', params), key).not.toContain('#');
    }
  });
});
