import { describe, expect, it } from 'vitest';
import { ERROR_EN, type ErrorKey } from './error-text-en';
import { ERROR_KO } from './error-text-ko';
import { errorText, localizedMessage } from './error-text';
import { AppError } from './errors';
import { paramNames } from './icu';

const KEYS = Object.keys(ERROR_EN) as ErrorKey[];
const HANGUL = /[\uac00-\ud7a3]/;

describe('the error catalog', () => {
  it('says every error in English and in Korean, with the same params', () => {
    expect(Object.keys(ERROR_KO).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      expect(ERROR_KO[key], key).toMatch(HANGUL);
      expect([...paramNames(ERROR_KO[key])].sort(), key).toEqual([...paramNames(ERROR_EN[key])].sort());
    }
  });

  it('fills in every sentence in both languages, whatever branch its params pick', () => {
    for (const key of KEYS) {
      const names = [...paramNames(ERROR_EN[key])];
      for (const branch of ['x', 'none', 'yes', 'text', 'json', 'workbook', 'complex', 'size', 'option']) {
        const params = Object.fromEntries(names.map((n) => [n, /count|cells/.test(n) ? 2 : branch]));
        for (const lang of ['en', 'ko'] as const) expect(() => errorText(lang, key, params), key).not.toThrow();
      }
    }
  });

  it('keeps the English sentence an AppError has always said, and carries its key and params', () => {
    const err = new AppError('format_unknown', {
      key: 'import.comtradeError',
      params: { file: 'q.csv', reason: 'complex' },
    });
    expect(err.message).toBe(
      'q.csv is not data: it is an error message UN Comtrade saved in place of the table (the query was too complex). Change the query on Comtrade (fewer reporters, partners or years) and download again.',
    );
    expect(err.info).toEqual({
      code: 'format_unknown',
      message: err.message,
      key: 'import.comtradeError',
      params: { file: 'q.csv', reason: 'complex' },
    });
    // Across a worker or process: the same error, key and all.
    expect(AppError.from(err.info).info).toEqual(err.info);
    // An error written in English only carries no key.
    expect(new AppError('internal', 'The revert returned nothing.').info).toEqual({
      code: 'internal',
      message: 'The revert returned nothing.',
    });
  });

  it('is shown in the UI language: Korean with its particles, English as sent, the English message where no key fits', () => {
    const info = new AppError('conflict', { key: 'db.exists', params: { name: '무역' } }).info;
    expect(localizedMessage(info, 'ko')).toBe(
      '무역 데이터베이스가 이미 있습니다. 그 데이터베이스를 열거나 새 데이터베이스에 다른 이름을 지정하세요.',
    );
    expect(localizedMessage(info, 'en')).toBe(info.message);
    const held = new AppError('bad_input', { key: 'import.heldAsBatch', params: { file: '수출.csv', batch: '3' } });
    expect(localizedMessage(held.info, 'ko')).toBe(
      '수출.csv은(는) 이미 배치 3에 들어 있습니다. 그 배치를 되돌린 뒤 다시 가져오세요.',
    );
    // A name in Hangul takes the particle its last syllable asks for; a file name keeps both forms.
    const reporter = new AppError('bad_input', { key: 'import.gaccReporter', params: { reporter: '미국' } });
    expect(localizedMessage(reporter.info, 'ko')).toContain('보고국 미국은 이와 맞지 않습니다.');
    const year = new AppError('bad_input', { key: 'import.badPeriod', params: { period: '이천' } });
    expect(localizedMessage(year.info, 'ko')).toBe('기간 "이천"은 월(2024-01)도 연도(2024)도 아닙니다.');
    // A key this build does not know, or params that do not fill its sentence: the English message.
    expect(localizedMessage({ message: 'Old words.', key: 'no.such', params: {} }, 'ko')).toBe('Old words.');
    expect(localizedMessage({ message: 'Said once.', key: 'db.exists', params: {} }, 'ko')).toBe('Said once.');
  });

  it("counts a JSON file's fields as fields, not cells", () => {
    const params = { kind: 'json', cells: 2, header: '' };
    expect(errorText('en', 'import.unrecognised', params)).toMatch(
      /^Tidemark does not recognise this JSON file's fields \(2 fields\)\./,
    );
    expect(errorText('ko', 'import.unrecognised', params)).toMatch(/^Tidemark가 이 JSON 파일의 필드\(2개\)를 알아보지/);
  });
});
