import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';
import { makeFormat } from '../../i18n/format';
import { filterWords, footnotes, importedOn, seriesLabel, sourceCaption } from './caption';

describe('captions', async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  const t = i18n.getFixedT('en');
  const tKo = i18n.getFixedT('ko');
  const def = { reporter: 'CHN', partner: 'PRK', flow: 'import' as const, hs: [], excludeHs: ['2716'] };
  it('names the source, the import date and the exclusion', () => {
    expect(sourceCaption([def], '2026-11-28', t)).toBe(
      'Source: China customs (GACC), imported 2026-11-28; excludes HS 2716',
    );
    expect(sourceCaption([def], '2026-11-28', tKo)).toBe('출처: 중국 해관총서(GACC), 2026-11-28 가져옴; HS 2716 제외');
  });
  it('cites a UN Comtrade download as UN Comtrade, and a customs download as the customs service', () => {
    const name = (c: string) => ({ CHN: 'China' })[c] ?? c;
    const scope = (partners: string[]) => ({
      reporters: ['CHN'],
      flows: ['import', 'export'],
      firstPeriod: '2010',
      lastPeriod: '2014',
      periods: 5,
      classifications: ['H3'],
      partners: 'listed' as const,
      listedPartners: partners,
      partnerCount: partners.length,
      goods: 'all' as const,
      listedCodes: [],
      codeCount: 0,
      inferred: false,
    });
    // A Comtrade+ file of China's trade with Argentina and Germany, GACC soybeans from Argentina and Brazil,
    // and a reverted Comtrade file that listed Brazil.
    const batches = [
      { format: 'comtrade', status: 'imported', scope: scope(['ARG', 'DEU']) },
      { format: 'gacc', status: 'imported', scope: scope(['ARG', 'BRA']) },
      { format: 'comtrade', status: 'reverted', scope: scope(['BRA']) },
    ];
    const chn = (partner: string) => [{ ...def, partner, excludeHs: [] }];
    expect(sourceCaption(chn('DEU'), null, t, name, batches)).toBe('Source: UN Comtrade (China as reporter)');
    expect(sourceCaption(chn('BRA'), null, t, name, batches)).toBe('Source: China customs (GACC)');
    expect(sourceCaption(chn('ARG'), null, t, name, batches)).toBe(
      'Source: China customs (GACC); UN Comtrade (China as reporter)',
    );
    expect(sourceCaption(chn('DEU'), null, tKo, (c) => ({ CHN: '중국' })[c] ?? c, batches)).toBe(
      '출처: UN Comtrade(중국 보고)',
    );
    // The footnote under the chart names the same files: it had said "as reported by China's customs" of a
    // Comtrade download's figures.
    const named = (c: string) => ({ CHN: 'China', DEU: 'Germany', BRA: 'Brazil', ARG: 'Argentina' })[c] ?? c;
    expect(footnotes(chn('DEU'), t, 'en', named, batches)[0]).toBe(
      "China's imports from Germany: Imports, according to UN Comtrade (China as reporter); all goods.",
    );
    expect(footnotes(chn('BRA'), t, 'en', named, batches)[0]).toContain("as reported by China's customs;");
    expect(footnotes(chn('ARG'), t, 'en', named, batches)[0]).toContain(
      "as reported by China's customs and UN Comtrade (China as reporter);",
    );
    expect(footnotes(chn('DEU'), tKo, 'ko', (c) => ({ CHN: '중국', DEU: '독일' })[c] ?? c, batches)[0]).toBe(
      '중국의 대독일 수입: 수입, 중국이 UN Comtrade에 보고한 수치; 전 품목.',
    );
  });
  it('cites no file that holds none of the chart’s figures: not annual files on a monthly chart, nor other flows', () => {
    const name = (c: string) => ({ CHN: 'China' })[c] ?? c;
    const scope = (flows: string[], firstPeriod: string, lastPeriod: string) => ({
      reporters: ['CHN'],
      flows,
      firstPeriod,
      lastPeriod,
      periods: 9,
      classifications: ['HS'],
      partners: 'listed' as const,
      listedPartners: ['PRK'],
      partnerCount: 1,
      goods: 'listed' as const,
      listedCodes: ['TOTAL'],
      codeCount: 1,
      inferred: false,
    });
    // China's monthly customs figures for North Korea, and Comtrade's annual imports from it, 2016-2024.
    const batches = [
      { format: 'tidemark-csv', status: 'imported', scope: scope(['import', 'export'], '2018', '2021-08') },
      { format: 'comtrade', status: 'imported', scope: scope(['import'], '2016', '2024') },
    ];
    const imports = [{ ...def, excludeHs: [] }];
    const gacc = 'Source: China customs (GACC)';
    const both = 'Source: China customs (GACC); UN Comtrade (China as reporter)';
    expect(sourceCaption(imports, null, t, name, batches, 'month')).toBe(gacc);
    expect(sourceCaption(imports, null, t, name, batches, 'year')).toBe(both);
    expect(sourceCaption([{ ...imports[0]!, flow: 'export' }], null, t, name, batches, 'year')).toBe(gacc);
    expect(sourceCaption([{ ...imports[0]!, flow: 'total' }], null, t, name, batches, 'year')).toBe(both);
    expect(sourceCaption(imports, null, tKo, (c) => ({ CHN: '중국' })[c] ?? c, batches, 'month')).toBe(
      '출처: 중국 해관총서(GACC)',
    );
    // Where the core says which files the figures were read from, those: the table's 2018 and 2020 were restated
    // by the Comtrade download, so every year drawn is Comtrade's, though both files may hold the series.
    const span = { from: '2016', to: '2024', read: ['comtrade' as const] };
    expect(sourceCaption(imports, null, t, name, batches, 'year', [span])).toBe(
      'Source: UN Comtrade (China as reporter)',
    );
    expect(footnotes(imports, t, 'en', name, batches, 'year', [span])[0]).toContain(
      'according to UN Comtrade (China as reporter);',
    );
    // Without the core's word (a series not yet drawn), the files that may hold it, as before.
    expect(sourceCaption(imports, null, t, name, batches, 'year', [{ from: '2016', to: '2024' }])).toBe(both);
  });
  it('cites the files that hold the classification a series is read in', () => {
    const name = (c: string) => ({ CHN: 'China' })[c] ?? c;
    const scope = (classifications: string[]) => ({
      reporters: ['CHN'],
      flows: ['import', 'export'],
      firstPeriod: '2010',
      lastPeriod: '2014',
      periods: 5,
      classifications,
      partners: 'all' as const,
      listedPartners: [],
      partnerCount: 0,
      goods: 'all' as const,
      listedCodes: [],
      codeCount: 0,
      inferred: false,
    });
    // China's annual figures in SITC Rev. 4 from UN Comtrade, and China's customs figures in HS.
    const batches = [
      { format: 'comtrade', status: 'imported', scope: scope(['S4']) },
      { format: 'gacc', status: 'imported', scope: scope(['HS']) },
    ];
    const sitc = [{ ...def, partner: 'DEU', hs: ['33'], excludeHs: [], classification: 'SITC' }];
    const hs = [{ ...def, partner: 'DEU', hs: ['27'], excludeHs: [] }];
    expect(sourceCaption(sitc, null, t, name, batches, 'year')).toBe(
      'Source: UN Comtrade (China as reporter); SITC 33 only',
    );
    expect(sourceCaption(hs, null, t, name, batches, 'year')).toBe('Source: China customs (GACC); HS 27 only');
    // All goods, left at HS: read in SITC where no HS is held, so both files may hold its figures.
    expect(sourceCaption([{ ...hs[0]!, hs: [] }], null, t, name, batches, 'year')).toBe(
      'Source: China customs (GACC); UN Comtrade (China as reporter)',
    );
  });
  it('labels and footnotes the series by what it counts', () => {
    expect(seriesLabel(def, t, 'en')).toBe("CHN's imports from PRK, excl. HS 2716");
    expect(footnotes([def], t, 'en')[0]).toBe(
      "CHN's imports from PRK, excl. HS 2716: Imports, as reported by CHN's customs; excludes HS 2716.",
    );
    expect(seriesLabel(def, tKo, 'ko')).toBe('CHN의 대PRK 수입, HS 2716 제외');
  });
  it('names countries where the core gave their names', () => {
    const name = (c: string) => ({ CHN: 'China', PRK: 'North Korea', DEU: 'Germany', USA: 'United States' })[c] ?? c;
    expect(seriesLabel(def, t, 'en', name)).toBe("China's imports from North Korea, excl. HS 2716");
    expect(seriesLabel(def, tKo, 'ko', (c) => ({ CHN: '중국', PRK: '북한' })[c] ?? c)).toBe(
      '중국의 대북한 수입, HS 2716 제외',
    );
    expect(
      seriesLabel(
        { ...def, flow: 'total', excludeHs: [] },
        tKo,
        'ko-KR',
        (c) => ({ CHN: '중국', PRK: '북한' })[c] ?? c,
      ),
    ).toBe('중국–북한 총교역');
    expect(footnotes([{ ...def, partner: 'DEU' }], t, 'en', name)[0]).toBe(
      "China's imports from Germany, excl. HS 2716: Imports, as reported by China's customs; excludes HS 2716.",
    );
    expect(
      footnotes(
        [{ ...def, reporter: 'USA', excludeHs: [] }],
        tKo,
        'ko',
        (c) => ({ USA: '미국', PRK: '북한' })[c] ?? c,
      )[0],
    ).toBe('미국의 대북한 수입: 수입, 미국 해관 집계; 전 품목.');
    // English grammar around the names: "the", and a possessive of a name ending in s.
    expect(seriesLabel({ ...def, reporter: 'USA', flow: 'export', excludeHs: [] }, t, 'en', name)).toBe(
      "The United States' exports to North Korea",
    );
    expect(sourceCaption([{ ...def, reporter: 'DEU' }], null, t, name)).toBe(
      'Source: Germany customs; excludes HS 2716',
    );
  });
  it('calls a named definition by its name, in any language', () => {
    const named = { ...def, definition: 'NK exports excl. electricity' };
    expect(seriesLabel(named, t, 'en')).toBe('NK exports excl. electricity');
    expect(seriesLabel(named, tKo, 'ko')).toBe('NK exports excl. electricity');
  });
  it('says what the commodity filter kept and left out, once per chart', () => {
    expect(filterWords({ hs: ['27', '33'], excludeHs: [] }, t)).toEqual(['HS 27, 33 only']);
    expect(sourceCaption([def, { ...def, flow: 'export' }], null, t)).toBe(
      'Source: China customs (GACC); excludes HS 2716',
    );
    expect(sourceCaption([], null, t)).toBe('Source: no data');
    // A filter of one series only is not the chart's: its footnote says it, the source line does not.
    const soy = { ...def, partner: 'USA', hs: ['12019019'], excludeHs: [] };
    expect(sourceCaption([{ ...def, excludeHs: [] }, soy], null, t)).toBe('Source: China customs (GACC)');
    expect(sourceCaption([def, { ...soy, excludeHs: ['2716'] }], null, t)).toBe(
      'Source: China customs (GACC); excludes HS 2716',
    );
  });
  it('names codes in their own classification, and a series of all goods read in SITC as SITC', () => {
    const sitc = { ...def, partner: 'DEU', hs: ['33'], excludeHs: [], classification: 'SITC' };
    const name = (c: string) => ({ CHN: 'China', DEU: 'Germany' })[c] ?? c;
    expect(seriesLabel(sitc, t, 'en', name)).toBe("China's imports from Germany, SITC 33");
    expect(seriesLabel({ ...sitc, hs: [], excludeHs: ['334'] }, tKo, 'ko')).toBe('CHN의 대DEU 수입, SITC 334 제외');
    expect(seriesLabel({ ...sitc, hs: [] }, t, 'en', name)).toBe("China's imports from Germany, SITC");
    expect(filterWords(sitc, t)).toEqual(['SITC 33 only']);
    expect(filterWords({ ...sitc, hs: [] }, tKo)).toEqual(['SITC 기준']);
    expect(footnotes([sitc], t, 'en', name)[0]).toContain('SITC 33 only');
    // HS, chosen or by default, reads as before.
    expect(seriesLabel({ ...sitc, classification: 'HS' }, t, 'en', name)).toBe("China's imports from Germany, HS 33");
  });
});

describe('the import date a caption cites', () => {
  it('is the day of the last import, finished or started', () => {
    const b = (startedAt: string, finishedAt: string | null) => ({
      startedAt,
      finishedAt,
      status: 'imported' as const,
    });
    expect(
      importedOn([
        b('2026-11-27 09:00:00', '2026-11-27 09:01:00'),
        b('2026-11-28 23:59:00', null),
        b('2026-11-01 08:00:00', '2026-11-02 08:00:00'),
      ]),
    ).toBe('2026-11-28');
  });
  it('is the day where the person is, as the Imports tab gives it', () => {
    try {
      // Imported at 08:20 in Seoul: 23:20 the day before in UTC, as stored.
      vi.stubEnv('TZ', 'Asia/Seoul');
      const at = '2026-12-05 23:20:00';
      expect(importedOn([{ startedAt: at, finishedAt: at, status: 'imported' }])).toBe('2026-12-06');
      expect(makeFormat('ko').whenParts(at)[0]).toBe('2026-12-06');
    } finally {
      vi.unstubAllEnvs();
    }
  });
  it('is null with nothing imported, so no caption claims a date', () => {
    expect(importedOn([])).toBeNull();
    expect(importedOn([{ startedAt: 'unknown', finishedAt: null, status: 'failed' }])).toBeNull();
  });
});
