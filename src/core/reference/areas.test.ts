import { describe, expect, it } from 'vitest';
import { AREA_CODE, normalizeAreaCode } from '../../shared/area-code';
import { AREAS } from './areas-data';
import {
  areaFromComtrade,
  areaFromGacc,
  areaFromText,
  areaName,
  areaNames,
  partnerKind,
  unknownArea,
  WORLD,
} from './areas';

const code = (m: { code: string } | null) => m?.code;

describe('areas: any way a source writes a reporter or partner → one stable code', () => {
  it.each([
    ['朝鲜', 'PRK'],
    ['Korea,DPR', 'PRK'],
    ['Korea, DPR', 'PRK'],
    ['DPRK', 'PRK'],
    ["Dem. People's Rep. of Korea", 'PRK'],
    ['North Korea', 'PRK'],
    ['북한', 'PRK'],
    ['조선', 'PRK'],
    ['408', 'PRK'],
    ['KP', 'PRK'],
    ['PRK', 'PRK'],
    ["Democratic People's Republic of Korea (the)", 'PRK'],
    ['韩国', 'KOR'],
    ['South Korea', 'KOR'],
    ['Rep. of Korea', 'KOR'],
    ['한국', 'KOR'],
    ['410', 'KOR'],
    ['China', 'CHN'],
    ['中国', 'CHN'],
    ['중국', 'CHN'],
    ['156', 'CHN'],
    ['cn', 'CHN'],
    ['deu', 'DEU'],
    ['Germany', 'DEU'],
    ['독일', 'DEU'],
    // Comtrade's own numbers where they differ from ISO's.
    ['842', 'USA'],
    ['840', 'USA'],
    ['251', 'FRA'],
    ['699', 'IND'],
    ['757', 'CHE'],
    ['381', 'ITA'],
    ['China, Hong Kong SAR', 'HKG'],
    ['Hong Kong，China', 'HKG'],
    ['004', 'AFG'],
    // Comtrade's areas by name or Comtrade+ code; Tidemark's own codes as exported.
    ['Other Asia, nes', 'C490'],
    ['S19', 'C490'],
    ['Areas, nes', 'C899'],
    ['EUR', 'C97'],
    ['EU-28', 'C97'],
    ['东盟', 'C975'],
    ['Serbia and Montenegro', 'SCG'],
    ['C490', 'C490'],
    ['c899', 'C899'],
    ['G199', 'G199'],
    ['SCG', 'SCG'],
  ])('%s → %s', (value, expected) => {
    expect(code(areaFromText(value))).toBe(expected);
  });

  it('reads the world (code 0, W00, World) as the world, not a country', () => {
    for (const v of ['0', 'W00', 'World', '世界', 'WLD'])
      expect(areaFromText(v)).toEqual({ code: WORLD, kind: 'world', known: true });
  });

  it('keeps every unknown apart under its own raw text: never one shared bucket', () => {
    expect(areaFromText('Atlantis')).toEqual({ code: '?Atlantis', kind: 'leaf', known: false });
    expect(code(areaFromText('Lemuria'))).toBe('?Lemuria');
    expect(code(areaFromText('9998'))).toBe('?9998');
    expect(code(areaFromText('?Atlantis'))).toBe('?Atlantis');
    expect(unknownArea('  New\tAtlantis ')).toBe('?New Atlantis');
    expect(areaFromText('  ')).toBeNull();
  });
});

describe('Comtrade and China customs codes, each in its own list first', () => {
  it("reads Comtrade's numbers in Comtrade's list: 492 is Europe EU nes there, not Monaco", () => {
    expect(code(areaFromComtrade('492', '', 'Europe EU, nes'))).toBe('C492');
    expect(code(areaFromText('492'))).toBe('MCO');
    expect(code(areaFromComtrade('490', 'S19', 'Other Asia, nes'))).toBe('C490');
    expect(code(areaFromComtrade('899', '', 'Areas, nes'))).toBe('C899');
    expect(code(areaFromComtrade('891', 'SCG', 'Serbia and Montenegro'))).toBe('SCG');
    expect(code(areaFromComtrade('837', '', 'Bunkers'))).toBe('C837');
    expect(code(areaFromComtrade('276', 'DEU', 'Germany'))).toBe('DEU');
    expect(areaFromComtrade('0', 'W00', 'World')).toMatchObject({ code: WORLD, kind: 'world' });
    expect(areaFromComtrade('97', 'EUR', 'European Union')).toMatchObject({ code: 'C97', kind: 'group' });
    expect(areaFromComtrade('999', '', 'Nowhere')).toEqual({ code: 'C999', kind: 'leaf', known: false });
    expect(code(areaFromComtrade('', 'ZZX', ''))).toBe('?ZZX');
  });

  it("reads GACC's numbers and names: G + the number where no ISO country is meant", () => {
    expect(code(areaFromGacc('109'))).toBe('PRK');
    expect(code(areaFromGacc('朝鲜'))).toBe('PRK');
    expect(code(areaFromGacc('199'))).toBe('G199');
    expect(code(areaFromGacc('Countries(reg.) unknown'))).toBe('G701');
    expect(code(areaFromGacc('349'))).toBe('SCG');
    expect(code(areaFromGacc('888'))).toBe('G888');
    expect(code(areaFromGacc('东盟'))).toBe('C975');
    expect(code(areaFromGacc('Atlantis'))).toBe('?Atlantis');
  });
});

describe('kinds and names', () => {
  it('knows the world, groups and leaves', () => {
    expect(partnerKind('WLD')).toBe('world');
    expect(partnerKind('C97')).toBe('group');
    expect(partnerKind('C975')).toBe('group');
    for (const c of ['DEU', 'C490', 'C899', 'SCG', 'G199', 'C999', '?Atlantis', 'ZZZ'])
      expect(partnerKind(c)).toBe('leaf');
  });

  it('names every country and area in English, Korean and Chinese', () => {
    expect(areaNames('DEU')).toEqual({ en: 'Germany', ko: '독일', zh: '德国' });
    expect(areaNames('PRK')).toEqual({ en: 'North Korea', ko: '북한', zh: '朝鲜' });
    expect(areaNames('USA')).toEqual({ en: 'United States', ko: '미국', zh: '美国' });
    expect(areaName('KOR', 'ko')).toBe('한국');
    expect(areaName('C490')).toBe('Other Asia, nes');
    expect(areaName('C899', 'ko')).toBe('기타 지역');
    expect(areaName('SCG', 'zh')).toBe('塞尔维亚和黑山');
    expect(areaName('G199', 'zh')).toBe('亚洲其他国家(地区)');
    expect(areaName('?Atlantis', 'ko')).toBe('Atlantis');
    expect(areaName('C999')).toBe('Comtrade area 999');
    for (const [c, , en, ko, zh] of AREAS) expect([c, en && ko && zh]).toEqual([c, expect.any(String)]);
  });

  it('uses one code per area, in the scheme the contract accepts, never an ISO code for a non-country', () => {
    const codes = AREAS.map((a) => a[0]);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(AREA_CODE);
    expect(AREAS.filter((a) => a[1] === 'country')).toHaveLength(249);
    expect(normalizeAreaCode(' c490 ')).toBe('C490');
    expect(normalizeAreaCode('?Atlantis')).toBe('?Atlantis');
  });
});
