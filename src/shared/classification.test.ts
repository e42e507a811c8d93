import { describe, expect, it } from 'vitest';
import {
  codeLevel,
  compareEditions,
  familyOf,
  familySql,
  isClassificationWord,
  isWithin,
  parseClassification,
  TOTAL_CODE,
  withoutClassificationWord,
} from './classification';

describe('the words a classification is written as before its codes', () => {
  it('are read as their family, never as a code, and come off a code written after them', () => {
    for (const [word, family] of [
      ['HS', 'HS'],
      ['h5', 'HS'],
      ['SITC', 'SITC'],
      ['S4', 'SITC'],
      ['BEC', 'BEC'],
    ] as const) {
      expect(isClassificationWord(word)).toBe(true);
      expect(familyOf(word)).toBe(family);
    }
    for (const code of ['2716', 'TOTAL', '33', 'S', 'HSX']) expect(isClassificationWord(code)).toBe(false);
    expect(['HS2716', 'hs-2701', 'S4-334.1', 'SITC:05', '2716'].map(withoutClassificationWord)).toEqual([
      '2716',
      '2701',
      '334.1',
      '05',
      '2716',
    ]);
  });
});

describe('classifications', () => {
  it('put every edition of one system in one family, so SITC 78 is never HS 78', () => {
    expect(['H0', 'H6', 'HS', 'hs2017', 'CN8', ' htsus ', ''].map(familyOf)).toEqual([
      'HS',
      'HS',
      'HS',
      'HS',
      'HS',
      'HS',
      'HS',
    ]);
    expect(['S3', 'SITC', 'sitc4'].map(familyOf)).toEqual(['SITC', 'SITC', 'SITC']);
    expect(['BEC', 'EB02'].map(familyOf)).toEqual(['BEC', 'BEC']);
    expect(familyOf('cpc')).toBe('CPC');
    expect(parseClassification('s4')).toBe('SITC');
    expect(parseClassification('  ')).toBeUndefined();
  });
  it('say the same in SQL as in code (the CASE names each family and keeps the rest as typed)', () => {
    const sql = familySql('classification');
    expect(sql).toContain("GLOB 'H[0-9]'");
    expect(sql).toContain("IN ('CN8', 'NC8', 'TARIC', 'HTS', 'HTSUS') THEN 'HS'");
    expect(sql).toContain("WHEN upper(trim(classification)) = '' THEN 'HS' ELSE upper(trim(classification)) END");
  });
  it('read a period held in two editions from the latest numbered one, then the unnumbered', () => {
    expect(['HS', 'H4', 'XYZ', 'H6', 'H5'].sort(compareEditions)).toEqual(['H6', 'H5', 'H4', 'HS', 'XYZ']);
  });
  it('nest codes by prefix under TOTAL, which is level 0', () => {
    expect(codeLevel(TOTAL_CODE)).toBe(0);
    expect(codeLevel('2716')).toBe(4);
    expect(isWithin('27160000', '27')).toBe(true);
    expect(isWithin('2716', '2717')).toBe(false);
    expect(isWithin('2716', TOTAL_CODE)).toBe(true);
    expect(isWithin(TOTAL_CODE, '27')).toBe(false);
  });
});
