import { describe, expect, it } from 'vitest';
import { labelLang, nameInText, seriesLabel, sourceLabel, sourcesOfFormats } from './series-label';

const EN: Record<string, string> = {
  CHN: 'China',
  PRK: 'North Korea',
  USA: 'United States',
  PHL: 'Philippines',
  WLD: 'World',
};
const KO: Record<string, string> = { CHN: '중국', PRK: '북한', USA: '미국', RUS: '러시아' };
const en = (c: string) => EN[c] ?? c;
const ko = (c: string) => KO[c] ?? c;

describe('the one wording of a series (CLI, brief, charts, legends)', () => {
  it('tells the flow from the subject’s side: the partner’s exports are the reporter’s imports', () => {
    expect(seriesLabel({ reporter: 'CHN', partner: 'PRK', flow: 'import' }, 'en', en)).toBe(
      "China's imports from North Korea",
    );
    expect(seriesLabel({ reporter: 'CHN', partner: 'PRK', flow: 'export', subject: 'partner' }, 'en', en)).toBe(
      "North Korea's exports to China",
    );
    expect(seriesLabel({ reporter: 'CHN', partner: 'PRK', flow: 'total' }, 'en', en)).toBe(
      "China's total trade with North Korea",
    );
    expect(seriesLabel({ reporter: 'CHN', partner: 'PRK', flow: 'export', subject: 'partner' }, 'ko', ko)).toBe(
      '북한의 대중국 수출',
    );
    expect(seriesLabel({ reporter: 'CHN', partner: 'PRK', flow: 'total' }, 'ko', ko)).toBe('중국–북한 총교역');
  });

  it('puts "the" and the possessive where English needs them, and says who when no one is named', () => {
    expect(seriesLabel({ reporter: 'USA', partner: 'PHL', flow: 'import' }, 'en', en)).toBe(
      "The United States' imports from the Philippines",
    );
    expect(seriesLabel({ partner: 'WLD', flow: 'export' }, 'en', en)).toBe("All reporters' exports to the world");
    expect(nameInText(undefined, 'en', en)).toBe('all partners');
    expect(nameInText(undefined, 'ko', ko)).toBe('모든 상대국');
    // An unnamed code stays itself: a label is never blank.
    expect(seriesLabel({ reporter: 'CHN', partner: 'G199', flow: 'import' }, 'en', en)).toBe(
      "China's imports from G199",
    );
  });

  it('says whose customs reported the figures', () => {
    expect(sourceLabel('USA', 'en', en)).toBe("as reported by the United States' customs");
    expect(sourceLabel(undefined, 'en', en)).toBe('as reported by all reporters held');
    expect(sourceLabel('CHN', 'ko', ko)).toBe('중국 해관 집계');
  });

  it('names UN Comtrade for figures read from a Comtrade download, and both where both were read', () => {
    expect(sourcesOfFormats(['comtrade'])).toEqual(['comtrade']);
    expect(sourcesOfFormats(['gacc', 'comtrade'])).toEqual(['customs', 'comtrade']);
    expect(sourcesOfFormats([])).toEqual(['customs']);
    expect(sourceLabel('CHN', 'en', en, ['comtrade'])).toBe('according to UN Comtrade (China as reporter)');
    expect(sourceLabel('CHN', 'en', en, ['customs', 'comtrade'])).toBe(
      "as reported by China's customs and UN Comtrade (China as reporter)",
    );
    expect(sourceLabel('CHN', 'ko', ko, ['comtrade'])).toBe('중국이 UN Comtrade에 보고한 수치');
    expect(sourceLabel('RUS', 'ko', ko, ['customs', 'comtrade'])).toBe(
      '러시아 해관 집계 및 러시아가 UN Comtrade에 보고한 수치',
    );
  });

  it('takes its language from a UI or request tag', () => {
    expect(labelLang('ko-KR')).toBe('ko');
    expect(labelLang('en-GB')).toBe('en');
    expect(labelLang('zh')).toBe('en');
  });
});
