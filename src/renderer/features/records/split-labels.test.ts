import type { ValueFormatterParams } from 'ag-grid-community';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dimensions, TradeRecord } from '../../../shared/domain';
import { localColumns } from './columns';
import { toRecordsQuery } from './grid-query';
import { rememberSplits, splitsOfView } from './split-labels';

/** What the core says of chinese-full.csv: split by trade mode and province (record-splits.ts). */
const GACC: Dimensions['splits'] = {
  regime: { '10': { en: 'Ordinary Trade', ko: '일반무역' } },
  province: {
    '21': { en: 'Liaoning', ko: '랴오닝성' },
    '31': { en: 'Shanghai', ko: '상하이시' },
    '37': { en: 'Shandong', ko: '산둥성' },
    '44': { en: 'Guangdong', ko: '광둥성' },
  },
};

afterEach(() => rememberSplits({}));

const fields = (splits?: Dimensions['splits']) => localColumns('en', undefined, splits).map((c) => c.field);
const shown = (locale: string, field: string, value: string | null, splits: Dimensions['splits']) => {
  const col = localColumns(locale, undefined, splits).find((c) => c.field === field)!;
  return (col.valueFormatter as (p: ValueFormatterParams<TradeRecord>) => string)({
    value,
  } as ValueFormatterParams<TradeRecord>);
};

describe("the grid's split columns", () => {
  it('are there only where the database holds them, beside the code, never editable', () => {
    const plain = ['period', 'reporter', 'partner', 'flow', 'classification', 'code', 'description'];
    expect(fields()).toEqual([...plain, 'value', 'currency', 'quantity', 'unit']);
    expect(fields(GACC)).toEqual([
      ...plain.slice(0, 6),
      'regime',
      'province',
      'description',
      'value',
      'currency',
      'quantity',
      'unit',
    ]);
    expect(fields({ partner2: { '156': null }, mot: { '2100': null } })).toContain('mot');
    expect(
      localColumns('en', undefined, GACC)
        .filter((c) => c.field === 'regime' || c.field === 'province')
        .map((c) => c.editable),
    ).toEqual([false, false]);
  });

  it('show the stored code first, then its name in the UI language where the core has one', () => {
    expect(shown('en', 'province', '21', GACC)).toBe('21 · Liaoning');
    expect(shown('ko-KR', 'province', '21', GACC)).toBe('21 · 랴오닝성');
    expect(shown('en', 'regime', '10', GACC)).toBe('10 · Ordinary Trade');
    // A value the core names not (a Comtrade procedure, a transport) is shown as stored; a row with none, empty.
    expect(shown('en', 'mot', '2100', { mot: { '2100': null } })).toBe('2100');
    expect(shown('en', 'province', null, GACC)).toBe('');
  });

  it('are filtered as the cells read: a name asks for its code, text in none as typed', () => {
    rememberSplits(GACC);
    const filter = (type: string, filter: string) =>
      toRecordsQuery([], { province: { filterType: 'text', type, filter } }).filters.province;
    expect(filter('equals', 'Shanghai')).toEqual({ op: 'equals', value: '31' });
    expect(filter('equals', '상하이시')).toEqual({ op: 'equals', value: '31' });
    expect(filter('contains', 'shan')).toEqual({ op: 'oneOf', value: 'shan', values: ['31', '37'] });
    expect(filter('startsWith', '3')).toEqual({ op: 'oneOf', value: '3', values: ['31', '37'] });
    expect(filter('equals', '99')).toEqual({ op: 'equals', value: '99' });
    expect(toRecordsQuery([{ colId: 'province', sort: 'desc' }], {}).sort).toEqual({ column: 'province', dir: 'desc' });
  });

  it("are there from the first page where the grid's saved view names them, with the names known so far", () => {
    expect(splitsOfView(['period', 'code', 'province'])).toEqual({ province: {} });
    rememberSplits(GACC);
    expect(splitsOfView(['regime'])).toEqual({ regime: GACC.regime });
    expect(splitsOfView(['period', 'value'])).toEqual({});
  });
});
