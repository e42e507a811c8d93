import type { ValueFormatterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import type { TradeRecord } from '../../../shared/domain';
import { localColumns } from './columns';

const shown = (field: string, value: unknown, label?: (code: string) => string) => {
  const col = localColumns('ko-KR', label).find((c) => c.field === field)!;
  const format = col.valueFormatter as ((p: ValueFormatterParams<TradeRecord>) => string) | undefined;
  return format ? format({ value } as ValueFormatterParams<TradeRecord>) : value;
};

describe('the grid’s columns in the UI’s language', () => {
  it('name reporter and partner beside their code, keep the code where no name is known, and group digits', () => {
    const label = (code: string) => (code === 'PRK' ? '북한 (PRK)' : code);
    expect(shown('partner', 'PRK', label)).toBe('북한 (PRK)');
    expect(shown('reporter', 'C490', label)).toBe('C490');
    expect(shown('partner', 'PRK')).toBe('PRK');
    expect(shown('value', 1273194, label)).toBe('1,273,194');
    expect(shown('code', '27160000', label)).toBe('27160000');
  });
});

describe('the Flow column', () => {
  const flow = (locale: string) => localColumns(locale).find((c) => c.field === 'flow')!;
  const show = (locale: string, value: string) =>
    (flow(locale).valueFormatter as ((p: ValueFormatterParams<TradeRecord>) => string) | undefined)?.({
      value,
    } as ValueFormatterParams<TradeRecord>) ?? value;

  it('says 수입 and 수출 in Korean, Imports and Exports in English; an edit typed as shown is stored as the word', () => {
    expect(show('ko-KR', 'import')).toBe('수입');
    expect(show('ko', 'export')).toBe('수출');
    expect(show('ko', 're-export')).toBe('재수출');
    // As the dashboard, the brief and the charts name them, not the stored "import".
    expect(show('en-US', 'import')).toBe('Imports');
    expect(show('en', 'export')).toBe('Exports');
    expect(show('en', 're-import')).toBe('Re-imports');
    const parse = flow('ko').valueParser as (p: { newValue: unknown }) => string;
    expect(parse({ newValue: '수출' })).toBe('export');
    expect(parse({ newValue: 'import' })).toBe('import');
    const parseEn = flow('en').valueParser as (p: { newValue: unknown }) => string;
    expect(parseEn({ newValue: 'Exports' })).toBe('export');
    expect(parseEn({ newValue: 're-imports' })).toBe('re-import');
    expect(parseEn({ newValue: 'export' })).toBe('export');
  });
});
