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
    expect(header).toBe('file,sheet,row,reason,message,cell_1,cell_2,cell_3,cell_4');
    expect(line).toBe('gacc.csv,,4,cast_error,"value ""12x3"" is not a number",202401,朝鲜,"1,234",12x3');
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
    expect(ko[1]).toBe('a.csv,,3,cast_error,"금액 ""oops""은(는) 소수점 아래 3자리까지의 숫자가 아닙니다.",oops');
    expect(ko[2]).toBe('a.csv,,4,cast_error,"value ""12x3"" is not a number",12x3');
    expect(rejectsCsv('a.csv', [keyed], 'en')).toContain('"value ""oops"" is not a number with at most 3 decimals."');
  });

  it("names its columns in the UI's language where it is given the names", () => {
    const names = {
      file: '파일',
      sheet: '시트',
      row: '행',
      reason: '사유',
      message: '메시지',
      cell: (n: number) => `셀_${n}`,
    };
    const [header] = rejectsCsv('a.csv', [row(4, ['12x3', '9'])], 'ko', names).split('\r\n');
    expect(header).toBe('파일,시트,행,사유,메시지,셀_1,셀_2');
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    const csv = rejectsCsv('x.csv', [row(2, ['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)'])]);
    const line = csv.trimEnd().split('\r\n')[1]!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(line).toContain(",'+1,'-2,'@SUM(A1)");
  });

  it('pads nothing and names the file after its batch', () => {
    expect(rejectsCsv('a.csv', []).trimEnd()).toBe('file,sheet,row,reason,message');
    expect(rejectsFileName('朝鲜 2024.csv')).toBe('朝鲜 2024-rejects.csv');
  });
});
