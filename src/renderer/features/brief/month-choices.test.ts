import { describe, expect, it } from 'vitest';
import { monthChoices, monthsBetween } from './month-choices';

describe("the Brief's months for a pair", () => {
  // China–North Korea to 2020-11, beside a United States–Brazil file of 2019-01 and 2023-01.
  const pair = monthsBetween('2020-08', '2020-11');

  it("offers the pair's own months, and the database's later months apart, but no earlier month of another pair", () => {
    const c = monthChoices(pair, '2023-01', '2020-11');
    expect(c.held).toEqual(['2020-11', '2020-10', '2020-09', '2020-08']);
    expect(c.later[0]).toBe('2023-01');
    expect(c.later.at(-1)).toBe('2020-12');
    expect(c.later).toHaveLength(26);
    expect([...c.held, ...c.later]).not.toContain('2019-01');
  });

  it('keeps a month already chosen where the pair holds it not, so the list says what the brief is of', () => {
    expect(monthChoices(pair, '2020-11', '2019-01')).toEqual({ held: pair, later: ['2019-01'] });
    expect(monthChoices(pair, '2020-11', '2020')).toEqual({ held: pair, later: [] });
  });

  it('offers no month to a pair whose files hold none', () => {
    expect(monthChoices([], '2023-01', '')).toEqual({ held: [], later: [] });
  });
});
