import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, tempCore } from '../test-support/temp-core';

let t: ReturnType<typeof tempCore>;
afterEach(() => t?.dispose());

const rows = (codes: string[]) =>
  [HEADER, ...codes.map((c, i) => `2020-11,CHN,PRK,import,HS,${c},item ${i},${100 + i},USD,,`)].join('\n');

describe('what the sidebar, the source panel and an opened figure show', () => {
  it('the source panel calls a record edited only while its values differ from the file', async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: t.file('a.csv', rows(['0101'])) }], options: {} });
    const r = (await t.call('listRecords', { limit: 1 })).rows[0]!;
    await t.call('updateRecord', { id: r.id, field: 'value', value: '7', version: r.version });
    expect((await t.call('recordSource', { id: r.id })).edited).toBe(true);
    await t.call('undo', {});
    expect(await t.call('recordSource', { id: r.id })).toMatchObject({ edited: false, asImported: { value: '100' } });
  });

  it('the record count drops after a delete and a batch revert, and comes back on undo', async () => {
    t = tempCore();
    await t.call('importFiles', { files: [{ path: t.file('a.csv', rows(['0101', '0102', '0103'])) }], options: {} });
    const b = await t.call('importFiles', { files: [{ path: t.file('b.csv', rows(['0201', '0202'])) }], options: {} });
    expect((await t.call('appInfo', {})).records).toBe(5);
    const first = (await t.call('listRecords', { limit: 1 })).rows[0]!;
    await t.call('deleteRecords', { ids: [first.id] });
    expect((await t.call('appInfo', {})).records).toBe(4);
    await t.call('revertBatch', { batchId: b.files[0]!.batchId! });
    expect((await t.call('appInfo', {})).records).toBe(2);
    await t.call('undo', {});
    await t.call('undo', {});
    expect((await t.call('appInfo', {})).records).toBe(5);
  });

  it('lists a figure "excluding HS 2716" without the electricity rows, in the grid and in its export', async () => {
    t = tempCore();
    await t.call('importFiles', {
      files: [{ path: t.file('n.csv', rows(['33049900', '96180000', '27160000', '34011100'])) }],
      options: {},
    });
    const page = await t.call('listRecords', {
      filters: { period: { op: 'equals', value: '2020-11' } },
      excludeCodes: ['2716'],
    });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.code)).toEqual(['33049900', '96180000', '34011100']);
    const out = await t.call('exportRecords', { format: 'csv', query: { excludeCodes: ['2716'] } });
    expect(Buffer.from(out.base64 ?? '', 'base64').toString('utf8')).not.toContain('27160000');
    expect(out.rows).toBe(3);
  });
});
