import { describe, expect, it } from 'vitest';
import { excelSerialToPeriod, parsePeriod } from './period-parse';

const month = (period: string, periodMonths = 1) => ({ period, freq: 'month', periodMonths });

describe('parsePeriod', () => {
  it.each([
    ['202011', month('2020-11')],
    ['2020-11', month('2020-11')],
    ['2020/11', month('2020-11')],
    ['2020-1', month('2020-01')],
    ['2020年11月', month('2020-11')],
    ['2020年1月', month('2020-01')],
    ['2020-11-01', month('2020-11')],
    ['2020/11/30', month('2020-11')],
    ['2020-11-01T00:00:00', month('2020-11')],
    ['2020年11月5日', month('2020-11')],
    [' 2020-11 ', month('2020-11')],
    ['２０２０年１１月', month('2020-11')],
    ['2020', { period: '2020', freq: 'year', periodMonths: 12 }],
    ['2020年', { period: '2020', freq: 'year', periodMonths: 12 }],
  ])('reads %s', (text, want) => {
    expect(parsePeriod(text)).toEqual(want);
  });

  it.each(['202013', '2020-00', '2020-11-31', '2021-02-29', '20201', 'Nov 2020', '', '?', '2020年13月', '43770'])(
    'refuses %s',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it('reads a 29 February only in a leap year', () => {
    expect(parsePeriod('2020-02-29')).toEqual(month('2020-02'));
  });

  it("reads GACC's combined January–February releases as a two-month period ending in February", () => {
    for (const text of ['2020年1-2月', '2020年1月-2月', '202001-02', '2020-01-02', '202001-202002', '2020.01-02']) {
      expect(parsePeriod(text, { monthRanges: true }), text).toEqual(month('2020-02', 2));
    }
    expect(parsePeriod('2021年1-3月', { monthRanges: true })).toEqual(month('2021-03', 3));
    expect(parsePeriod('2020年2-1月', { monthRanges: true })).toBeNull();
    expect(parsePeriod('202001-202102', { monthRanges: true })).toBeNull();
  });

  it('reads 2020-01-02 as a day in January unless month ranges are asked for', () => {
    expect(parsePeriod('2020-01-02')).toEqual(month('2020-01'));
  });

  it('reads Excel serial days only when told the date system', () => {
    expect(parsePeriod('44136', { excelSerials: 1900 })).toEqual(month('2020-11'));
    expect(parsePeriod('44136.75', { excelSerials: 1900 })).toEqual(month('2020-11'));
    expect(parsePeriod('44136', { excelSerials: 1904 })).toEqual(month('2024-11'));
  });
});

describe('excelSerialToPeriod', () => {
  it('counts the 1900 system from 1 = 1900-01-01, with Excel’s phantom 29 February 1900', () => {
    expect(excelSerialToPeriod(1, 1900)).toEqual(month('1900-01'));
    expect(excelSerialToPeriod(31, 1900)).toEqual(month('1900-01'));
    expect(excelSerialToPeriod(32, 1900)).toEqual(month('1900-02'));
    expect(excelSerialToPeriod(59, 1900)).toEqual(month('1900-02'));
    expect(excelSerialToPeriod(60, 1900)).toEqual(month('1900-02'));
    expect(excelSerialToPeriod(61, 1900)).toEqual(month('1900-03'));
    expect(excelSerialToPeriod(43831, 1900)).toEqual(month('2020-01')); // 2020-01-01
    expect(excelSerialToPeriod(43830, 1900)).toEqual(month('2019-12'));
    expect(excelSerialToPeriod(0, 1900)).toBeNull();
  });

  it('counts the 1904 system from 0 = 1904-01-01, 1,462 days after the 1900 system', () => {
    expect(excelSerialToPeriod(0, 1904)).toEqual(month('1904-01'));
    expect(excelSerialToPeriod(43831 - 1462, 1904)).toEqual(month('2020-01'));
    expect(excelSerialToPeriod(43830 - 1462, 1904)).toEqual(month('2019-12'));
    expect(excelSerialToPeriod(-1, 1904)).toBeNull();
  });
});
