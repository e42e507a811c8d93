import { describe, expect, it } from 'vitest';
import { rememberAreaNames } from '../../i18n/countries';
import { toRecordsQuery } from './grid-query';

describe('toRecordsQuery', () => {
  it('sorts by id when the grid has no sort', () => {
    expect(toRecordsQuery([], null)).toEqual({ sort: { column: 'id', dir: 'asc' }, filters: {} });
  });

  it("passes the grid's sort column and direction to the core", () => {
    expect(toRecordsQuery([{ colId: 'value', sort: 'desc' }], {}).sort).toEqual({ column: 'value', dir: 'desc' });
  });

  it('maps text filters and drops ones the core does not know', () => {
    const q = toRecordsQuery([], {
      partner: { filterType: 'text', type: 'equals', filter: 'PRK' },
      code: { filterType: 'text', type: 'startsWith', filter: '27' },
      description: { filterType: 'text', type: 'notContains', filter: 'coal' },
      bogus: { filterType: 'text', type: 'equals', filter: 'x' },
    });
    expect(q.filters).toEqual({ partner: { op: 'equals', value: 'PRK' }, code: { op: 'startsWith', value: '27' } });
  });

  it('filters a flow typed as a Korean grid shows it (수입) by its stored word, and other text as typed', () => {
    expect(toRecordsQuery([], { flow: { filterType: 'text', type: 'equals', filter: '수입' } }).filters).toEqual({
      flow: { op: 'equals', value: 'import' },
    });
    expect(toRecordsQuery([], { flow: { filterType: 'text', type: 'equals', filter: 'Exports' } }).filters).toEqual({
      flow: { op: 'equals', value: 'export' },
    });
    expect(toRecordsQuery([], { flow: { filterType: 'text', type: 'equals', filter: 'exp' } }).filters).toEqual({
      flow: { op: 'equals', value: 'exp' },
    });
  });

  it('filters a part of a flow label by every flow whose label holds it, as a person typing expects', () => {
    const flow = (type: string, filter: string) =>
      toRecordsQuery([], { flow: { filterType: 'text', type, filter } }).filters.flow;
    expect(flow('contains', '수')).toEqual({
      op: 'oneOf',
      value: '수',
      values: ['import', 'export', 're-export', 're-import'],
    });
    expect(flow('contains', '수입')).toEqual({ op: 'oneOf', value: '수입', values: ['import', 're-import'] });
    expect(flow('startsWith', '수')).toEqual({ op: 'oneOf', value: '수', values: ['import', 'export'] });
    expect(flow('startsWith', '재')).toEqual({ op: 'oneOf', value: '재', values: ['re-export', 're-import'] });
    // An English grid shows Exports and Re-exports: part of them finds both, as the stored word did.
    expect(flow('contains', 'Exp')).toEqual({ op: 'oneOf', value: 'Exp', values: ['export', 're-export'] });
    // Text in no label is matched as typed.
    expect(flow('contains', '입수')).toEqual({ op: 'contains', value: '입수' });
  });

  it('filters a reporter or partner typed as the grid shows it: by name in any language, or by code', () => {
    rememberAreaNames({
      PRK: { en: 'North Korea', ko: '북한', zh: '朝鲜' },
      KOR: { en: 'South Korea', ko: '한국', zh: '韩国' },
      DEU: { en: 'Germany', ko: '독일', zh: '德国' },
    });
    const partner = (type: string, filter: string) =>
      toRecordsQuery([], { partner: { filterType: 'text', type, filter } }).filters.partner;
    // The cells read "North Korea (PRK)", "South Korea (KOR)": "Korea" is in both, as a person sees.
    expect(partner('contains', 'Korea')).toEqual({ op: 'oneOf', value: 'Korea', values: ['KOR', 'PRK'] });
    expect(partner('contains', '북한')).toEqual({ op: 'oneOf', value: '북한', values: ['PRK'] });
    expect(partner('startsWith', 'germ')).toEqual({ op: 'oneOf', value: 'germ', values: ['DEU'] });
    expect(partner('equals', 'North Korea (PRK)')).toEqual({ op: 'equals', value: 'PRK' });
    expect(partner('equals', 'PRK')).toEqual({ op: 'equals', value: 'PRK' });
    expect(
      toRecordsQuery([], { reporter: { filterType: 'text', type: 'contains', filter: '朝鲜' } }).filters.reporter,
    ).toEqual({ op: 'oneOf', value: '朝鲜', values: ['PRK'] });
    // Text in no held name or code goes to the core as typed.
    expect(partner('contains', 'Atlantis')).toEqual({ op: 'contains', value: 'Atlantis' });
  });
});
