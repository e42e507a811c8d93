import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/client';
import { AppError } from '../../shared/errors';
import { failureText, messageOf } from './errors';

describe('a failed call, said in the UI language', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'ko', resources: {} });
  });
  afterAll(async () => {
    await i18next.changeLanguage('en');
  });

  // What dispatch sends for a Comtrade error response saved as CSV (core/import/formats/comtrade-not-data.ts).
  const info = new AppError('format_unknown', {
    key: 'import.comtradeError',
    params: { file: 'comtrade-2023.csv', reason: 'nomatch' },
  }).info;

  it('is Korean in the Korean UI, and English again when the UI is', async () => {
    expect(messageOf(new ApiError(info))).toBe(
      'comtrade-2023.csv은(는) 데이터가 아닙니다. UN Comtrade가 표 대신 저장한 오류 메시지입니다(쿼리에 맞는 데이터 없음). Comtrade에서 쿼리를 바꿔(보고국, 상대국 또는 연도를 줄여) 다시 내려받으세요.',
    );
    // A file's report carries the same failure; the row says it in Korean too.
    expect(failureText(info)).toBe(messageOf(new ApiError(info)));
    await i18next.changeLanguage('en');
    expect(messageOf(new ApiError(info))).toBe(info.message);
    await i18next.changeLanguage('ko');
  });

  it('keeps the English of an error the catalog does not hold, and of anything that is not a failed call', () => {
    expect(messageOf(new ApiError({ code: 'bad_input', message: 'listRecords: limit: too big' }))).toBe(
      'listRecords: limit: too big',
    );
    expect(messageOf(new Error('Network down'))).toBe('Network down');
  });
});
