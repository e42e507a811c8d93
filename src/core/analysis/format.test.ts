import { describe, expect, it } from 'vitest';
import { pctChange } from './format';

describe('pctChange', () => {
  it('says a change in whole percent, up or down', () => {
    expect(pctChange(-0.42)).toBe('down 42%');
    expect(pctChange(0.034)).toBe('up 3%');
    expect(pctChange(-0.42, 'ko')).toBe('42% 감소');
  });

  it('never says "up 0%": unchanged where equal, else less than 1%', () => {
    expect(pctChange(0)).toBe('unchanged');
    expect(pctChange(0.003)).toBe('up less than 1%');
    expect(pctChange(-0.004)).toBe('down less than 1%');
    expect(pctChange(0, 'ko')).toBe('변동 없이 유지');
    expect(pctChange(-0.004, 'ko')).toBe('1% 미만 감소');
  });
});
