import { describe, expect, it } from 'vitest';
import { isAnswered, isUnreadablePeriod, NO_ANSWERS, periodAnswer, toOptions } from './answers';

describe('the import dialog answers', () => {
  it('are complete only when every asked question has a valid answer', () => {
    const a = { ...NO_ANSWERS, flow: 'import' as const, currency: 'us' };
    expect(isAnswered('flow', a)).toBe(true);
    expect(isAnswered('currency', a)).toBe(false);
    expect(isAnswered('currency', { ...a, currency: 'usd' })).toBe(true);
    expect(isAnswered('period', { ...a, period: '2024-13' })).toBe(false);
    expect(isAnswered('period', { ...a, period: '2024-02' })).toBe(true);
  });

  it("become options only for what was asked, so a file's own currency is never overridden", () => {
    const a = { ...NO_ANSWERS, flow: 'export' as const, currency: 'CNY', scale: '1000' };
    expect(toOptions(['flow', 'scale'], a, 'gb18030')).toEqual({ flow: 'export', scale: 1000, encoding: 'gb18030' });
    // Units are the default: no scale option at all.
    expect(toOptions(['flow', 'scale'], { ...a, scale: '1' }, undefined)).toEqual({ flow: 'export' });
  });

  it('ask the scope only where the file cannot tell, and start from "only what it lists", never more', () => {
    expect(isAnswered('goods', NO_ANSWERS)).toBe(true);
    expect(toOptions(['flow', 'goods', 'partners'], { ...NO_ANSWERS, flow: 'import' }, undefined)).toEqual({
      flow: 'import',
      goods: 'listed',
      partners: 'listed',
    });
    expect(
      toOptions(['flow', 'goods'], { ...NO_ANSWERS, flow: 'import', goods: 'all', partners: 'all' }, undefined),
    ).toEqual({ flow: 'import', goods: 'all' });
  });

  it('read a period typed as China customs write it (202601) as the month it is, and say when one cannot be read', () => {
    expect(periodAnswer('202601')).toBe('2026-01');
    expect(periodAnswer(' 2026/01 ')).toBe('2026-01');
    expect(periodAnswer('2026.12')).toBe('2026-12');
    expect(periodAnswer('2026-01')).toBe('2026-01');
    expect(periodAnswer('2026')).toBe('2026');
    expect(isAnswered('period', { ...NO_ANSWERS, period: '202601' })).toBe(true);
    expect(toOptions(['period'], { ...NO_ANSWERS, period: '202601' }, undefined)).toEqual({ period: '2026-01' });
    expect(isAnswered('period', { ...NO_ANSWERS, period: '202613' })).toBe(false);
    // Said only once typed far enough to be read: "2026" alone is a year, "20260" is on its way to a month.
    expect(isUnreadablePeriod('20260')).toBe(false);
    expect(isUnreadablePeriod('2026-13')).toBe(true);
    expect(isUnreadablePeriod('JAN2026')).toBe(true);
    expect(isUnreadablePeriod('202601')).toBe(false);
  });
});
