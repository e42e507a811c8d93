import { describe, expect, it } from 'vitest';
import { makeFormat } from './format';

describe('numbers, dates and durations in the UI language', () => {
  it('reads SQLite’s UTC timestamps as UTC, and leaves text it cannot read as it was', () => {
    const f = makeFormat('en-US');
    const asUtc = new Date('2026-11-28T09:30:00Z');
    expect(f.when('2026-11-28 09:30:00')).toBe(
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(asUtc),
    );
    expect(f.when('2026-11-28T09:30:00+00:00')).toBe(f.when('2026-11-28 09:30:00'));
    expect(f.when('unknown')).toBe('unknown');
  });

  it('splits a timestamp into its local date, as captions cite it, and its time in the UI language', () => {
    const at = new Date('2026-12-06T08:20:00Z');
    const two = (n: number) => String(n).padStart(2, '0');
    const local = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
    for (const locale of ['en-US', 'ko-KR']) {
      const [date, time] = makeFormat(locale).whenParts('2026-12-06 08:20:00');
      expect(date).toBe(local);
      expect(time).toBe(new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at));
    }
    expect(makeFormat('en-US').whenParts('unknown')).toEqual(['unknown', '']);
  });

  it('says seconds up to a minute and a half, then minutes, never "0 sec"', () => {
    const f = makeFormat('en-US');
    expect(f.duration(0.2)).toBe('1 sec');
    expect(f.duration(89)).toBe('89 sec');
    expect(f.duration(90)).toBe('2 min');
  });

  it('groups digits and writes percentages the way the language does', () => {
    expect(makeFormat('en-US').int(1234567.4)).toBe('1,234,567');
    expect(makeFormat('de-DE').int(1234567)).toBe('1.234.567');
    expect(makeFormat('en-US').percent(42)).toBe('42%');
    expect(makeFormat('ko-KR').duration(30)).toBe('30초');
  });

  it('says a file size in MB, a small one never as 0 MB', () => {
    const f = makeFormat('en-US');
    expect(f.megabytes(48 * 1024 * 1024)).toBe('48 MB');
    expect(f.megabytes(1234.6 * 1024 * 1024)).toBe('1,235 MB');
    expect(f.megabytes(9.6 * 1024 * 1024)).toBe('9.6 MB');
    expect(f.megabytes(120 * 1024)).toBe('0.12 MB');
  });
});
