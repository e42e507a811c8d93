import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { HEADER, tempCore } from '../test-support/temp-core';

const SAMPLE = resolve(__dirname, '../../../resources/sample/nk-china-published.csv');

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
    // In Korean the same note, its months in Korean too (the breakdown's names may be asked for in Chinese: prose in English).
    const ko = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', from: '2024', lang: 'ko' });
    expect(ko.note).toBe('2024년 연간 수치가 없어 보유한 11개월(1월–11월)을 합산했습니다.');
    const zh = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', from: '2024', lang: 'zh' });
    expect(zh.note).toBe(year.note);
    const reported = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', from: '2023' });
    expect(reported.items.map((i) => i.value)).toEqual([5000, 7]);
    expect(reported.note).toBeUndefined();
  });

  it('counts the months its items come from where no file covers all goods', async () => {
    // A download of two codes (no TOTAL row, goods as listed): the year's total is not covered, the items are.
    t = tempCore();
    const lines = [HEADER];
    for (const m of ['01', '02', '03']) lines.push(row(`2025-${m}`, '12019019', 100), row(`2025-${m}`, '12011000', 1));
    await t.call('importFiles', { files: [{ path: t.file('soy.csv', lines.join('\n')) }], options: {} });
    const year = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', from: '2025' });
    expect(year.items.map((i) => [i.key, i.value])).toEqual([
      ['12019019', 300],
      ['12011000', 3],
    ]);
    expect(year.total).toBeNull();
    // It said "this sums the 0 months held ()".
    expect(year.note).toBe('No annual figure is held for 2025: this sums the 3 months held (Jan–Mar).');
  });

  it('says when only totals are held, or nothing at all', async () => {
    t = tempCore();
    await t.call('importFiles', {
      files: [{ path: t.file('t.csv', [HEADER, row('2024-03', 'TOTAL', 9)].join('\n')) }],
      options: {},
    });
    expect((await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', from: '2024-03' })).note).toBe(
      'Only totals are held for March 2024 in this selection, so there is nothing to break down by commodity.',
    );
    // No file covers 2019: that one sentence, not "nothing is held" beside it.
    const none = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', from: '2019' });
    expect(none.notCovered).toMatch(/^No file held covers /);
    expect(none.note).toBeUndefined();
    const ko = await t.call('breakdown', {
      reporter: 'CHN',
      partner: 'PRK',
      from: '2024-03',
      by: 'regime',
      lang: 'ko',
    });
    expect(ko.note).toBe('2024년 3월에는 합계만 있어 무역방식별로 나눌 수 없습니다.');
    expect(ko.unallocated?.note).toBe('보고된 합계에는 있으나 나열된 어느 무역방식에도 없음');
  });

  it('a held annual total wins over the months: top --period 2020 on the bundled sample lists no month as the year', async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: SAMPLE }], options: {} });
    const year = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', flow: 'import', from: '2020' });
    // The sample's 2020 import TOTAL (Yonhap), not November's items summed as if they were the year.
    expect(year.total).toBe(48_000_000);
    expect(year.items).toEqual([]);
    expect(year.note).toBe(
      'Only the reported total is held for 2020, and it stands: the items held for 1 month (Nov) do not make the whole period, so none is listed by commodity. Ask for a month to see them.',
    );
    const month = await t.call('breakdown', { reporter: 'CHN', partner: 'PRK', flow: 'import', from: '2020-11' });
    expect(month.items[0]).toMatchObject({ key: '27160000', value: 1_122_812 });
  });
});
