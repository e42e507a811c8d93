import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../../shared/domain';
import { gaccFormat } from './gacc-format';
import type { RowOutcome } from './format-types';

function mapAll(header: string[], rows: string[][], options: ImportOptions = { flow: 'import' }) {
  const warnings: string[] = [];
  const mapper = gaccFormat.mapper(header, { fileName: 'x.xlsx', options, warn: (code) => warnings.push(code) });
  const out: RowOutcome[] = rows.map((r) => mapper.map(r));
  mapper.end?.(rows.length);
  return { out, warnings };
}
const record = (o: RowOutcome) => (o.kind === 'record' ? o.record : null);

describe('GACC header recognition', () => {
  it('takes Chinese or English columns in any order, with or without the trailing empty column', () => {
    expect(gaccFormat.matches(['数据年月', '商品编码', '人民币', ''])).toBe(true);
    expect(gaccFormat.matches(['US dollar', 'Commodity code', 'Supplimentary Quantity', 'Supplimentary Unit'])).toBe(
      true,
    );
    expect(gaccFormat.matches(['\uFEFFDate of data', 'Trading partner', 'Renminbi Yuan'])).toBe(true);
  });

  it('refuses headers with an unknown or repeated column, no value column, or an empty cell mid-header', () => {
    expect(gaccFormat.matches(['数据年月', '商品编码', '重量', '人民币'])).toBe(false);
    expect(gaccFormat.matches(['商品编码', '商品编码', '人民币'])).toBe(false);
    expect(gaccFormat.matches(['数据年月', '商品编码'])).toBe(false);
    expect(gaccFormat.matches(['数据年月', '', '商品编码', '人民币'])).toBe(false);
    expect(
      gaccFormat.matches([
        'period',
        'reporter',
        'partner',
        'flow',
        'classification',
        'code',
        'description',
        'value',
        'currency',
        'quantity',
        'unit',
      ]),
    ).toBe(false);
  });
});

describe('GACC rows from any reader', () => {
  const header = ['Date of data', 'Trading partner', 'Commodity code', 'Quantity', 'Unit', 'US dollar'];

  it('reads spreadsheet rows: plain numbers without separators, trailing empty cells dropped, partner by name', () => {
    const { out, warnings } = mapAll(header, [
      ['202011', 'Korea,DPR', '27160000', '1296592', 'Kilowatt hour', '16536067327'],
      ['2020-11', 'Countries(reg.) unknown', '27160000', '?', '?', '12.5'],
      ['2020-11', 'Atlantis', '27160000', '?', '?', '1'],
    ]);
    expect(record(out[0]!)).toMatchObject({
      reporter: 'CHN',
      partner: 'PRK',
      partnerRaw: null,
      value: 16536067327,
      valueExp: 0,
      currency: 'USD',
      quantity: 1296592,
    });
    // GACC's 701 "countries unknown" is an area of its own; a name in no list keeps its own identity.
    expect(record(out[1]!)).toMatchObject({
      partner: 'G701',
      partnerRaw: null,
      value: 125,
      valueExp: 1,
      quantity: null,
      unit: null,
    });
    expect(record(out[2]!)).toMatchObject({ partner: '?Atlantis', partnerRaw: 'Atlantis' });
    expect(warnings).toEqual(['partner_unmapped']);
  });

  it('rejects short rows, extra filled cells and European-style numbers, each with its DuckDB category', () => {
    const { out } = mapAll(
      [...header, ''],
      [
        ['202011', 'Japan', '27160000', '1'],
        ['202011', 'Japan', '27160000', '1', 'kg', '100', '', 'stray'],
        ['202011', 'Japan', '27160000', '1', 'kg', '1.234,5'],
        ['202013', 'Japan', '27160000', '1', 'kg', '1'],
        ['', '', '', '', '', ''],
      ],
    );
    expect(out.map((o) => (o.kind === 'reject' ? o.reason : o.kind))).toEqual([
      'missing_columns',
      'too_many_columns',
      'cast_error',
      'cast_error',
      'skip',
    ]);
  });

  it('applies a scale exactly ("US$ thousand")', () => {
    const { out } = mapAll(header, [['202011', 'Japan', '01', '', '', '1,234.5']], { flow: 'export', scale: 1000 });
    expect(record(out[0]!)).toMatchObject({ value: 1234500, valueExp: 0, flow: 'export', partner: 'JPN' });
  });

  it('asks for the flow before reading a row', () => {
    expect(() => mapAll(header, [], {})).toThrow(/--flow import\|export/);
  });
});
