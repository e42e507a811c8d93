import { describe, expect, it } from 'vitest';
import type { HeldBatch } from './caption';
import { heldFamilies } from './families';

const batch = (reporters: string[], classifications: string[], status = 'imported'): HeldBatch => ({
  format: 'comtrade',
  status,
  scope: {
    reporters,
    flows: ['import'],
    firstPeriod: '2010',
    lastPeriod: '2014',
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
