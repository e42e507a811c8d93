import { describe, expect, it } from 'vitest';
import type { HeldBatch } from './caption';
import { heldOnlyInYears } from './caption';
import { heldFamilies, openingFamily } from './families';

const batch = (
  reporters: string[],
  classifications: string[],
  status = 'imported',
  [firstPeriod, lastPeriod] = ['2010', '2014'],
): HeldBatch => ({
  format: 'comtrade',
  status,
  scope: {
    reporters,
    flows: ['import'],
    firstPeriod,
    lastPeriod,
    periods: 5,
    classifications,
    partners: 'all',
    listedPartners: [],
    partnerCount: 0,
    goods: 'all',
    listedCodes: [],
    codeCount: 0,
    inferred: false,
  },
});

describe('heldFamilies', () => {
  it("offers HS first, then the families the reporter's imported files hold", () => {
    const batches = [batch(['CHN'], ['SITC']), batch(['CHN', 'KOR'], ['HS', 'BEC']), batch(['USA'], ['SITC'])];
    expect(heldFamilies(batches, 'CHN')).toEqual(['HS', 'BEC', 'SITC']);
    expect(heldFamilies(batches, 'KOR')).toEqual(['HS', 'BEC']);
  });
  it('offers HS alone where nothing else is held, and ignores reverted files', () => {
    expect(heldFamilies([batch(['CHN'], ['SITC'], 'reverted')], 'CHN')).toEqual(['HS']);
    expect(heldFamilies([], 'CHN')).toEqual(['HS']);
  });
});

describe('openingFamily', () => {
  it("opens in HS where the reporter's files hold any HS, or no classification at all", () => {
    expect(openingFamily([batch(['CHN'], ['S4']), batch(['CHN'], ['H5'])], 'CHN')).toBe('HS');
    expect(openingFamily([batch(['CHN'], [])], 'CHN')).toBe('HS');
    expect(openingFamily([], 'CHN')).toBe('HS');
  });
  it('opens in the family held where no HS is: one SITC download', () => {
    expect(openingFamily([batch(['CHN'], ['S4']), batch(['USA'], ['H5'])], 'CHN')).toBe('SITC');
    expect(openingFamily([batch(['CHN'], ['S4']), batch(['CHN'], ['H5'], 'reverted')], 'CHN')).toBe('SITC');
  });
});

describe('heldOnlyInYears', () => {
  const def = { reporter: 'CHN', partner: 'USA', flow: 'import' as const, hs: [], excludeHs: [] };
  it('holds where every file the series may be read from holds years only', () => {
    expect(heldOnlyInYears(def, [batch(['CHN'], ['S4']), batch(['CHN'], ['S4'], 'imported', ['2015', '2016'])])).toBe(
      true,
    );
  });
  it('does not where a file holds months, or no file may hold the series', () => {
    expect(
      heldOnlyInYears(def, [batch(['CHN'], ['S4']), batch(['CHN'], ['H5'], 'imported', ['2020-01', '2020-11'])]),
    ).toBe(false);
    expect(heldOnlyInYears(def, [batch(['KOR'], ['S4'])])).toBe(false);
    expect(heldOnlyInYears(def, [])).toBe(false);
  });
});
