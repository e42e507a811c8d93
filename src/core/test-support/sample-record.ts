import type { NewRecord } from '../import/formats/format-types';

/**
 * The i-th of a run of mapped records, as a parser hands them to the batch encoder: China's imports of
 * January 2020, from North Korea on odd rows and South Korea on even ones; codes and descriptions repeat
 * every 7 rows, and every fifth row has no description.
 */
export const sampleRecord = (i: number): NewRecord => ({
  reporter: 'CHN',
  partner: i % 2 ? 'PRK' : 'KOR',
  flow: 'import',
  period: '2020-01',
  freq: 'month',
  classification: 'HS',
  code: `0${i % 7}01`,
  description: i % 5 === 0 ? '' : `Goods, kind ${i % 7}`,
  value: i,
  valueExp: 0,
  currency: 'USD',
  quantity: null,
  unit: null,
  quantity2: null,
  unit2: null,
  regime: null,
  province: null,
  sourceUrl: null,
});
