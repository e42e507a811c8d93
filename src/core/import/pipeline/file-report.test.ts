import { describe, expect, it } from 'vitest';
import { errorText, localizedMessage } from '../../../shared/error-text';
import { unexpectedFailure } from './file-report';

describe('an import that fails unexpectedly', () => {
  // The walk: the Korean UI said "Import of x.csv failed unexpectedly: …" in English.
  it('carries its catalog key, so the Korean UI says it in Korean around the detail', () => {
    const info = unexpectedFailure('gacc.csv', new TypeError('Cannot read properties of undefined'));
    expect(info).toMatchObject({
      code: 'internal',
      message: 'Import of gacc.csv failed unexpectedly: Cannot read properties of undefined',
      key: 'import.failedUnexpectedly',
      params: { file: 'gacc.csv', detail: 'Cannot read properties of undefined' },
    });
    const ko = localizedMessage(info, 'ko');
    expect(ko).toBe(errorText('ko', 'import.failedUnexpectedly', info.params));
    expect(ko).toMatch(/^gacc\.csv 가져오기가 예기치 않게 실패했습니다: Cannot read/);
    expect(unexpectedFailure('a.csv', 'boom').message).toBe('Import of a.csv failed unexpectedly: boom');
  });
});
