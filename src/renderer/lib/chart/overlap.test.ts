import { describe, expect, it } from 'vitest';
import { overlappingPair, seriesOverlap, type SeriesScope } from './overlap';

const imports: SeriesScope = { reporter: 'CHN', partner: 'PRK', flow: 'import', hs: [], excludeHs: [] };

describe('series that count the same records', () => {
  it('a total and its own part overlap; parts that do not meet, other flows and partners do not', () => {
    expect(seriesOverlap(imports, { ...imports, hs: ['2716'] })).toBe(true);
    expect(seriesOverlap({ ...imports, flow: 'total' }, { ...imports, hs: ['27'] })).toBe(true);
    expect(seriesOverlap({ ...imports, hs: ['27'] }, { ...imports, hs: ['2716'] })).toBe(true);
    // Without electricity, and electricity: two parts that add up to the total.
    expect(seriesOverlap({ ...imports, excludeHs: ['2716'] }, { ...imports, hs: ['2716'] })).toBe(false);
    expect(seriesOverlap({ ...imports, hs: ['2701'] }, { ...imports, hs: ['2716'] })).toBe(false);
    expect(seriesOverlap(imports, { ...imports, flow: 'export' })).toBe(false);
    expect(seriesOverlap(imports, { ...imports, partner: 'RUS' })).toBe(false);
    // SITC 33 and HS 2716 cannot be compared code by code: both count fuel, so they are never added up.
    expect(seriesOverlap({ ...imports, hs: ['33'], classification: 'SITC' }, { ...imports, hs: ['2716'] })).toBe(true);
    // A named definition for any partner counts North Korea's records too.
    expect(seriesOverlap(imports, { ...imports, partner: null, hs: ['2716'] })).toBe(true);
    // North Korea's exports told from China's records are China's imports.
    expect(seriesOverlap(imports, { ...imports, flow: 'export', subject: 'partner' })).toBe(true);
  });
  it('names the first pair that overlaps', () => {
    const parts = [
      { ...imports, excludeHs: ['2716'] },
      { ...imports, hs: ['2716'] },
    ];
    expect(overlappingPair(parts)).toBeNull();
    expect(overlappingPair([...parts, { ...imports, hs: ['271600'] }])).toEqual([1, 2]);
  });
});
