import { describe, expect, it } from 'vitest';
import { byName } from './use-partner-options';

const o = (value: string, label: string) => ({ value, label });

describe('byName', () => {
  it('orders partners by their name, not their code', () => {
    const options = [o('JPN', 'Japan (JPN)'), o('KOR', 'South Korea (KOR)'), o('MAC', 'Macao (MAC)')];
    expect(byName(options, [true, true, true], 'en').map((x) => x.value)).toEqual(['JPN', 'MAC', 'KOR']);
  });

  it('keeps a chosen partner the files lack first, where it says so', () => {
    const options = [
      o('PRK', 'North Korea (PRK): not in the files of Brazil'),
      o('DEU', 'Germany'),
      o('ARG', 'Argentina'),
    ];
    expect(byName(options, [false, true, true], 'en').map((x) => x.value)).toEqual(['PRK', 'ARG', 'DEU']);
  });

  it('sorts by the Korean names in Korean', () => {
    const options = [o('JPN', '일본 (JPN)'), o('CHN', '중국 (CHN)'), o('USA', '미국 (USA)')];
    expect(byName(options, [true, true, true], 'ko').map((x) => x.value)).toEqual(['USA', 'JPN', 'CHN']);
  });
});
