import { describe, expect, it } from 'vitest';
import { HS_SHORT_EN, HS_SHORT_KO } from './hs-short-names';
import {
  ancestorName,
  bundledCommodityName,
  commodityName,
  shortCommodityName,
  type UserNomenclature,
} from './commodity-names';

describe('commodity names come from a nomenclature of the code’s own classification', () => {
  it('names HS 2022 codes at every level, in English, and in Chinese where China has one code for the heading', () => {
    expect(bundledCommodityName('HS', '78')).toBe('Lead and articles thereof');
    expect(bundledCommodityName('H6', '2716')).toBe('Electrical energy');
    expect(bundledCommodityName('HS', '271600', 'zh')).toBe('电力');
    expect(bundledCommodityName('HS', '27', 'zh')).toBe(
      'Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes',
    );
    expect(bundledCommodityName('HS', 'TOTAL', 'ko')).toBe('전체 품목');
  });

  it('never gives an SITC or BEC code an HS name', () => {
    expect(bundledCommodityName('S4', '78')).toBeNull();
    expect(bundledCommodityName('S3', '84')).toBeNull();
    expect(bundledCommodityName('BEC', '11')).toBeNull();
    expect(shortCommodityName('S4', '84')).toBeNull();
    // BEC's revisions, as Comtrade+ labels them: not HS whatever their codes look like.
    expect(bundledCommodityName('B5', '11')).toBeNull();
    expect(bundledCommodityName('EB02', '27')).toBeNull();
  });

  it('names every label shared/classification.ts counts as HS: national lines by their HS part, editions by year', () => {
    // The EU's CN8 and the US HTS extend HS: their 2, 4 and 6 digits are HS codes, as the figures count them.
    expect(bundledCommodityName('CN8', '2716')).toBe('Electrical energy');
    expect(bundledCommodityName('HTS', '120190')).toBe('Soya beans; other than seed, whether or not broken');
    expect(shortCommodityName('HTSUS', '2716000000')).toBe('electricity');
    // Their own 8/10-digit lines are not China's, even in China's figures.
    expect(bundledCommodityName('CN8', '12019090', 'en', { reporter: 'CHN' })).toBeNull();
    expect(bundledCommodityName('HS', '12019090', 'en', { reporter: 'CHN' })).toBe(
      'Other soya beans, not for cultivation',
    );
    // "HS2017" is H5: its headings HS 2022 still has are named by the file, as H5's are.
    expect(bundledCommodityName('HS2022', '2716')).toBe('Electrical energy');
    expect(bundledCommodityName('HS2017', '2716')).toBeNull();
    expect(bundledCommodityName('HS17', '27')).toMatch(/^Mineral fuels/);
    expect(bundledCommodityName('HS2017', '4204')).toEqual(bundledCommodityName('H5', '4204'));
    // An edition after 2022 may reuse a deleted code: only its chapters are surely named.
    expect(bundledCommodityName('H7', '4204')).toBeNull();
    expect(bundledCommodityName('H7', '27')).toMatch(/^Mineral fuels/);
  });

  it('names older editions’ headings only where HS 2022 cannot have changed them: chapters and codes it no longer has', () => {
    expect(bundledCommodityName('H0', '25')).toMatch(/^Salt; sulphur/);
    // H0 2523 is named by its own file: a heading's scope changes between editions.
    expect(bundledCommodityName('H0', '2523')).toBeNull();
    expect(bundledCommodityName('H1', '4204')).toMatch(
      /^Articles of leather or of composition leather, of a kind used in machinery/,
    );
    expect(bundledCommodityName('H0', '010110')).toBe(
      'Horses, asses, mules and hinnies; live: Pure-bred breeding animals',
    );
  });

  it("names China's 8-digit codes for China's own figures only", () => {
    expect(bundledCommodityName('HS', '27160000', 'zh', { reporter: 'CHN' })).toBe('电力');
    expect(bundledCommodityName('HS', '33049900', 'en', { reporter: 'CHN' })).toBe(
      'Beauty, make-up, skin-care (incl. suntan), nes',
    );
    expect(bundledCommodityName('HS', '33049900', 'en', { reporter: 'USA' })).toBeNull();
    expect(bundledCommodityName('HS', '33049900')).toBeNull();
  });

  it('names a code no nomenclature holds by the nearest code above it, saying which: never another family’s', () => {
    // China's 2022 split of 12019010 (GM and non-GM yellow soya beans) is in no bundled list.
    expect(bundledCommodityName('HS', '12019019', 'en', { reporter: 'CHN' })).toBeNull();
    expect(ancestorName(null, 'HS', '12019019', 'en', { reporter: 'CHN' })).toEqual({
      code: '120190',
      name: 'Soya beans; other than seed, whether or not broken',
    });
    expect(ancestorName(null, 'HTS', '1201900095', 'ko')).toEqual({
      code: '120190',
      name: 'Soya beans; other than seed, whether or not broken',
    });
    // An H5 subheading HS 2022 still has is named by its file; above it, the chapter is surely the same.
    expect(ancestorName(null, 'H5', '27011100')).toEqual({ code: '27', name: expect.stringMatching(/^Mineral fuels/) });
    expect(ancestorName(null, 'HS', '120190')).toEqual({ code: '1201', name: 'Soya beans, whether or not broken' });
    // China's 10-digit lines lie under China's 8-digit ones; a US 10-digit line under HS, never China's.
    expect(ancestorName(null, 'HS', '1201901900', 'en', { reporter: 'CHN' })?.code).toBe('120190');
    expect(ancestorName(null, 'HS', '2716000010', 'en', { reporter: 'CHN' })).toEqual({
      code: '27160000',
      name: 'Electrical energy',
    });
    expect(ancestorName(null, 'HTS', '2716000010', 'en', { reporter: 'CHN' })?.code).toBe('271600');
    expect(ancestorName(null, 'S4', '78111')).toBeNull();
    expect(ancestorName(null, 'BEC', '111')).toBeNull();
    expect(ancestorName(null, 'HS', '27')).toBeNull();
  });

  it('gives running text a short name for exactly its code, never one from a code above it', () => {
    expect(shortCommodityName('HS', '2716')).toBe('electricity');
    expect(shortCommodityName('HS', '27160000')).toBe('electricity'); // 2716 not divided further
    expect(shortCommodityName('HS', '2716', 'ko')).toBe('전력');
    expect(shortCommodityName('HS', '27011100')).toBeNull();
    expect(shortCommodityName('HS', '33049900')).toBeNull();
  });

  it('has a Korean short name wherever it has an English one: a Korean brief named HS 62 in English', () => {
    expect(shortCommodityName('HS', '62', 'ko')).toBe('비편직 의류');
    expect(shortCommodityName('HS', '61', 'ko')).toBe('편직 의류');
    expect(Object.keys(HS_SHORT_KO).sort()).toEqual(Object.keys(HS_SHORT_EN).sort());
    // No Korean nomenclature is bundled: `top --lang ko` named chapter 88 "Aircraft, spacecraft, and parts thereof".
    expect(bundledCommodityName('H5', '88', 'ko')).toBe('항공기');
    expect(bundledCommodityName('HS', '8802', 'ko')).toMatch(/^Aircraft/); // a heading with none: English
  });
});

describe('the one lookup: the user’s nomenclature of that classification, then the bundled one, then nothing', () => {
  const rows: Record<string, { lang: string; description: string }[]> = {
    'HS|2716': [{ lang: 'ko', description: '전기에너지' }],
    'S4|78': [{ lang: 'en', description: 'Road vehicles (including air-cushion vehicles)' }],
    'H0|2523': [{ lang: 'en', description: 'Portland cement, aluminous cement, slag cement, supersulphate cement' }],
  };
  const user: UserNomenclature = { description: (c, code) => [...(rows[`${c}|${code}`] ?? [])] };

  it('reads a Korean nomenclature for Korean names, and never lets another classification’s name in', () => {
    expect(commodityName(user, 'HS', '2716', 'ko')).toBe('전기에너지');
    expect(commodityName(user, 'H6', '2716', 'ko')).toBe('전기에너지'); // a nomenclature labelled "HS" names every edition
    expect(commodityName(user, 'HS', '2716', 'en')).toBe('Electrical energy');
    expect(commodityName(user, 'S4', '78')).toBe('Road vehicles (including air-cushion vehicles)');
    expect(commodityName(user, 'S4', '84')).toBeNull();
    expect(commodityName(user, 'H0', '2523')).toMatch(/^Portland cement/);
    expect(commodityName(null, 'HS', '78')).toBe('Lead and articles thereof');
  });
});
