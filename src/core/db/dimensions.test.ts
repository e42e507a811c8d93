import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

describe('the dimensions the pickers offer', () => {
  it("name each reporter's own partners: the United States' picker does not offer a partner only China's files hold", async () => {
    t = tempCore();
    const rows = [
      '2023-01,CHN,PRK,import,HS,2716,power,100,USD,,',
      '2023-01,CHN,BRA,import,HS,1201,soya beans,900,USD,,',
      '2023-01,USA,BRA,export,HS,1201,soya beans,50,USD,,',
    ];
    const path = t.file('pairs.csv', [HEADER, ...rows].join('\n'));
    await t.call('importFiles', { files: [{ path }], options: {} });
    const d = await t.call('dimensions', {});
    expect(d.partners).toEqual(['BRA', 'PRK']);
    expect(d.partnersOf).toEqual({ CHN: ['BRA', 'PRK'], USA: ['BRA'] });
  });
});
