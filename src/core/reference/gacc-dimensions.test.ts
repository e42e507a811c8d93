import { describe, expect, it } from 'vitest';
import { provinceName, regimeName } from './gacc-dimensions';

describe("China customs' trade modes and provinces, named from its code lists", () => {
  it('names a trade mode by code or by the name a download wrote, in three languages', () => {
    expect(regimeName('10')).toBe('Ordinary Trade');
    expect(regimeName('10', 'zh')).toBe('一般贸易');
    expect(regimeName('10', 'ko')).toBe('일반무역');
    expect(regimeName('15')).toBe('Processing with Imported Materials');
    expect(regimeName('Processing with Imported Materials', 'zh')).toBe('进料加工贸易');
    expect(regimeName('边境小额贸易')).toBe('Border Trade');
  });

  it('names a province by code or by the name a download wrote', () => {
    expect(provinceName('44')).toBe('Guangdong');
    expect(provinceName('44', 'zh')).toBe('广东省');
    expect(provinceName('44', 'ko')).toBe('광둥성');
    expect(provinceName('Guangdong Province', 'zh')).toBe('广东省');
    expect(provinceName('Shanghai Province')).toBe('Shanghai');
    expect(provinceName('新疆维吾尔自治区')).toBe('Xinjiang');
    expect(provinceName('61')).toBe('Shaanxi');
    expect(provinceName('14')).toBe('Shanxi');
  });

  it('names nothing it does not know: a Comtrade procedure code, an unknown code', () => {
    expect(regimeName('C01')).toBeNull();
    expect(regimeName('99')).toBeNull();
    expect(provinceName('99')).toBeNull();
  });
});
