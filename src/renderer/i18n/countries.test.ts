import { describe, expect, it } from 'vitest';
import { countryLabel, countryName, rememberAreaNames } from './countries';

describe('country labels in pickers, from the names the core sends', () => {
  rememberAreaNames({
    PRK: { en: 'North Korea', ko: '북한', zh: '朝鲜' },
    DEU: { en: 'Germany', ko: '독일', zh: '德国' },
    WLD: { en: 'World', ko: '세계', zh: '世界' },
    C490: { en: 'Other Asia, nes', ko: '기타 아시아', zh: '其他亚洲地区' },
    '?Atlantis': { en: 'Atlantis', ko: 'Atlantis', zh: 'Atlantis' },
  });

  it('names a country in the UI language and keeps the code beside it', () => {
    expect(countryLabel('PRK', 'en')).toBe('North Korea (PRK)');
    expect(countryLabel('PRK', 'ko')).toBe('북한 (PRK)');
    expect(countryLabel('PRK', 'zh-CN')).toBe('朝鲜 (PRK)');
    expect(countryLabel('DEU', 'ko')).toBe('독일 (DEU)');
    expect(countryName('DEU', 'en')).toBe('Germany');
  });

  it('falls back to English for a language the core has no names in', () => {
    expect(countryLabel('PRK', 'fr')).toBe('North Korea (PRK)');
  });

  it("names the world and Comtrade's areas, and leaves unknown and unnamed codes as they are", () => {
    expect(countryLabel('WLD', 'ko')).toBe('세계 (WLD)');
    expect(countryLabel('C490', 'en')).toBe('Other Asia, nes (C490)');
    expect(countryLabel('?Atlantis', 'en')).toBe('?Atlantis');
    expect(countryLabel('XYZ', 'en')).toBe('XYZ');
    expect(countryLabel('', 'en')).toBe('');
  });
});
