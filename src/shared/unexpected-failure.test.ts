import { describe, expect, it } from 'vitest';
import { errorText, localizedMessage } from './error-text';
import { unexpectedFailure } from './errors';

describe('a task that fails unexpectedly', () => {
  // The walks: the Korean UI said "Import of x.csv failed unexpectedly: …" (and the export's, compact's
  // and history step's) in English.
  it('carries its catalog key, so the Korean UI says it in Korean around the detail', () => {
    const info = unexpectedFailure('import.failedUnexpectedly', new TypeError('Cannot read properties of undefined'), {
      file: 'gacc.csv',
    });
    expect(info).toMatchObject({
      code: 'internal',
      message: 'Import of gacc.csv failed unexpectedly: Cannot read properties of undefined',
      key: 'import.failedUnexpectedly',
      params: { file: 'gacc.csv', detail: 'Cannot read properties of undefined' },
    });
    const ko = localizedMessage(info, 'ko');
    expect(ko).toBe(errorText('ko', 'import.failedUnexpectedly', info.params));
    expect(ko).toMatch(/^gacc\.csv 가져오기가 예기치 않게 실패했습니다: Cannot read/);
    expect(unexpectedFailure('import.failedUnexpectedly', 'boom', { file: 'a.csv' }).message).toBe(
      'Import of a.csv failed unexpectedly: boom',
    );
  });

  it('says the export, compacting and an undo or redo step the same way, as before in English', () => {
    const said = (key: Parameters<typeof unexpectedFailure>[0]) => {
      const info = unexpectedFailure(key, new Error('disk I/O error'));
      return [info.message, localizedMessage(info, 'ko')];
    };
    expect(said('export.failedUnexpectedly')).toEqual([
      'The export failed unexpectedly: disk I/O error',
      '내보내기가 예기치 않게 실패했습니다: disk I/O error',
    ]);
    expect(said('compact.failedUnexpectedly')).toEqual([
      'Compacting failed unexpectedly: disk I/O error',
      '압축이 예기치 않게 실패했습니다: disk I/O error',
    ]);
    expect(said('history.failedUnexpectedly')).toEqual([
      'The step failed unexpectedly: disk I/O error',
      '작업이 예기치 않게 실패했습니다: disk I/O error',
    ]);
  });
});
