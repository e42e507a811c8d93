import { describe, expect, it } from 'vitest';
import { isAreaCode, normalizeAreaCode } from './area-code';

describe('area codes', () => {
  it('are ISO alpha-3, Comtrade C-numbers, GACC G-numbers or "?" and the text a file wrote', () => {
    expect(['PRK', 'WLD', 'C490', 'G199', '?Atlantis', '?亚洲其他国家(地区)'].every(isAreaCode)).toBe(true);
    expect(['prk', 'PR', 'PRKK', 'C12345', 'X490', '?', '?a\u0000b'].some(isAreaCode)).toBe(false);
  });
  it('take what a person types to the code, and keep an unknown’s text as typed', () => {
    expect(normalizeAreaCode(' deu ')).toBe('DEU');
    expect(normalizeAreaCode('c490')).toBe('C490');
    expect(normalizeAreaCode('?atlantis')).toBe('?atlantis');
    expect(normalizeAreaCode('North Korea')).toBe('North Korea');
  });
});
