import { describe, expect, it } from 'vitest';
import { AreaCode, CodePrefix, ColumnFilter, Currency, ExportRecordsInput, ImportOptions, Period } from './domain';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) => schema.safeParse(v).success;

describe('the shapes every layer agrees on', () => {
  it('takes a partner filter that stands for every partner of a world file ("a" is in most of their names)', () => {
    const values = Array.from({ length: 250 }, (_, i) => `C${i}`);
    expect(ColumnFilter.safeParse({ op: 'oneOf', value: 'a', values }).success).toBe(true);
  });

  it('takes codes as text, leading zeros and all, in each scheme’s own form', () => {
    for (const code of ['CHN', 'WLD', 'C490', 'G199', '?Atlantis']) expect(ok(AreaCode, code), code).toBe(true);
    for (const code of ['chn', 'CHINA', 'X12', '']) expect(ok(AreaCode, code), code).toBe(false);
    expect(CodePrefix.parse('0101')).toBe('0101');
    expect(ok(CodePrefix, '27-16')).toBe(false);
    expect(ok(Currency, 'usd')).toBe(false);
  });

  it('takes a month or a year as a period, and nothing else', () => {
    expect(ok(Period, '2020-11')).toBe(true);
    expect(ok(Period, '2020')).toBe(true);
    for (const p of ['2020-13', '2020-1', '11/2020', '2020-11-01']) expect(ok(Period, p), p).toBe(false);
  });

  it('gives import options defaults, and caps a mapping at 50 columns', () => {
    expect(ImportOptions.parse(undefined)).toEqual({});
    const map = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`col${i}`, 'description']));
    expect(ImportOptions.safeParse({ map }).error?.issues[0]?.message).toBe('at most 50 mapped columns');
    expect(ok(ImportOptions, { constants: { value: '1' } })).toBe(false);
  });

  it('hands an export back inline unless told otherwise, and refuses a field it does not know', () => {
    expect(ExportRecordsInput.parse({ format: 'csv' })).toMatchObject({ format: 'csv', deliver: 'inline', query: {} });
    expect(ok(ExportRecordsInput, { format: 'pdf' })).toBe(false);
    expect(ok(ExportRecordsInput, { format: 'csv', to: '/tmp/x.csv' })).toBe(false);
  });
});
