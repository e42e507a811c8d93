import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';
import { historyLabel } from './history-label';

describe("an undo step's name", async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  const t = i18n.getFixedT('en');
  const tKo = i18n.getFixedT('ko');

  it('is said in Korean under a Korean UI, for every label the core stores', () => {
    expect(historyLabel('Edit value of record 3296', tKo)).toBe('레코드 3296의 금액 편집');
    expect(historyLabel('Edit partner', tKo)).toBe('상대국 편집');
    expect(historyLabel('Paste 3 cells', tKo)).toBe('셀 3개 붙여넣기');
    expect(historyLabel('Delete record 12', tKo)).toBe('레코드 12 삭제');
    expect(historyLabel('Delete 1204 records', tKo)).toBe('레코드 1,204건 삭제');
    expect(historyLabel('Restore record 12', tKo)).toBe('레코드 12 복원');
    expect(historyLabel('Restore 2 records', tKo)).toBe('레코드 2건 복원');
    expect(historyLabel('Revert the import of 2024in.csv', tKo)).toBe('2024in.csv 가져오기 되돌리기');
  });

  it('reads as the core wrote it in English, and a shape it does not know is left as it is', () => {
    for (const label of [
      'Edit value of record 3296',
      'Paste 1 cell',
      'Paste 3 cells',
      'Delete record 12',
      'Restore 2 records',
      'Revert the import of 朝鲜进口.csv',
    ])
      expect(historyLabel(label, t)).toBe(label);
    expect(historyLabel('Merge 2 records', tKo)).toBe('Merge 2 records');
  });
});
