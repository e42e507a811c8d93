import { describe, expect, it } from 'vitest';
import { emptyMapping, isComplete, missingFields, toMappingOptions, type Mapping } from './mapping';

const HEADER = ['时间', '进出口_当月', '进口_当月', '出口_当月'];
const SHEETS = ['全国', '北京市', '上海市'];

describe('the column mapping step', () => {
  it('starts from what the header says, on the first sheet only, and asks for what is missing', () => {
    const m = emptyMapping(HEADER, SHEETS);
    expect(m.columns).toEqual({ 时间: 'period', 进出口_当月: '', 进口_当月: '', 出口_当月: '' });
    expect(m.sheets).toEqual(['全国']);
    expect(missingFields(m)).toEqual(['code', 'value', 'reporter', 'partner', 'flow', 'currency']);
    expect(isComplete(m, SHEETS.length)).toBe(false);
  });

  it('takes a header that names a value and its currency as both: Value USD, Trade Value (US$), 人民币', () => {
    const m = emptyMapping(['Month', 'Partner', 'HS code', 'Value USD'], []);
    expect(m.columns['Value USD']).toBe('value');
    expect(m.constants.currency).toBe('USD');
    expect(missingFields(m)).toEqual(['reporter', 'flow']);
    expect(emptyMapping(['Trade Value (US$)'], []).constants.currency).toBe('USD');
    expect(emptyMapping(['数据年月', '人民币'], []).columns).toEqual({ 数据年月: 'period', 人民币: 'value' });
    expect(emptyMapping(['数据年月', '人民币'], []).constants.currency).toBe('CNY');
    // A currency word alone in another column's name is not a value: "USD rate" stays unmapped.
    expect(emptyMapping(['USD rate'], []).columns).toEqual({ 'USD rate': '' });
    expect(emptyMapping(['USD rate'], []).constants.currency).toBe('');
  });

  it('turns a complete mapping into the same map and constants the CLI takes: codes as text, constants upper-cased', () => {
    const m: Mapping = {
      ...emptyMapping(HEADER, SHEETS),
      columns: { 时间: 'period', 进出口_当月: '', 进口_当月: 'value', 出口_当月: '' },
      constants: { reporter: 'chn', partner: 'WLD', flow: 'import', currency: 'cny', code: 'TOTAL' },
      scale: '10000',
    };
    expect(isComplete(m, SHEETS.length)).toBe(true);
    expect(toMappingOptions(m, SHEETS.length)).toEqual({
      map: { 时间: 'period', 进口_当月: 'value' },
      constants: { reporter: 'CHN', partner: 'WLD', flow: 'import', currency: 'CNY', code: 'TOTAL' },
      scale: 10000,
      sheets: ['全国'],
    });
  });

  it('gives a mapped column precedence over a constant typed earlier, and keeps a code column as text', () => {
    const m: Mapping = {
      ...emptyMapping(['Month', 'HS', 'USD'], []),
      constants: { reporter: 'CHN', partner: 'PRK', flow: 'export', currency: 'USD', code: 'TOTAL' },
    };
    m.columns = { Month: 'period', HS: 'code', USD: 'value' };
    expect(toMappingOptions(m, 0)).toEqual({
      map: { Month: 'period', HS: { field: 'code', type: 'text' }, USD: 'value' },
      constants: { reporter: 'CHN', partner: 'PRK', flow: 'export', currency: 'USD' },
    });
  });

  it('refuses a field given to two columns, and a constant that is not a code', () => {
    const m: Mapping = {
      ...emptyMapping(['A', 'B'], []),
      columns: { A: 'period', B: 'period' },
      constants: { reporter: 'CH', partner: 'PRK', flow: '', currency: 'USD', code: '' },
    };
    expect(isComplete(m, 0)).toBe(false);
    expect(missingFields(m)).toEqual(['code', 'value', 'reporter', 'flow']);
  });

  it('takes any area code for reporter and partner, as the import questions do: C490 is Other Asia, nes', () => {
    const m: Mapping = {
      ...emptyMapping(['Month', 'USD'], []),
      columns: { Month: 'period', USD: 'value' },
      constants: { reporter: 'chn', partner: 'c490', flow: 'import', currency: 'USD', code: 'TOTAL' },
    };
    expect(missingFields(m)).toEqual([]);
    expect(toMappingOptions(m, 0).constants).toEqual({
      reporter: 'CHN',
      partner: 'C490',
      flow: 'import',
      currency: 'USD',
      code: 'TOTAL',
    });
    expect(missingFields({ ...m, constants: { ...m.constants, partner: 'C' } })).toEqual(['partner']);
  });

  it('takes re-exports and re-imports as the flow of every row, as the CLI’s --flow re-export with --map', () => {
    const m: Mapping = {
      ...emptyMapping(['Year', 'HS', 'USD'], []),
      constants: { reporter: 'HKG', partner: 'PRK', flow: 're-export', currency: 'USD', code: '' },
    };
    // Before: "Still needed: Flow", and the form never complete.
    expect(missingFields(m)).toEqual([]);
    expect(toMappingOptions(m, 0).constants).toMatchObject({ flow: 're-export' });
    expect(missingFields({ ...m, constants: { ...m.constants, flow: 're-import' } })).toEqual([]);
    expect(missingFields({ ...m, constants: { ...m.constants, flow: 'transit' } })).toEqual(['flow']);
  });
});
