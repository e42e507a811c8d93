import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

// 3 imports, 2 exports, a re-export and a re-import, under HS 27 and 84.
const LINES = [
  ['import', '2701', 10],
  ['import', '2709', 20],
  ['import', '8401', 30],
  ['export', '2710', 40],
  ['export', '8402', 50],
  ['re-export', '2711', 60],
  ['re-import', '8403', 70],
].map(([flow, code, value]) => `2020-01,CHN,PRK,${flow},HS,${code},,${value},USD,,`);

describe('a filter for any of several texts (a Flow filter typed as part of its label)', () => {
  it('lists and counts the rows whose text is one of them, with other filters and a sort', async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: t.file('f.csv', [HEADER, ...LINES].join('\n')) }], options: {} });
    const flow = { op: 'oneOf' as const, value: '수', values: ['import', 're-export'] };
    const page = await t.call('listRecords', { filters: { flow }, sort: { column: 'value', dir: 'desc' } });
    expect(page.rows.map((r) => [r.flow, r.value])).toEqual([
      ['re-export', 60],
      ['import', 30],
      ['import', 20],
      ['import', 10],
    ]);
    expect(page.total).toBe(4);
    expect((await t.call('countRecords', { filters: { flow } })).total).toBe(4);
    const both = { flow, code: { op: 'startsWith' as const, value: '27' } };
    expect((await t.call('listRecords', { filters: both })).rows.map((r) => r.code)).toEqual(['2701', '2709', '2711']);
    expect((await t.call('countRecords', { filters: both })).total).toBe(3);
    // No text named is no row, never every row.
    expect((await t.call('countRecords', { filters: { flow: { ...flow, values: [] } } })).total).toBe(0);
    // What an English grid's filter sends: the stored word, in either case.
    expect((await t.call('countRecords', { filters: { flow: { op: 'contains', value: 'Exp' } } })).total).toBe(3);
  });
});
