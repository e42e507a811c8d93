import { describe, expect, it } from 'vitest';
import { countryLabel } from './countries';

describe('country labels in pickers', () => {
  it('names North Korea in the UI language and keeps the code beside it', () => {
    expect(countryLabel('PRK', 'en')).toBe('North Korea (PRK)');
    expect(countryLabel('PRK', 'ko')).toBe('북한 (PRK)');
    expect(countryLabel('PRK', 'zh')).toBe('朝鲜 (PRK)');
    expect(countryLabel('CHN', 'ko')).toBe('중국 (CHN)');
  });

  it('falls back to English for a language we have no names in', () => {
    expect(countryLabel('PRK', 'fr')).toBe('North Korea (PRK)');
  });

  it('names the World aggregate and leaves unknown codes as they are', () => {
    expect(countryLabel('WLD', 'en')).toBe('World (WLD)');
    expect(countryLabel('WLD', 'ko')).toBe('세계 (WLD)');
    expect(countryLabel('ZZZ', 'en')).toBe('ZZZ');
    expect(countryLabel('', 'en')).toBe('');
  });
});
