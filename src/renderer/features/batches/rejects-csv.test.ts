import { describe, expect, it } from 'vitest';
import { rejectsCsv, rejectsFileName } from './rejects-csv';

const row = (rowNumber: number, raw: string[], reason = 'cast_error', message = 'value "12x3" is not a number') => ({
  id: rowNumber,
  batchId: 1,
  sheet: '',
  rowNumber,
  raw,
  reason,
  message,
});

describe('rejected rows exported as CSV', () => {
  it('keeps where each row came from, why, and its raw cells, quoted where needed', () => {
    const csv = rejectsCsv('gacc.csv', [row(4, ['202401', '朝鲜', '1,234', '12x3'])]);
    const [header, line] = csv.trimEnd().split('\r\n');
    expect(header).toBe('file,sheet,row,reason,message,reason_code,cell_1,cell_2,cell_3,cell_4');
    expect(line).toBe(
      'gacc.csv,,4,A value in this row could not be read; the message says which and why.,' +
        '"value ""12x3"" is not a number",cast_error,202401,朝鲜,"1,234",12x3',
    );
  });

  it('gives the reason as a sentence a person can act on, never the bare code, which stays in its own column', () => {
    const rows = [row(2, ['a'], 'missing_columns'), row(3, ['b'], 'line_too_long'), row(4, ['c'], 'from_later')];
    const lines = rejectsCsv('a.csv', rows).trimEnd().split('\r\n').slice(1);
    expect(lines).toEqual([
      'a.csv,,2,This row has fewer cells than the header has columns.,"value ""12x3"" is not a number",missing_columns,a',
      'a.csv,,3,This row is too long to be a row of the table.,"value ""12x3"" is not a number",line_too_long,b',
      // A code this version has no sentence for is given as it came.
      'a.csv,,4,from_later,"value ""12x3"" is not a number",from_later,c',
    ]);
  });

  it("says each reason in the UI's language where it was stored with its key, as stored where not", () => {
    const keyed = {
      ...row(3, ['oops']),
      message: 'value "oops" is not a number with at most 3 decimals.',
      key: 'reject.decimalValue',
      params: { value: 'oops' },
    };
    const ko = rejectsCsv('a.csv', [keyed, row(4, ['12x3'])], 'ko')
      .trimEnd()
      .split('\r\n');
    // The message in Korean; the reason's sentence in English, as no Korean header names were given.
    expect(ko[1]).toBe(
      'a.csv,,3,A value in this row could not be read; the message says which and why.,' +
        '"금액 ""oops""은(는) 소수점 아래 3자리까지의 숫자가 아닙니다.",cast_error,oops',
    );
    expect(ko[2]).toContain(',"value ""12x3"" is not a number",cast_error,12x3');
    expect(rejectsCsv('a.csv', [keyed], 'en')).toContain('"value ""oops"" is not a number with at most 3 decimals."');
  });

  it("names its columns in the UI's language where it is given the names", () => {
    const names = {
      file: '파일',
      sheet: '시트',
      row: '행',
      reason: '사유',
      message: '메시지',
      reasonCode: 'reason_code',
      cell: (n: number) => `셀_${n}`,
      explain: (code: string) => (code === 'cast_error' ? '이 행의 값을 읽을 수 없습니다.' : code),
    };
    const [header, line] = rejectsCsv('a.csv', [row(4, ['12x3', '9'])], 'ko', names).split('\r\n');
    expect(header).toBe('파일,시트,행,사유,메시지,reason_code,셀_1,셀_2');
    expect(line).toBe('a.csv,,4,이 행의 값을 읽을 수 없습니다.,"value ""12x3"" is not a number",cast_error,12x3,9');
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    const csv = rejectsCsv('x.csv', [row(2, ['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)'])]);
    const line = csv.trimEnd().split('\r\n')[1]!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(line).toContain(",'+1,'-2,'@SUM(A1)");
  });

  it('pads nothing and names the file after its batch', () => {
    expect(rejectsCsv('a.csv', []).trimEnd()).toBe('file,sheet,row,reason,message,reason_code');
    expect(rejectsFileName('朝鲜 2024.csv')).toBe('朝鲜 2024-rejects.csv');
  });
});
