import { describe, expect, it } from 'vitest';
import { toIso3, UNKNOWN_AREA, WORLD } from './countries';

describe('countries: any way a source writes a country → ISO 3166 alpha-3', () => {
  it.each([
    ['朝鲜', 'PRK'], ['Korea,DPR', 'PRK'], ['Korea, DPR', 'PRK'], ['DPRK', 'PRK'], ["Dem. People's Rep. of Korea", 'PRK'], ['North Korea', 'PRK'],
    ['북한', 'PRK'], ['조선', 'PRK'], ['408', 'PRK'], ['KP', 'PRK'], ['PRK', 'PRK'], ["Democratic People's Republic of Korea (the)", 'PRK'],
    ['韩国', 'KOR'], ['South Korea', 'KOR'], ['Rep. of Korea', 'KOR'], ['한국', 'KOR'], ['410', 'KOR'],
    ['China', 'CHN'], ['中国', 'CHN'], ['중국', 'CHN'], ['156', 'CHN'], ['cn', 'CHN'],
    // Comtrade's own codes where they differ from ISO numeric ones.
    ['842', 'USA'], ['840', 'USA'], ['251', 'FRA'], ['699', 'IND'], ['757', 'CHE'], ['381', 'ITA'],
    ['China, Hong Kong SAR', 'HKG'], ['Hong Kong，China', 'HKG'], ['004', 'AFG'],
  ])('%s → %s', (value, iso3) => {
    expect(toIso3(value)).toEqual({ iso3 });
  });

  it('reads the world (code 0, W00, World) as an aggregate, not a country', () => {
    for (const v of ['0', 'W00', 'World', '世界', 'WLD']) expect(toIso3(v)).toEqual({ iso3: WORLD, isAggregate: true });
  });

  it('keeps what it cannot map verbatim, for the caller to flag', () => {
    expect(toIso3('899')).toEqual({ unknown: '899' });
    expect(toIso3('Other Asia, nes')).toEqual({ unknown: 'Other Asia, nes' });
    expect(toIso3('EUR')).toEqual({ unknown: 'EUR' });
    expect(UNKNOWN_AREA).toMatch(/^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$/);
  });
});
