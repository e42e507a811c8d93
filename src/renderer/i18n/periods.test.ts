import { describe, expect, it } from 'vitest';
import { makeFormat } from './format';
import { makePeriods } from './periods';

describe('periods in the UI language', () => {
  it('name a month and a year the way each language does', () => {
    expect(makePeriods('en').long('2020-11')).toBe('November 2020');
    expect(makePeriods('en').short('2020-11')).toBe('Nov 2020');
    expect(makePeriods('ko').long('2020-11')).toBe('2020년 11월');
    expect(makePeriods('en').long('2020')).toBe('2020');
    expect(makePeriods('ko').long('2020')).toBe('2020년');
  });
  it('are one set per language, each name remembered apart: a chart asks for its 360 months on every redraw', () => {
    const en = makePeriods('en');
    expect(makePeriods('en')).toBe(en);
    expect([en.short('2020-11'), en.long('2020-11'), en.short('2020-11')]).toEqual([
      'Nov 2020',
      'November 2020',
      'Nov 2020',
    ]);
    expect(makePeriods('ko').short('2020-11')).toBe('2020년 11월');
  });
  it('leave anything that is not a period as it was written', () => {
    expect(makePeriods('ko').long('2020-13')).toBe('2020-13');
    expect(makePeriods('en').short('Jan+Feb 2021')).toBe('Jan+Feb 2021');
  });
});

describe('numbers and times in the UI language', () => {
  it('group digits, round percentages and say how long is left in seconds, then minutes', () => {
    const f = makeFormat('en');
    expect(f.int(1273194.4)).toBe('1,273,194');
    expect(f.percent(12.6)).toBe('13%');
    expect(f.duration(0.2)).toBe('1 sec');
    expect(f.duration(89)).toBe('89 sec');
    expect(f.duration(150)).toBe('3 min');
  });
  it('reads SQLite’s UTC timestamps as UTC, and shows text it cannot read as it is', () => {
    const f = makeFormat('en');
    const utc = new Date('2026-11-28T10:00:00Z');
    expect(f.when('2026-11-28 10:00:00')).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(utc),
    );
    expect(f.when('yesterday')).toBe('yesterday');
  });
});
