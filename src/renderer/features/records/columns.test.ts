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
