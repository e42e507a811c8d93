import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';
import { makeChartLook } from './chart-look';

describe('the record, as the dashboard and the chart say it', async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  const record = { period: '2024-12', value: 37_651_684, kind: 'highest' as const, since: null, first: '2020-08' };

  it('says how many months before the record no file covers, in English and Korean', () => {
    const en = makeChartLook(i18n.getFixedT('en'), 'en-US', 'light');
    const ko = makeChartLook(i18n.getFixedT('ko'), 'ko-KR', 'light');
    expect(en.record({ ...record, uncovered: 48 })).toBe(
      'highest since the series began (August 2020), with 48 months in between not covered',
    );
    expect(ko.record({ ...record, uncovered: 48 })).toBe(
      '집계 시작(2020년 8월) 이후 최고(그 사이 48개월은 자료 범위 밖)',
    );
    expect(en.recordLines({ ...record, uncovered: 1 })).toEqual([
      'highest since the series began (August 2020)',
      'with 1 month in between not covered',
    ]);
  });

  it('says nothing more where every month is covered', () => {
    const en = makeChartLook(i18n.getFixedT('en'), 'en-US', 'light');
    expect(en.record({ ...record, uncovered: 0 })).toBe('highest since the series began (August 2020)');
  });
});
