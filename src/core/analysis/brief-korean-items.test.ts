import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../test-support/temp-core';

// The bundled sample (China's customs figures as reported), brief --period 2020-11 --lang ko: China's 8-digit
// items have no Korean name, and the brief wrote "품목별로는 Beauty, make-up, skin-care (incl. suntan),
// nes(HS 33049900)이(가) 1,854달러로 가장 많았고, …, Soap&organic surface-active prdct in bars, etc, for toilet
// use(HS 34011100) 19달러": English, with the particle left undecided.
const SAMPLE = resolve(__dirname, '../../../resources/sample/nk-china-published.csv');

let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore();
  const r = await t.call('importFiles', { files: [{ path: SAMPLE }], options: { goods: 'all' } });
  expect(r.files[0]).toMatchObject({ status: 'imported' });
});
afterAll(() => t?.dispose());

describe('a Korean brief names an item with no Korean name by the heading above it', () => {
  it('says HS 33049900 is part of HS 3304 화장품, in Korean, with its particle', async () => {
    const b = await t.call('brief', {
      reporter: 'CHN',
      partner: 'PRK',
      period: '2020-11',
      subject: 'partner',
      excludeHs: ['2716'],
      lang: 'ko',
    });
    expect(b.text).toContain('품목별로는 HS 33049900(HS 3304 화장품의 일부)이 1,854달러로 가장 많았고');
    expect(b.text).toContain('HS 34011100(HS 3401 비누의 일부) 19달러');
    expect(b.text).not.toContain('이(가)');
    expect(b.text).not.toMatch(/Beauty|Soap/);
    // The English brief keeps the file's and China's English names.
    const en = await t.call('brief', {
      reporter: 'CHN',
      partner: 'PRK',
      period: '2020-11',
      subject: 'partner',
      excludeHs: ['2716'],
    });
    expect(en.text).toContain('(HS 33049900) took the largest amount, at $1,854');
  });
});
