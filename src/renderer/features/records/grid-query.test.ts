import { describe, expect, it } from 'vitest';
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
    expect(toRecordsQuery([], { flow: { filterType: 'text', type: 'contains', filter: 'exp' } }).filters).toEqual({
      flow: { op: 'contains', value: 'exp' },
    });
  });
});
