import { describe, expect, it } from 'vitest';
import { gaccPartner, gaccPartnerToIso3 } from './gacc-partners';
import { GACC_PARTNERS } from './gacc-partners-data';

describe('GACC partner codes', () => {
  it.each([
    ['109', 'PRK'],
    ['133', 'KOR'],
    ['110', 'HKG'],
    ['121', 'MAC'],
    ['143', 'TWN'],
    ['116', 'JPN'],
    ['502', 'USA'],
    ['410', 'BRA'],
    ['402', 'ARG'],
    ['344', 'RUS'],
    ['142', 'CHN'],
    ['303', 'GBR'],
    ['252', 'COD'],
    ['213', 'COG'],
  ])('%s is %s', (code, iso3) => expect(gaccPartnerToIso3(code)).toBe(iso3));

  it.each([
    '朝鲜',
    'Korea,DPR',
    'DPRK',
    "Dem. People's Rep. of Korea",
    'North Korea',
    '북한',
    'korea, dpr',
    '朝鲜民主主义人民共和国',
  ])('%s is PRK', (name) => {
    expect(gaccPartnerToIso3(name)).toBe('PRK');
  });

  it('maps the names GACC downloads write, full-width commas included', () => {
    expect(gaccPartnerToIso3('Hong Kong，China')).toBe('HKG');
    expect(gaccPartnerToIso3('Macao,China')).toBe('MAC');
    expect(gaccPartnerToIso3('Taiwan，China')).toBe('TWN');
    expect(gaccPartnerToIso3('Republic of Korea')).toBe('KOR');
    expect(gaccPartnerToIso3('韩国')).toBe('KOR');
    expect(gaccPartnerToIso3('阿根廷')).toBe('ARG');
  });

  it('knows every one of GACC’s 243 codes, and maps no two of them to the same country', () => {
    expect(GACC_PARTNERS).toHaveLength(243);
    const iso = GACC_PARTNERS.map((p) => p[1]).filter(Boolean);
    expect(new Set(iso).size).toBe(iso.length);
  });

  it('keeps codes that name no single country unmapped, and unknown codes unknown', () => {
    expect(gaccPartner('199')).toMatchObject({ iso3: null, zh: '亚洲其他国家(地区)' });
    expect(gaccPartnerToIso3('701')).toBeNull();
    expect(gaccPartnerToIso3('207')).toBeNull(); // Canary Islands, counted apart from Spain (312)
    expect(gaccPartnerToIso3('888')).toBeNull();
    expect(gaccPartnerToIso3('Atlantis')).toBeNull();
  });
});
