import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const row = (period: string, code: string, value: number) => `${period},CHN,PRK,import,HS,${code},,${value},USD,,`;

describe('a breakdown of a year held as months', () => {
  it('sums the months held and says how many; a year with an annual figure is that figure', async () => {
    t = tempCore();
    const lines = [HEADER];
    for (let m = 1; m <= 11; m++)
      lines.push(
        row(`2024-${String(m).padStart(2, '0')}`, '27160000', 100),
        row(`2024-${String(m).padStart(2, '0')}`, '33049900', 10),
      );
    lines.push(row('2023', '27160000', 5000), row('2023', '33049900', 7));
    await t.call('importFiles', { files: [{ path: t.file('m.csv', lines.join('\n')) }], options: { goods: 'all' } });
    const year = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', from: '2024' });
    expect(year.items.map((i) => [i.key, i.value])).toEqual([
      ['27160000', 1100],
      ['33049900', 110],
    ]);
    expect(year.note).toBe('No annual figure is held for 2024: this sums the 11 months held (Jan–Nov).');
    const reported = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', from: '2023' });
    expect(reported.items.map((i) => i.value)).toEqual([5000, 7]);
    expect(reported.note).toBeUndefined();
  });

  it('says when only totals are held, or nothing at all', async () => {
    t = tempCore();
    await t.call('importFiles', {
      files: [{ path: t.file('t.csv', [HEADER, row('2024-03', 'TOTAL', 9)].join('\n')) }],
      options: {},
    });
    expect((await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', from: '2024-03' })).note).toBe(
      'Only totals are held for 2024-03 in this selection, so there is nothing to break down by commodity.',
    );
    expect((await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', from: '2019' })).note).toBe(
      'Nothing is held for 2019 in this selection.',
    );
  });
});
